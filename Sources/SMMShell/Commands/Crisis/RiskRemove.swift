import SMMCore

/// `/crisis risk remove NAME`: a risk out of the register.
package struct CrisisRiskRemoveCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["crisis", "risk", "remove"], usage: "/crisis risk remove NAME",
    examples: ["/crisis risk remove \"food poisoning reported\""],
    arguments: [ArgumentSpec("NAME", .text, rest: true)],
    countError: CrisisCommand.usage("usage.crisis.riskRemove"))

  /// The risk's name.
  let name: String

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    name = arguments[0] ?? ""
  }

  package var change: BrandChange? { .removeRisk(name) }
  package var canonicalArguments: ParsedArguments { ParsedArguments([name]) }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let (s, width) = (context.strings, context.width)
    return try proposal(context) { CommandOutput(CrisisRisksView.lines($0.state, width: width, s)) }
  }
}
