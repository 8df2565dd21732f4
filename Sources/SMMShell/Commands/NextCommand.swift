import SMMCore

/// `/next`: the one most useful next action, with its exact command.
package struct NextCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "next",
    usage: "/next",
    examples: ["/next"],
    keywords: ["next", "now", "then", "suite", "ensuite", "maintenant", "guide", "todo"])

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let strings = context.strings
    if let question = context.guide?.waitingQuestion {
      return .show(
        CommandOutput(
          [strings.guidance("next.pending")] + question.split(separator: "\n").map(String.init)))
    }
    guard let action = context.guide?.nextAction() ?? context.guide?.openRoleAction() else {
      if let brand = context.brand {
        let blockers = Guidance.blockers(Guidance.review(brand.state))
        guard blockers.isEmpty else {
          return .show(
            CommandOutput(
              [strings.guidance("hint.notReady", ["count": .number(blockers.count)])]
                + blockers.map { "  - " + $0.phrase.render(strings) }))
        }
        return .show(CommandOutput([strings.guidance("next.complete")]))
      }
      return .show(CommandOutput([strings.guidance("hint.openBrand")]))
    }
    var lines: [String] = []
    let wrap = { (text: String) in
      TextWrap.wrap(text, width: context.width, firstIndent: "", indent: "  ")
    }
    switch action.kind {
    case .run:
      if let offer = action.offer { lines += wrap(offer.render(strings)) }
      lines.append(strings("next.run", ["command": action.command]))
    case .ask(let question, _, _):
      lines += wrap(question.render(strings))
      lines.append(strings("next.askCommand", ["command": action.shownCommand]))
    }
    lines += TextWrap.wrap(
      action.reason.render(strings), width: context.width, firstIndent: "  ", indent: "  ")
    return .session(.offer(action)) { _ in CommandOutput(lines) }
  }
}
