/// What a market's law and the platforms ask of a contest, a giveaway or a prize draw run in a
/// post (issue 15 §6): the conditions people read before they enter, and, on Facebook and
/// Instagram, Meta's own promotion rules.
public struct ContestRule: MarketRule, Equatable {
  /// The market, an ISO 3166-1 alpha-2 code, or nil where smm knows no rule for the brand's
  /// home market (the US rule is then given, said as a fallback).
  public var country: String?
  /// What it asks, in the reader's language.
  public var summary: Phrase
  /// The law or code.
  public var source: Source

  /// Whether `text` runs a contest: it names a giveaway, a contest, a prize draw or something
  /// to win, in English or French (`[promotion.contest]` in the word files).
  public static func isContest(_ text: String) -> Bool {
    CueWords(text).says(any: InputWords.union("promotion.contest"))
  }

  /// The summary of the fallback: the US rule, saying it is given for lack of `country`'s.
  public static func fallbackSummary(for country: String?) -> Phrase {
    Phrase(
      "contest.fallback",
      ["country": .text(country ?? "—"), "rule": .phrase(unitedStates.summary)])
  }

  /// The markets whose rule is recorded.
  public static let all: [ContestRule] = [france, unitedKingdom, unitedStates]

  /// France: Code de la consommation, art. L121-20: a promotion that awards a prize by chance
  /// is lawful unless it is unfair (L121-1); its rules (« règlement ») say how to enter, the
  /// dates, the prizes and how winners are drawn.
  public static let france = ContestRule(
    country: "FR", summary: Phrase("contest.fr"),
    source: Source(
      short: "C. consom., art. L121-20",
      citation:
        "Code de la consommation, art. L121-20 (ordonnance n° 2016-301): promotional operations that award a gain by a draw (loteries publicitaires) are lawful as long as they are not unfair within the meaning of art. L121-1; the DGCCRF's guidance on « loteries publicitaires » asks for rules available to every participant, stating the terms of entry, the prizes and how winners are designated",
      kind: .official, checked: "2026-12-04",
      reference: Reference(
        publisher: "Légifrance", title: "Code de la consommation, article L121-20",
        url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032227120")))

  /// The United Kingdom: the CAP Code, section 8 (promotional marketing), rule 8.17: every
  /// significant condition is stated up front (how to enter, closing date, prizes, limits).
  public static let unitedKingdom = ContestRule(
    country: "GB", summary: Phrase("contest.gb"),
    source: Source(
      short: "CAP Code s. 8",
      citation:
        "ASA/CAP, UK Code of Non-broadcast Advertising and Direct & Promotional Marketing (CAP Code), section 8, Promotional marketing, rule 8.17: marketing that refers to a promotion states every significant condition whose omission would mislead (how to participate, the closing date, the prizes, restrictions such as age or location, any proof of purchase), and the promoter is named",
      kind: .official, checked: "2026-12-04",
      reference: Reference(
        publisher: "ASA / CAP", title: "The CAP Code, section 08: Promotional marketing",
        url: "https://www.asa.org.uk/type/non_broadcast/code_section/08.html")))

  /// The United States: a prize, chance and a required purchase make an illegal lottery under
  /// state laws, so a sweepstakes says "No purchase necessary", offers a free way to enter and
  /// publishes official rules.
  public static let unitedStates = ContestRule(
    country: "US", summary: Phrase("contest.us"),
    source: Source(
      short: "US sweepstakes law",
      citation:
        "US state lottery laws: a promotion that combines a prize, chance and consideration (a purchase) is an illegal lottery, so sweepstakes state \"No purchase necessary\" and offer a free way to enter; the Deceptive Mail Prevention and Enforcement Act (39 U.S.C. § 3001(k)) requires that statement, the odds and the rules in mailed sweepstakes, and practitioners apply the same official rules (sponsor, eligibility, dates, prizes and their value, odds, how winners are chosen) online",
      kind: .official, checked: "2026-12-04",
      reference: Reference(
        publisher: "U.S. Code", title: "39 U.S.C. § 3001: Nonmailable matter",
        url: "https://www.law.cornell.edu/uscode/text/39/3001")))

  /// Meta's rules for promotions on Facebook and Instagram: official rules, a release of Meta by
  /// each entrant, a statement that Meta does not sponsor it, and no entry by sharing or tagging.
  public static let meta = Source(
    short: "Meta promotion guidelines",
    citation:
      "Meta, Pages, Groups and Events Policies, \"Promotions\", and Instagram's Promotion Guidelines: whoever runs a promotion is responsible for its lawful operation, including official rules, offer terms and eligibility; it includes a complete release of Meta (Instagram) by each entrant and an acknowledgement that the promotion is not sponsored, endorsed or administered by, or associated with, Facebook or Instagram; personal timelines and friend connections must not be used to administer it (\"share on your timeline to enter\", \"tag your friends to enter\" are not allowed), and people must not be encouraged to tag content inaccurately",
    kind: .official, checked: "2026-12-04",
    reference: Reference(
      publisher: "Meta", title: "Pages, Groups and Events Policies: Promotions",
      url: "https://www.facebook.com/policies_center/pages_groups_events/"))

  /// The platforms where Meta's promotion rules apply.
  public static func metaApplies(_ spaces: [Platform]) -> [Platform] {
    spaces.filter { $0 == .facebook || $0 == .instagram || $0 == .threads }
  }
}
