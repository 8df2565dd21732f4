/// How many people can post and answer for the brand (`/brand set team N`), and what that
/// changes in the crisis plan and the engagement plan.
///
/// A team of one to three people (a small business, a two-person clinic) has no executive
/// sponsor, no separate communications department and nobody on call at night: its crisis team
/// and its escalation chain are merged onto the people there are, on the three-level model of
/// practitioners (frontline → manager → leadership and legal, `reference/domain.md` §4b), with
/// legal review found outside (a lawyer, the insurer's legal line). From four people up, the
/// four-level chain and the full crisis team apply.
public struct TeamSize: Equatable, Sendable, Codable, Comparable {
  /// The number of people, 1 to ``maximum``.
  public var people: Int

  /// The largest team `/brand set team` takes.
  public static let maximum = 999
  /// The largest team that counts as small (merged roles, three escalation levels).
  public static let smallUpTo = 3

  /// A team of `people` (clamped to 1…``maximum``).
  public init(_ people: Int) {
    self.people = min(max(people, 1), Self.maximum)
  }

  /// Whether the crisis roles are merged onto the people there are (1–3 people).
  public var isSmall: Bool { people <= Self.smallUpTo }

  /// The number of escalation levels: 3 for a small team, 4 otherwise.
  public var escalationLevels: Int { isSmall ? 3 : 4 }

  /// The crisis roles the team fills, in the order of the escalation chain: a small team has
  /// no executive sponsor.
  public var crisisRoles: [String] {
    isSmall ? CrisisPlaybook.roles.filter { $0 != "executive sponsor" } : CrisisPlaybook.roles
  }

  /// Who holds `role` when nobody is named: the person (1-based) of a small team, nil for
  /// "legal" (found outside the team) and for a larger team (every role has its own holder).
  ///
  /// One person holds every role; of two, the first answers (community manager) and the second
  /// approves and speaks; of three, one answers, one approves, one speaks.
  public func person(for role: String) -> Int? {
    guard isSmall else { return nil }
    switch role {
    case "community manager": return 1
    case "communications lead": return min(2, people)
    case "spokesperson": return people
    default: return nil
    }
  }

  /// An escalation level of the four-level scale, on this team's scale (a small team's top
  /// level is its third).
  public func level(_ level: Int) -> Int { min(level, escalationLevels) }

  /// The owner of the engagement actions of the community at `index` (0-based) when the
  /// team is small: "you" for one person, else person 1, 2… in turn; nil for a larger team.
  public func engagementOwner(community index: Int) -> Int? {
    guard isSmall else { return nil }
    return index % people + 1
  }

  public static func < (lhs: TeamSize, rhs: TeamSize) -> Bool { lhs.people < rhs.people }
}
