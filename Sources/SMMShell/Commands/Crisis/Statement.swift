import SMMCore

/// `/crisis statement NAME PLATFORM TEXT`: a risk's holding statement for one channel, written
/// by hand.
public struct CrisisStatementCommand: PrintedCommand {
  public static let spec = CommandSpec(
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

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    name = arguments.values[0]
    platform = try DomainArguments.platform(arguments.values[1])
    text = arguments.values[2]
  }

  public var change: BrandChange? { .setStatement(name, platform, text) }
  public var canonicalArguments: ParsedArguments {
    ParsedArguments([name, platform.rawValue, text])
  }

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let (brand, notes) = try session.commit(
      .setStatement(name, platform, text), canonical: canonical)
    let index = try DomainArguments.domain { try brand.state.riskIndex(name) }
    return CommandOutput(
      CrisisPlaybookView.lines(
        CrisisPlaybook.build(brand.state.risks[index], for: brand.state),
        width: session.environment.width, session.strings),
      notes: notes)
  }
}
