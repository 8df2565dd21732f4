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
  /// chain, named or not, then the other roles the brand added.
  public static func seats(of team: [CrisisRole]) -> [CrisisSeat] {
    let standard = CrisisPlaybook.roles.map { role in
      CrisisSeat(role: role, member: team.first { $0.role.lowercased() == role })
    }
    let others = team.filter { !CrisisPlaybook.roles.contains($0.role.lowercased()) }
    return standard + others.map { CrisisSeat(role: $0.role, member: $0) }
  }
}
