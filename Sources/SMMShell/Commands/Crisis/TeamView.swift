import SMMCore

/// The text of the crisis team: every standard role (named or still to name), then the others.
enum CrisisTeamView {
  static func lines(_ state: BrandState, _ s: Strings) -> [String] {
    [s.guidance("crisis.team.title", ["name": state.name.value])]
      + CrisisSeat.seats(of: state.crisisTeam).map { row($0, s) }
  }

  /// One seat: role, name (or "to name" while nobody holds it) and contact, in columns; a
  /// value longer than its column keeps one space before the next ("Ann Lee from Bristol
  /// Law ann@…", not "Lawann@…").
  static func row(_ seat: CrisisSeat, _ s: Strings) -> String {
    "  " + TextWrap.pad(seat.role, to: 19) + " "
      + TextWrap.pad(seat.member?.name ?? s("crisis.team.toName"), to: 19) + " "
      + (seat.member?.contact ?? "—")
  }
}
