import SMMCore

/// The text of the engagement plan: actions per community, and their time against the brand's hours.
enum EngagePlanView {
  static func lines(_ state: BrandState, width: Int, _ s: Strings) -> [String] {
    guard let plan = state.engagement else {
      return [s.guidance("engage.none")]
    }
    var lines = [s("engage.title", ["name": state.name.value])]
    var current = ""
    for action in plan.actions {
      if action.community != current {
        current = action.community
        lines.append("  \(current):")
      }
      lines += TextWrap.wrap(
        s(
          "engage.action",
          [
            "kind": action.kind.rawValue, "perMonth": String(action.perMonth),
            "minutes": String(action.minutesEach), "owner": action.owner,
            "what": action.task.render(s),
          ]), width: width, firstIndent: "    - ", indent: "      ")
    }
    let spaces = state.spaces.map { PlatformCatalog.entry($0).effort.hoursPerWeek }.reduce(0, +)
    var time = s("engage.time", ["hours": s.decimal(plan.hoursPerWeek)])
    if !state.spaces.isEmpty {
      time += " + " + s("engage.time.platforms", ["hours": s.decimal(spaces)])
    }
    if let hours = state.profile.hours {
      let total = plan.hoursPerWeek + spaces
      time +=
        s("engage.time.available", ["total": s.decimal(total), "hours": s.decimal(hours)])
      if total > hours + 0.05 {
        time += " — " + s("engage.time.over", ["hours": s.decimal(total - hours)])
      }
    }
    lines.append(time + ".")
    lines += plan.notes.map { $0.render(s) }
    return lines
  }
}
