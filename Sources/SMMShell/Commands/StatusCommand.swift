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

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let strings = context.strings
    let width = context.width
    var lines: [String] = []
    let reviews: [StepReview]
    if let brand = context.brand {
      let record = brand.record
      lines.append(
        strings.format(
          "status.brand",
          [
            "name": .text(brand.state.name.value), "count": .number(record.head),
            "time": .text(context.environment.formatTime(record.updatedAt)),
          ]))
      let countries = brand.state.profile.countries
      if let home = countries.first {
        let labels = PlanLabels(strings)
        lines.append(
          countries.count == 1
            ? strings("status.country", ["home": labels.country(home)])
            : strings(
              "status.countries",
              ["countries": labels.countries(countries), "home": labels.country(home)]))
      }
      reviews = context.guide?.reviews(of: brand) ?? Guidance.review(brand.state)
    } else {
      lines.append(strings.guidance("status.noBrand"))
      reviews = MethodStep.allCases.map {
        StepReview(
          step: $0, stage: .notStarted, done: [],
          missing: [StepReview.Item(Phrase($0.key("needs")))], weak: [])
      }
    }
    let next = context.brand == nil ? Guidance.createBrand : Guidance.next(reviews: reviews)
    // The plan's progress, once in the reader's language for the terminal, once in English
    // for scripts (the `data` of `--json`).
    let shown = PlanReport.progress(reviews, next: next, strings: strings)
    lines.append("")
    // Without a brand no step is under way.
    let here = context.brand == nil ? nil : StatusView.here(shown)
    lines += StatusView.lines(shown, here: here, width: width, strings)
    let data = CommandData(PlanReport.progress(reviews, next: next))
    // While a question waits, the session asks it again below: no offer that "yes" could take.
    guard context.brand != nil, context.guide?.waitingQuestion == nil else {
      return .show(CommandOutput(lines, data: data))
    }
    lines.append("")
    guard let action = context.guide?.nextAction(), let guide = context.guide else {
      lines += TextWrap.wrap(
        context.guide?.completeHint() ?? strings.guidance("hint.complete"), width: width,
        firstIndent: "", indent: "  ")
      return .show(CommandOutput(lines, data: data))
    }
    lines.append(guide.offerLine(action))
    return .session(.offer(action)) { _ in CommandOutput(lines, data: data) }
  }
}
