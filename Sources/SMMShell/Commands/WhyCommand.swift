import SMMCore

/// `/why`: the reasons and sources behind the guide's last recommendation.
package struct WhyCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "why",
    usage: "/why",
    examples: ["/why"],
    keywords: ["why", "pourquoi", "reason", "raison", "source", "sources", "explain"])

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let strings = context.strings
    guard let advice = context.guide?.standingAdvice() else {
      return .show(CommandOutput([strings.guidance("why.nothing")]))
    }
    let width = context.width
    var lines = [strings("why.title", ["command": advice.shownCommand])]
    lines += TextWrap.wrap(
      advice.reason.render(strings), width: width, firstIndent: "  ", indent: "  ")
    if !advice.sources.isEmpty {
      lines.append(strings("why.sources"))
      for source in advice.sources {
        lines += TextWrap.wrap(source, width: width, firstIndent: "  - ", indent: "    ")
      }
    }
    return .show(CommandOutput(lines))
  }
}
