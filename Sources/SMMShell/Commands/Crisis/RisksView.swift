import SMMCore

/// The text of the risk register: riskiest first, then up to five suggested risks as commands.
enum CrisisRisksView {
  static func lines(_ state: BrandState, width: Int, _ s: Strings) -> [String] {
    var lines: [String] = []
    if state.risks.isEmpty {
      lines.append(s("crisis.risks.none", ["name": state.name.value]))
    } else {
      lines.append(s("crisis.risks.title", ["name": state.name.value]))
      for risk in state.risks.sorted(by: {
        $0.score != $1.score ? $0.score > $1.score : $0.name < $1.name
      }) {
        let channels =
          risk.channels.isEmpty
          ? ""
          : s(
            "crisis.risks.channels",
            ["channels": risk.channels.map(\.rawValue).joined(separator: ", ")])
        // A risk named after its type ("faulty product from human error") is not named twice.
        let type = PlanLabels(s).crisisType(risk.type)
        let named =
          risk.name.lowercased() == type.lowercased() ? risk.name : "\(risk.name) — \(type)"
        lines += TextWrap.wrap(
          "\(named) (\(s("crisis.cluster.\(risk.type.cluster.rawValue)"))), "
            + s(
              "crisis.risks.score",
              ["likelihood": String(risk.likelihood), "impact": String(risk.impact)]) + channels,
          width: width, firstIndent: "  " + TextWrap.pad(String(risk.score), to: 4),
          indent: "      ")
      }
    }
    let suggestions = RiskSuggestions.suggest(state)
    if !suggestions.isEmpty {
      lines.append(s("crisis.risks.suggested"))
      for suggestion in suggestions.prefix(5) {
        let command = CommandPrinter.line(
          CrisisRiskAddCommand.spec,
          ParsedArguments(
            [suggestion.name],
            options: [
              "--type": suggestion.type.rawValue, "--likelihood": String(suggestion.likelihood),
              "--impact": String(suggestion.impact),
            ]))
        lines += TextWrap.wrap(command, width: width, firstIndent: "  ", indent: "    ")
      }
    }
    return lines
  }
}
