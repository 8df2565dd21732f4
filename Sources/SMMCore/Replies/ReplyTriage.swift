/// The triage of a negative post, after the US Air Force Public Affairs "Web Posting Response
/// Assessment" (a public-domain decision tree): troll, rager, misguided, unhappy customer —
/// each with what to do and a first reply that fits the platform.
public enum NegativePost: String, CaseIterable, Codable, Sendable {
  /// Deliberately provocative or mocking.
  case troll
  /// A rant, a joke or satire, with no real experience behind it (anger alone does not make
  /// one: an angry customer who had a bad experience is ``unhappy``).
  case rager
  /// Wrong about the facts.
  case misguided
  /// Had a bad experience with the brand.
  case unhappy

  /// What to do, one line, where what clients say is `confidential` (health care, law): an
  /// unhappy client is answered in private, and the public reply apologises for nobody's visit.
  public func advice(confidential: Bool) -> Phrase {
    confidential && self == .unhappy ? Phrase("reply.advice.unhappy.confidential") : advice
  }

  /// What to do, one line, for the shell's language.
  public var advice: Phrase {
    switch self {
    case .troll: return Phrase("reply.advice.troll")
    case .rager: return Phrase("reply.advice.rager")
    case .misguided: return Phrase("reply.advice.misguided")
    case .unhappy: return Phrase("reply.advice.unhappy")
    }
  }

  /// A first reply (nil: no reply) in `language` — the brand's — before it is fitted to the
  /// platform. Where what clients say is `confidential` (health care, law), the reply never
  /// confirms that the writer is a patient or a client: it takes the matter to private.
  public func reply(brand: String, language: Language = .en, confidential: Bool = false)
    -> String?
  {
    let strings = Strings.of(language)
    let suffix = confidential ? ".confidential" : ""
    switch self {
    case .troll: return nil
    case .rager: return strings("reply.publish.rager" + suffix, ["brand": brand])
    case .misguided: return strings("reply.publish.misguided")
    case .unhappy: return strings("reply.publish.unhappy" + suffix, ["brand": brand])
    }
  }

  /// Reads the answers to the triage questions, asked in order: troll? rager? wrong facts? bad
  /// experience? Returns nil when the answers say none of these (then it is not negative).
  public static func classify(troll: Bool, rager: Bool, wrongFacts: Bool, badExperience: Bool)
    -> NegativePost?
  {
    if troll { return .troll }
    if wrongFacts { return .misguided }
    if badExperience { return .unhappy }
    if rager { return .rager }
    return nil
  }

  /// The reply for `platform` in `language`, cut to its limit at a sentence or word boundary.
  public func fittedReply(
    brand: String, platform: Platform, language: Language = .en, confidential: Bool = false
  ) -> String? {
    guard let text = reply(brand: brand, language: language, confidential: confidential) else {
      return nil
    }
    return TextPieces.shorten(text) { PlatformCounter.isValid($0, on: platform) }.text
  }
}

/// When a thread stops being community management and becomes a crisis (step 4): mentions
/// three standard deviations above their usual hourly volume (``SpikeRule``), a reach of the
/// brand's whole audience or more (``BrandAudience``), or a true claim with someone harmed.
public enum CrisisThreshold {
  /// Whether to hand over to step 4, with the reasons.
  /// - Parameters:
  ///   - usualDeviation: the standard deviation of the usual hourly volume, when the brand's
  ///     history gives one (else √usual, ``SpikeRule``).
  ///   - audience: the brand's audience (default: the national assumption, 10,000 people).
  public static func assess(
    mentionsPerHour: Int?, usualPerHour: Int?, usualDeviation: Double? = nil, reach: Int?,
    audience: BrandAudience = .assumed(nil), claimTrue: Bool?, harm: Bool
  )
    -> (isCrisis: Bool, reasons: [Phrase])
  {
    var reasons: [Phrase] = []
    if let mentions = mentionsPerHour, let usual = usualPerHour, usual > 0,
      SpikeRule.isSpike(Double(mentions), mean: Double(usual), deviation: usualDeviation)
    {
      let threshold = SpikeRule.threshold(mean: Double(usual), deviation: usualDeviation)
      reasons.append(
        Phrase(
          "reply.threshold.volume",
          [
            "mentions": .number(mentions), "usual": .number(usual),
            "threshold": .decimal(threshold),
          ]))
    }
    if let reach, reach >= audience.wideReach {
      reasons.append(
        Phrase(
          "reply.threshold.reach",
          [
            "reach": .number(reach), "audience": .number(audience.wideReach),
            "basis": .phrase(audience.basisPhrase),
          ]))
    }
    if claimTrue == true && harm {
      reasons.append(Phrase("reply.threshold.veracity"))
    }
    return (!reasons.isEmpty, reasons)
  }
}
