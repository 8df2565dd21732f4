import SMMCore

/// `/status`: the open brand and where it stands on each step of the method.
public struct StatusCommand: ShellCommand {
  public static let spec = CommandSpec(
    name: "status",
    abstract: "Show the open brand and the four steps of the method with what each needs",
    usage: "/status",
    discussion:
      "The method runs in four steps: choose the spaces, adapt content to each channel, engage communities, prepare the crisis response. /status shows each step's progress and what is still missing.",
    examples: ["/status"],
    keywords: ["status", "progress", "where", "steps", "method", "etat", "avancement", "ou"])

  public init(_ arguments: ParsedArguments) throws(ShellError) {}

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let width = session.environment.width
    var lines: [String] = []
    let progress: [StepProgress]
    let here: MethodStep?
    if let brand = session.current {
      let record = brand.record
      let count = record.head == 1 ? "1 logged command" : "\(record.head) logged commands"
      lines.append(
        "Brand: \(brand.state.name) — \(count), last change \(session.environment.formatTime(record.updatedAt))"
      )
      progress = StepProgress.evaluate(brand.state)
      here = brand.step
    } else {
      lines.append("No brand is open: create one with /new NAME, or open one with /use NAME.")
      progress = MethodStep.allCases.map {
        StepProgress(step: $0, stage: .notStarted, missing: $0.needs)
      }
      here = nil
    }
    lines.append("")
    lines.append("The method, in four steps:")
    for item in progress {
      let title = "  \(item.step.number). \(item.step.title)"
      let marker = item.step == here ? "  ← you are here" : ""
      lines.append(TextWrap.pad(title, to: 36) + item.stage.rawValue + marker)
      lines += TextWrap.wrap(item.step.purpose, width: width, firstIndent: "     ", indent: "     ")
      for missing in item.missing {
        lines += TextWrap.wrap(
          missing, width: width, firstIndent: "     - needs ", indent: "       ")
      }
    }
    return CommandOutput(lines)
  }
}
