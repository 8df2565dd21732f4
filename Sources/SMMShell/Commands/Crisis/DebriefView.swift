import SMMCore

/// The text of a drill's debrief: score, response time, strategy fit, statements and fixes.
enum CrisisDebriefView {
  static func lines(_ result: CrisisDrill.Result, width: Int, _ s: Strings) -> [String] {
    var lines = [
      s(
        "crisis.debrief.title",
        ["name": result.risk, "seed": String(result.seed), "score": String(result.score)])
    ]
    let time =
      result.minutesToFirstResponse.map { "\($0) min" } ?? s("crisis.debrief.noResponse")
    if let level = result.level {
      lines.append(
        "  "
          + s(
            "crisis.debrief.responseAtLevel",
            ["time": time, "target": String(result.targetMinutes), "level": String(level)]))
    } else {
      lines.append(
        "  " + s("crisis.debrief.response", ["time": time, "target": String(result.targetMinutes)]))
    }
    lines.append(
      "  "
        + s(
          result.strategyFit ? "crisis.debrief.fitOf" : "crisis.debrief.misfitOf",
          [
            "triage": String(result.triageFit), "asked": String(result.triageAsked ?? 5),
            "strategy": CrisisStrategy(rawValue: result.expectedStrategy)?.label.render(s)
              ?? result.expectedStrategy,
          ]))
    lines.append(
      "  "
        + s(
          "crisis.debrief.statements",
          ["valid": String(result.validStatements), "channels": String(result.channels)]))
    if result.fixes.isEmpty {
      lines.append(s("crisis.debrief.nothing"))
    } else {
      lines.append(s("crisis.debrief.fixes"))
      for fix in result.fixes {
        lines += TextWrap.wrap(fix.render(s), width: width, firstIndent: "  - ", indent: "    ")
      }
    }
    return lines
  }
}
