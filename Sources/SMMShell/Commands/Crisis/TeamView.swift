import SMMCore

/// The text of the crisis team: every standard role (named or still to name), then the others.
enum CrisisTeamView {
  static func lines(_ state: BrandState, _ s: Strings) -> [String] {
    let size = state.profile.team
    return [s.guidance("crisis.team.title", ["name": state.name.value])]
      + CrisisSeat.seats(of: state.crisisTeam, team: size).map { row($0, team: size, s) }
  }

  /// One seat: role, name (or, while nobody is named, who holds it in a small team — "you",
  /// "person 2", an outside adviser — else "to name") and contact, in columns; a value longer
  /// than its column keeps one space before the next ("Ann Lee from Bristol Law ann@…", not
  /// "Lawann@…").
  static func row(_ seat: CrisisSeat, team: TeamSize? = nil, _ s: Strings) -> String {
    var holder = s("crisis.team.toName")
    if let team, team.isSmall {
      holder =
        team.person(for: seat.role).map { person in
          team.people == 1 ? s("crisis.person.you") : s("crisis.person", ["n": String(person)])
        } ?? s("crisis.role.legalOutside")
    }
    // The role column fits the longest standard role in the reader's language.
    let column = max(
      19, CrisisPlaybook.roles.map { CrisisPlaybook.roleLabel($0).render(s).count }.max() ?? 0)
    return "  " + TextWrap.pad(CrisisPlaybook.roleLabel(seat.role).render(s), to: column) + " "
      + TextWrap.pad(seat.member?.name ?? holder, to: 19) + " "
      + (seat.member?.contact ?? "—")
  }
}
