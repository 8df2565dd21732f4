import SMMCore

/// The text of `/status`, rendered from the plan's ``PlanReport/Progress`` as the exports
/// render the report: each step with its stage, what is done, missing and weak, and the
/// "you are here" marker on the step being worked on.
enum StatusView {
  /// The method's lines for `progress`, its texts already in `strings`' language, `here`
  /// marked as the step being worked on.
  static func lines(
    _ progress: PlanReport.Progress, here: MethodStep?, width: Int, _ strings: Strings
  ) -> [String] {
    var lines = [strings("status.method")]
    let titleWidth =
      MethodStep.allCases.map { "  \($0.number). \(strings($0.key("title")))".count }
      .max() ?? 0
    for step in progress.steps {
      guard let method = MethodStep.allCases.first(where: { $0.number == step.step }) else {
        continue
      }
      let title = "  \(step.step). \(strings(method.key("title")))"
      let stage = StepReview.Stage(rawValue: step.stage) ?? .notStarted
      let marker = method == here ? "  " + strings("status.here") : ""
      lines.append(TextWrap.pad(title, to: titleWidth + 2) + strings(stage.key) + marker)
      lines += TextWrap.wrap(
        strings(method.key("purpose")), width: width, firstIndent: "     ", indent: "     ")
      for done in step.done {
        lines += TextWrap.wrap(done, width: width, firstIndent: "     ✓ ", indent: "       ")
      }
      for item in step.missing {
        lines += TextWrap.wrap(
          described(item), width: width,
          firstIndent: "     - " + strings("status.needs") + " ", indent: "       ")
      }
      for item in step.weak {
        lines += TextWrap.wrap(
          described(item), width: width,
          firstIndent: "     ~ " + strings("status.weak") + " ", indent: "       ")
      }
    }
    return lines
  }

  /// The step being worked on: the first not done, none when every step is done.
  static func here(_ progress: PlanReport.Progress) -> MethodStep? {
    guard let first = progress.steps.first(where: { $0.stage != StepReview.Stage.done.rawValue })
    else { return nil }
    return MethodStep.allCases.first { $0.number == first.step }
  }

  /// A missing or weak item: the finding, then the command that settles it in brackets.
  static func described(_ item: PlanReport.Item) -> String {
    guard let command = item.command else { return item.text }
    return "\(item.text) (\(command))"
  }
}
