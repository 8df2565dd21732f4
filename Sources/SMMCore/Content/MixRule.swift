/// A content-mix rule of thumb: the share of each kind of message a brand aims for, so it
/// does not talk only about itself (`reference/domain.md` §5).
public enum MixRule: String, CaseIterable, Codable, Sendable {
  /// ⅓ promote, ⅓ share others' ideas, ⅓ personal interaction (Hootsuite, rule of thirds).
  case thirds
  /// 80% inform, educate or entertain; 20% direct promotion.
  case eightyTwenty = "80-20"
  /// 5 curated, 3 own, 2 personal, out of 10.
  case fiveThreeTwo = "5-3-2"
  /// 4 curated, 1 original, 1 promotional, out of 6.
  case fourOneOne = "4-1-1"

  /// The rule's groups of message kinds and the share each should have, summing to 1.
  public var groups: [MixGroup] {
    switch self {
    case .thirds:
      return [
        MixGroup(
          label: Phrase("mix.create"), tags: [.brand, .educational], target: 1.0 / 3),
        MixGroup(label: Phrase("mix.curate"), tags: [.curated], target: 1.0 / 3),
        MixGroup(label: Phrase("mix.converse"), tags: [.conversation], target: 1.0 / 3),
      ]
    case .eightyTwenty:
      return [
        MixGroup(
          label: Phrase("mix.inform"), tags: [.educational, .curated, .conversation],
          target: 0.8),
        MixGroup(label: Phrase("mix.promote"), tags: [.brand], target: 0.2),
      ]
    case .fiveThreeTwo:
      return [
        MixGroup(label: Phrase("mix.curated"), tags: [.curated], target: 0.5),
        MixGroup(label: Phrase("mix.own"), tags: [.educational, .brand], target: 0.3),
        MixGroup(label: Phrase("mix.personal"), tags: [.conversation], target: 0.2),
      ]
    case .fourOneOne:
      return [
        MixGroup(label: Phrase("mix.curated"), tags: [.curated], target: 4.0 / 6),
        MixGroup(
          label: Phrase("mix.original"), tags: [.educational, .conversation],
          target: 1.0 / 6),
        MixGroup(label: Phrase("mix.promotional"), tags: [.brand], target: 1.0 / 6),
      ]
    }
  }

  /// The most promotion (brand messages) the rule allows, as a share.
  public var maximumBrandShare: Double {
    switch self {
    case .thirds: return 1.0 / 3
    case .eightyTwenty: return 0.2
    case .fiveThreeTwo: return 0.3
    case .fourOneOne: return 1.0 / 6
    }
  }

  /// The rule's name in the reader's language ("rule of thirds", « règle des tiers »).
  public var label: Phrase { Phrase("mix.rule.\(self)") }

  /// Where the rule comes from.
  public var source: String {
    switch self {
    case .thirds:
      return "Hootsuite blog, rule of thirds (blog.hootsuite.com/social-media-rule-of-thirds)"
    case .eightyTwenty: return "80/20 rule (stclaircontent.com; ferncolab.com)"
    case .fiveThreeTwo, .fourOneOne:
      return "5-3-2 and 4-1-1 rules (professionalusesofsocialmedia; ferncolab.com) — rules of thumb"
    }
  }
}

/// A group of message kinds in a mix rule, with the share it should have.
public struct MixGroup: Equatable, Sendable {
  /// The group's name, as the rule says it.
  public var label: Phrase
  /// The group's name in English.
  public var name: String { label.english }
  /// The tags it counts.
  public var tags: [ContentTag]
  /// Its target share, 0 to 1.
  public var target: Double
}

/// The content mix of a brand's messages against a rule.
public struct ContentMix: Equatable, Sendable {
  /// Messages per tag, in `ContentTag.allCases` order.
  public var counts: [ContentTag: Int]
  /// Each group of the rule with its actual share, 0 to 1.
  public var groups: [(group: MixGroup, share: Double)]
  /// The share of brand messages.
  public var brandShare: Double
  /// The rule checked against.
  public var rule: MixRule
  /// Whether the brand talks mostly about itself for this rule.
  public var isBrandCentred: Bool
  /// What to change, one line each; empty when the mix fits.
  public var adviceNotes: [Phrase]
  /// The one change that helps most, as a phrase ("more curate messages (…)"), when any.
  public var bestChangeNote: Phrase?

  /// What to change, in English.
  public var advice: [String] { adviceNotes.map(\.english) }
  /// The one change that helps most, in English.
  public var bestChange: String? { bestChangeNote?.english }

  public static func == (lhs: ContentMix, rhs: ContentMix) -> Bool {
    lhs.rule == rhs.rule && lhs.counts == rhs.counts && lhs.advice == rhs.advice
  }

  /// The mix of `messages` against `rule`.
  public static func evaluate(_ messages: [ContentMessage], rule: MixRule) -> ContentMix {
    let total = messages.count
    var counts: [ContentTag: Int] = [:]
    for tag in ContentTag.allCases { counts[tag] = messages.filter { $0.tag == tag }.count }
    func share(_ tags: [ContentTag]) -> Double {
      total == 0 ? 0 : Double(tags.map { counts[$0] ?? 0 }.reduce(0, +)) / Double(total)
    }
    let groups = rule.groups.map { ($0, share($0.tags)) }
    let brand = share([.brand])
    let centred = total > 0 && brand > rule.maximumBrandShare + 1e-9
    var advice: [Phrase] = []
    var best: Phrase?
    func percent(_ value: Double) -> Int { Int((value * 100).rounded()) }
    if centred {
      advice.append(
        Phrase(
          "mix.brandCentred",
          [
            "share": .number(percent(brand)), "rule": .phrase(rule.label),
            "allowed": .number(percent(rule.maximumBrandShare)),
          ]))
    }
    // The group furthest below its target is the one change that helps most.
    // Promotion is never the advice: it is what the rules hold back.
    let underTarget = groups.filter { $0.0.tags != [.brand] }
    if total > 0, let gap = underTarget.max(by: { $0.0.target - $0.1 < $1.0.target - $1.1 }),
      gap.0.target - gap.1 > 0.1
    {
      let change = Phrase(
        "mix.more",
        [
          "group": .phrase(gap.0.label), "target": .number(percent(gap.0.target)),
          "now": .number(percent(gap.1)),
        ])
      best = change
      advice.append(Phrase("mix.bestChange", ["change": .phrase(change)]))
    }
    return ContentMix(
      counts: counts, groups: groups, brandShare: brand, rule: rule, isBrandCentred: centred,
      adviceNotes: advice, bestChangeNote: best)
  }
}
