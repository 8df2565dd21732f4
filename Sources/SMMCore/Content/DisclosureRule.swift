/// How a market's law asks a paid partnership, a gift or an ad to be disclosed in a post: the
/// label it is shown with, up front, and the law or guidance that asks it.
public struct DisclosureRule: MarketRule, Equatable {
  /// The market, an ISO 3166-1 alpha-2 code ("FR"), or nil for the rule used where smm knows
  /// none for the brand's home market.
  public var country: String?
  /// The label put at the start of each variant: « Publicité », "#ad".
  public var label: String
  /// The labels that also disclose it when the post already starts with one (any case).
  public var accepted: [String]
  /// What the rule asks, as a phrase in the reader's language.
  public var summary: Phrase
  /// The law or guidance.
  public var source: Source

  /// The summary of the fallback, which names the market whose rule is not recorded.
  public static func fallbackSummary(for country: String?) -> Phrase {
    Phrase("disclosure.fallback", ["country": .text(country ?? "—")])
  }

  /// The markets whose rule is recorded.
  public static let all: [DisclosureRule] = [france, unitedKingdom, unitedStates]

  /// France: loi n° 2023-451 du 9 juin 2023 (influence commerciale), article 5 — « Publicité » or
  /// « Collaboration commerciale », clear, legible and identifiable for the whole promotion;
  /// « Images retouchées » / « Images virtuelles » where the image is retouched or generated.
  public static let france = DisclosureRule(
    country: "FR", label: "Publicité",
    accepted: [
      "Publicité", "Collaboration commerciale", "#publicité", "#collaborationcommerciale",
    ],
    summary: Phrase("disclosure.fr"),
    source: Source(
      short: "loi n°\u{00A0}2023-451",
      citation: "Loi n° 2023-451 du 9 juin 2023 visant à encadrer l'influence commerciale, art. 5",
      kind: .official, checked: "2026-12-03",
      reference: Reference(
        publisher: "Légifrance",
        title:
          "Loi n° 2023-451 du 9 juin 2023 visant à encadrer l'influence commerciale et à lutter contre les dérives des influenceurs sur les réseaux sociaux",
        year: "2023", url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047663185")))

  /// The United Kingdom: the CAP Code (rule 2.1, marketing obviously identifiable) and the CMA's
  /// guidance for influencers — "Ad" or "#ad", up front, before anyone clicks "more".
  public static let unitedKingdom = DisclosureRule(
    country: "GB", label: "#ad", accepted: ["#ad", "ad:", "ad ·", "advert", "advertisement"],
    summary: Phrase("disclosure.gb"),
    source: Source(
      short: "ASA/CAP, CMA",
      citation: "ASA/CAP and CMA, Influencers' guide to making clear that ads are ads",
      kind: .official, checked: "2026-12-03",
      reference: Reference(
        publisher: "Advertising Standards Authority, CAP and Competition and Markets Authority",
        title: "Influencers' guide to making clear that ads are ads", year: "2023",
        url: "https://www.asa.org.uk/resource/influencers-guide.html")))

  /// The United States: the FTC's Guides Concerning the Use of Endorsements and Testimonials in
  /// Advertising (16 CFR Part 255, revised 2023) — a clear and conspicuous disclosure, "#ad"
  /// at the start rather than among other hashtags.
  public static let unitedStates = DisclosureRule(
    country: "US", label: "#ad",
    accepted: ["#ad", "ad:", "#sponsored", "sponsored", "advertisement"],
    summary: Phrase("disclosure.us"),
    source: Source(
      short: "FTC 16 CFR 255",
      citation:
        "Federal Trade Commission, Guides Concerning the Use of Endorsements and Testimonials in Advertising (16 CFR Part 255)",
      kind: .official, checked: "2026-12-03",
      reference: Reference(
        publisher: "Federal Trade Commission",
        title: "Disclosures 101 for Social Media Influencers", year: "2023",
        url:
          "https://www.ftc.gov/business-guidance/resources/disclosures-101-social-media-influencers"
      )))

  /// Whether `text` starts with one of the labels that disclose it (case and leading spaces
  /// aside): a disclosure at the end, after "more", does not count.
  public func isDisclosed(_ text: String) -> Bool {
    let start = text.trimmingWhiteSpace().lowercased()
    return accepted.contains { start.hasPrefix($0.lowercased()) }
  }

  /// `text` with the label at its start, unless it already starts with one.
  public func disclosed(_ text: String) -> String {
    isDisclosed(text) ? text : label + " · " + text
  }
}
