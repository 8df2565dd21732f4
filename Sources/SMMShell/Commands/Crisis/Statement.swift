import SMMCore

/// `/crisis statement NAME PLATFORM TEXT`: a risk's holding statement for one channel, written
/// by hand.
package struct CrisisStatementCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["crisis", "statement"], usage: "/crisis statement NAME PLATFORM TEXT",
    examples: ["/crisis statement \"food poisoning reported\" x \"We know. Next update by 6pm.\""],
    arguments: [
      ArgumentSpec("NAME", .text), ArgumentSpec("PLATFORM", .platform),
      ArgumentSpec("TEXT", .text, rest: true),
    ],
    countError: CrisisCommand.usage("usage.crisis.statement"))

  let name: String
  let platform: Platform
  let text: String

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    name = arguments.values[0]
    platform = try DomainArguments.platform(arguments.values[1])
    text = arguments.values[2]
  }

  package var change: BrandChange? { .setStatement(name, platform, text) }
  package var canonicalArguments: ParsedArguments {
    ParsedArguments([name, platform.rawValue, text])
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let (s, width) = (context.strings, context.width)
    return try proposal(context) { [name] brand in
      // The change found the risk, so the brand after it has it.
      guard let index = try? brand.state.riskIndex(name) else { return CommandOutput() }
      return CommandOutput(
        CrisisPlaybookView.lines(
          CrisisPlaybook.build(brand.state.risks[index], for: brand.state), width: width, s))
    }
  }
}
