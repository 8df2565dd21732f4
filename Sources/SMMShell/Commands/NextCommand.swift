import SMMCore

/// `/next`: the one most useful next action, with its exact command.
package struct NextCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "next",
    usage: "/next",
    examples: ["/next"],
    keywords: ["next", "now", "then", "suite", "ensuite", "maintenant", "guide", "todo"])

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let strings = session.strings
    if let question = session.pendingQuestion {
      return CommandOutput(
        [strings.guidance("next.pending")] + question.text.split(separator: "\n").map(String.init))
    }
    guard let action = session.nextAction() else {
      if session.current != nil {
        return CommandOutput([
          strings.guidance("next.complete")
        ])
      }
      return CommandOutput([strings.guidance("hint.openBrand")])
    }
    session.show(action)
    var lines: [String] = []
    switch action.kind {
    case .run:
      lines.append(strings("next.run", ["command": action.command]))
    case .ask(let question, _, _):
      lines.append(question.render(strings))
      lines.append(strings("next.askCommand", ["command": action.shownCommand]))
    }
    lines += TextWrap.wrap(
      action.reason.render(strings), width: session.environment.width, firstIndent: "  ",
      indent: "  ")
    return CommandOutput(lines)
  }
}
