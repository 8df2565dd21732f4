/// A seat of the crisis team: a role, and who holds it once someone is named.
public struct CrisisSeat: Equatable, Sendable {
  /// The role.
  public var role: String
  /// Who holds it; nil while nobody is named.
  public var member: CrisisRole?

  /// Creates a seat.
  public init(role: String, member: CrisisRole?) {
    self.role = role
    self.member = member
  }

  /// The seats of `team`: every role of ``CrisisPlaybook/roles`` in the order of the escalation
  /// chain, named or not, then the other roles the brand added. A team of one to three people
  /// (`size`) has no executive sponsor seat unless someone was named for it.
  public static func seats(of team: [CrisisRole], team size: TeamSize? = nil) -> [CrisisSeat] {
    let named = Set(team.map { $0.role.lowercased() })
    let kept = size?.crisisRoles ?? CrisisPlaybook.roles
    let roles = CrisisPlaybook.roles.filter { kept.contains($0) || named.contains($0) }
    let standard = roles.map { role in
      CrisisSeat(role: role, member: team.first { $0.role.lowercased() == role })
    }
    let others = team.filter { !CrisisPlaybook.roles.contains($0.role.lowercased()) }
    return standard + others.map { CrisisSeat(role: $0.role, member: $0) }
  }
}
