import SMMCore

/// The text of a risk's playbook: team, escalation, first-hour checklist, a holding statement per
/// channel, dark site and internal message.
enum CrisisPlaybookView {
  static func lines(_ playbook: CrisisPlaybook, width: Int, _ s: Strings) -> [String] {
    let risk = playbook.risk
    var lines = [
      s(
        "crisis.playbook.title",
        [
          "name": risk.name, "type": PlanLabels(s).crisisType(risk.type),
          "cluster": s("crisis.cluster.\(risk.type.cluster.rawValue)"),
          "score": String(risk.score),
        ])
    ]
    lines.append(s("crisis.playbook.team"))
    lines += playbook.team.map { CrisisTeamView.row($0, team: playbook.teamSize, s) }
    if let size = playbook.teamSize, size.isSmall {
      lines += TextWrap.wrap(
        s("crisis.playbook.smallTeam", ["people": String(size.people)]), width: width,
        firstIndent: "  ", indent: "  ")
    }
    lines.append(s("crisis.playbook.escalation"))
    for step in playbook.escalation {
      lines += TextWrap.wrap(step.render(s), width: width, firstIndent: "  - ", indent: "    ")
    }
    lines.append(s("crisis.playbook.firstHour"))
    for step in playbook.checklist {
      lines += TextWrap.wrap(step.render(s), width: width, firstIndent: "  [ ] ", indent: "      ")
    }
    lines.append(s("crisis.playbook.statements"))
    if playbook.statements.isEmpty {
      lines.append("  " + s.guidance("crisis.playbook.noChannel"))
    }
    for statement in playbook.statements {
      let limit = statement.limit.map { "/\($0)" } ?? ""
      let invalid = statement.valid ? "" : ", " + s("crisis.playbook.invalid")
      let edited = statement.edited ? ", " + s("crisis.playbook.edited") : ""
      lines.append(
        "  \(statement.platform.displayName) (\(statement.length)\(limit)\(invalid)\(edited)):")
      lines += TextWrap.wrap(statement.text, width: width, firstIndent: "    │ ", indent: "    │ ")
    }
    if let darkSite = playbook.darkSite {
      lines.append(s("crisis.playbook.darkSite"))
      lines += darkSite.split(separator: "\n", omittingEmptySubsequences: false).map {
        "    │ " + $0
      }
    }
    lines.append(s("crisis.playbook.internal"))
    lines += TextWrap.wrap(
      playbook.internalMessage, width: width, firstIndent: "    │ ", indent: "    │ ")
    return lines
  }
}
