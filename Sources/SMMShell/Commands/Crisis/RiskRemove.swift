import SMMCore

/// `/crisis risk remove NAME`: a risk out of the register.
public struct CrisisRiskRemoveCommand: PrintedCommand {
  public static let spec = CommandSpec(
    path: ["crisis", "risk", "remove"], usage: "/crisis risk remove NAME",
    examples: ["/crisis risk remove \"food poisoning reported\""],
    arguments: [ArgumentSpec("NAME", .text, rest: true)],
    countError: CrisisCommand.usage("usage.crisis.riskRemove"))

  /// The risk's name.
  let name: String

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    name = arguments[0] ?? ""
  }

  public var change: BrandChange? { .removeRisk(name) }
  public var canonicalArguments: ParsedArguments { ParsedArguments([name]) }

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let (brand, notes) = try commit(in: session)
    return CommandOutput(
      CrisisRisksView.lines(brand.state, width: session.environment.width, session.strings),
      notes: notes)
  }
}
