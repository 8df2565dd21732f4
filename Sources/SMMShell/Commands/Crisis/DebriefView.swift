import SMMCore

/// The text of a drill's debrief: score, response time, strategy fit, statements and fixes.
enum CrisisDebriefView {
  static func lines(_ result: CrisisDrill.Result, width: Int, _ s: Strings) -> [String] {
    var lines = [
      s(
        "crisis.debrief.title",
        ["name": result.risk, "seed": String(result.seed), "score": String(result.score)])
    ]
    lines.append(
      "  "
        + s(
          "crisis.debrief.response",
          [
            "time": result.minutesToFirstResponse.map { "\($0) min" }
              ?? s("crisis.debrief.noResponse"),
            "target": String(result.targetMinutes),
          ]))
    lines.append(
      "  "
        + s(
          result.strategyFit ? "crisis.debrief.fit" : "crisis.debrief.misfit",
          ["triage": String(result.triageFit), "strategy": result.expectedStrategy]))
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
