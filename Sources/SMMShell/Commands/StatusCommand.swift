import SMMCore

/// `/status`: the open brand and where it stands on each step of the method: what is done,
/// what is missing, what is weak, and the next action.
public struct StatusCommand: ShellCommand {
  public static let spec = CommandSpec(
    name: "status",
    usage: "/status",
    examples: ["/status"],
    keywords: ["status", "progress", "where", "steps", "method", "etat", "avancement", "ou"])

  public init(_ arguments: ParsedArguments) throws(ShellError) {}

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let strings = session.strings
    let width = session.environment.width
    var lines: [String] = []
    let reviews: [StepReview]
    let here: MethodStep?
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
      // A complete plan has no "you are here".
      here = reviews.allSatisfy { $0.stage == .done } ? nil : Guidance.currentStep(reviews)
    } else {
      lines.append(strings("status.noBrand"))
      reviews = MethodStep.allCases.map {
        StepReview(
          step: $0, stage: .notStarted, done: [],
          missing: [StepReview.Item(Phrase($0.key("needs")))], weak: [])
      }
      here = nil
    }
    lines.append("")
    lines.append(strings("status.method"))
    let titleWidth =
      MethodStep.allCases.map { "  \($0.number). \(strings($0.key("title")))".count }
      .max() ?? 0
    for review in reviews {
      let step = review.step
      let title = "  \(step.number). \(strings(step.key("title")))"
      let marker = step == here ? "  " + strings("status.here") : ""
      lines.append(TextWrap.pad(title, to: titleWidth + 2) + strings(review.stage.key) + marker)
      lines += TextWrap.wrap(
        strings(step.key("purpose")), width: width, firstIndent: "     ", indent: "     ")
      for done in review.done {
        lines += TextWrap.wrap(
          done.render(strings), width: width, firstIndent: "     ✓ ", indent: "       ")
      }
      for item in review.missing {
        lines += TextWrap.wrap(
          item.described(strings), width: width,
          firstIndent: "     - " + strings("status.needs") + " ", indent: "       ")
      }
      for item in review.weak {
        lines += TextWrap.wrap(
          item.described(strings), width: width,
          firstIndent: "     ~ " + strings("status.weak") + " ", indent: "       ")
      }
    }
    if session.current != nil {
      lines.append("")
      if let action = session.nextAction() {
        session.show(action)
        lines.append(session.offerLine(action))
      } else {
        lines += TextWrap.wrap(
          strings("hint.complete"),
          width: width, firstIndent: "", indent: "  ")
      }
    }
    let next = session.current == nil ? Guidance.createBrand : Guidance.next(reviews: reviews)
    return CommandOutput(lines, data: CommandData(PlanReport.progress(reviews, next: next)))
  }
}
