import SMMCore

/// The text of the crisis team: every standard role (named or still to name), then the others.
enum CrisisTeamView {
  static func lines(_ state: BrandState, _ s: Strings) -> [String] {
    let team =
      CrisisPlaybook.roles.map { role in
        state.crisisTeam.first { $0.role == role }
          ?? CrisisRole(role: role, name: "to name", contact: "—")
      } + state.crisisTeam.filter { !CrisisPlaybook.roles.contains($0.role) }
    return [s("crisis.team.title", ["name": state.name.value])] + team.map { row($0, s) }
  }

  /// One member: role, name (or "to name") and contact, in columns.
  static func row(_ member: CrisisRole, _ s: Strings) -> String {
    "  " + TextWrap.pad(member.role, to: 20)
      + TextWrap.pad(member.name == "to name" ? s("crisis.team.toName") : member.name, to: 20)
      + member.contact
  }
}
