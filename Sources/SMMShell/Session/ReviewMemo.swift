import SMMCore

/// What the session remembers of the guide's work: the last review, for the brand and log
/// version it was made at (the prompt, the hint and `/status` share it until the brand
/// changes), and whether a text fits a platform, as counted once (each review after a change
/// counts only the variants that are new: a brand with a thousand messages reviews in
/// milliseconds).
struct ReviewMemo {
  /// The most texts remembered as fitting or not (then the memo starts afresh).
  static let fitsLimit = 50_000

  private var last: (brand: Int64, version: Int, reviews: [StepReview])?
  private var fits: [FitsKey: Bool] = [:]

  /// The guide's review of `brand`, computed once per version of its log.
  mutating func reviews(of brand: OpenBrand) -> [StepReview] {
    if let last, last.brand == brand.record.id, last.version == brand.record.version {
      return last.reviews
    }
    if fits.count > Self.fitsLimit { fits.removeAll(keepingCapacity: true) }
    // Measured with the brand's own limits, whoever asks (the prompt, the hint, /status).
    let limits = BrandLimits.of(brand.state)
    let reviews = BrandLimits.with(limits) {
      Guidance.review(brand.state) { text, platform in
        let key = FitsKey(text: text, platform: platform, limit: limits[platform])
        if let known = fits[key] { return known }
        let fits = PlatformCounter.isValid(text, on: platform)
        self.fits[key] = fits
        return fits
      }
    }
    last = (brand.record.id, brand.record.version, reviews)
    return reviews
  }

  /// Forgets the last review (the session reloads what is stored); what fits is kept.
  mutating func forgetReview() {
    last = nil
  }
}

/// A text on a platform, for the memo of what fits, with the brand's own limit there if it
/// has one (an X Premium account's 25,000).
struct FitsKey: Hashable {
  var text: String
  var platform: Platform
  var limit: Int?
}
