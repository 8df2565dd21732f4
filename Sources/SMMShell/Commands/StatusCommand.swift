import SMMCore

/// `/status`: the open brand and where it stands on each step of the method: what is done,
/// what is missing, what is weak, and the next action.
package struct StatusCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "status",
    usage: "/status",
    examples: ["/status"],
    keywords: ["status", "progress", "where", "steps", "method", "etat", "avancement", "ou"])

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let strings = session.strings
    let width = session.environment.width
    var lines: [String] = []
    let reviews: [StepReview]
    if let brand = session.current {
      let record = brand.record
      lines.append(
        strings.format(
          "status.brand",
          [
            "name": .text(brand.state.name.value), "count": .number(record.head),
            "time": .text(session.environment.formatTime(record.updatedAt)),
          ]))
      reviews = session.reviews(of: brand)
    } else {
      lines.append(strings.guidance("status.noBrand"))
      reviews = MethodStep.allCases.map {
        StepReview(
          step: $0, stage: .notStarted, done: [],
          missing: [StepReview.Item(Phrase($0.key("needs")))], weak: [])
      }
    }
    let next = session.current == nil ? Guidance.createBrand : Guidance.next(reviews: reviews)
    // The plan's progress, once in the reader's language for the terminal, once in English
    // for scripts (the `data` of `--json`).
    let shown = PlanReport.progress(reviews, next: next, strings: strings)
    lines.append("")
    // Without a brand no step is under way.
    let here = session.current == nil ? nil : StatusView.here(shown)
    lines += StatusView.lines(shown, here: here, width: width, strings)
    if session.current != nil {
      lines.append("")
      if let action = session.nextAction() {
        session.show(action)
        lines.append(session.offerLine(action))
      } else {
        lines += TextWrap.wrap(
          strings.guidance("hint.complete"),
          width: width, firstIndent: "", indent: "  ")
      }
    }
    return CommandOutput(lines, data: CommandData(PlanReport.progress(reviews, next: next)))
  }
}
