/// The size of the brand's own audience, which the crisis thresholds are relative to: "about
/// 10,000 people have seen it" is twelve times a bakery's 800 followers, and a tenth of a
/// national brand's 100,000.
///
/// The audience is the followers recorded with `/metrics` (the latest week of each platform,
/// added up); without metrics it is a stated assumption by the brand's reach — local 1,000,
/// national 10,000 (also when the reach is not given), international 100,000 — which the text
/// says is an assumption. smm's rules, relative to it:
///
/// | threshold                          | value                                  |
/// |------------------------------------|----------------------------------------|
/// | reach beyond the community (+1 level, and a crisis signal for a reply) | 1× the audience |
/// | reach of the top level             | 10× the audience, and at least 100,000 |
/// | fast velocity (+1 level)           | 1% of the audience an hour, at least 10 mentions |
///
/// For the national assumption these are the fixed thresholds smm used before (10,000 people,
/// 100,000 people, 100 mentions an hour). Practitioners' escalation models set their triggers
/// by media presence and outrage, not by a fixed count (`reference/domain.md` §4b), and
/// listening tools judge a spike "relative to the size of the stream" (Hootsuite Insights,
/// §4c); the figures themselves are smm's.
public struct BrandAudience: Equatable, Sendable {
  /// Where the figure comes from.
  public enum Basis: Equatable, Sendable {
    /// Followers recorded with `/metrics`, in the latest week of each platform.
    case followers
    /// An assumption by reach (nil: the reach is not given, read as national).
    case assumed(Reach?)
  }

  /// The audience, in people (at least 1).
  public var people: Int
  /// Where it comes from.
  public var basis: Basis

  /// An audience of `people` (at least 1).
  public init(people: Int, basis: Basis) {
    self.people = max(people, 1)
    self.basis = basis
  }

  /// The audience assumed for a brand of `reach` with no metrics.
  public static func assumed(_ reach: Reach?) -> BrandAudience {
    switch reach {
    case .local: return BrandAudience(people: 1_000, basis: .assumed(reach))
    case .national, nil: return BrandAudience(people: 10_000, basis: .assumed(reach))
    case .international: return BrandAudience(people: 100_000, basis: .assumed(reach))
    }
  }

  /// The audience of `state`: its followers when metrics are recorded, else the assumption by
  /// its reach.
  public static func of(_ state: BrandState) -> BrandAudience {
    var latest: [Platform: MetricsRecord] = [:]
    for record in state.metrics where (latest[record.platform]?.week ?? record.week) <= record.week
    {
      latest[record.platform] = record
    }
    let followers = latest.values.map(\.followers).reduce(0, +)
    guard !latest.isEmpty, followers > 0 else { return assumed(state.profile.reach) }
    return BrandAudience(people: followers, basis: .followers)
  }

  /// Reach, in people, from which a crisis goes up one level (and a thread is a crisis).
  public var wideReach: Int { people }
  /// Reach, in people, from which a crisis is at the top level.
  public var massReach: Int { max(10 * people, 100_000) }
  /// Mentions an hour from which a crisis goes up one level.
  public var fastVelocity: Int { max(people / 100, 10) }

  /// Where the figure comes from, for the shell's language: "its followers recorded with
  /// /metrics", "an assumption for a local brand, until /metrics records its followers".
  public var basisPhrase: Phrase {
    switch basis {
    case .followers: return Phrase("audience.followers")
    case .assumed(.local?): return Phrase("audience.assumed.local")
    case .assumed(.national?): return Phrase("audience.assumed.national")
    case .assumed(.international?): return Phrase("audience.assumed.international")
    case .assumed(nil): return Phrase("audience.assumed.unknown")
    }
  }
}
