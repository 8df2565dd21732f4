import SMMCore

/// `/crisis risks` (and `/crisis` alone): the register, riskiest first, with suggestions.
public struct CrisisRisksCommand: DataCommand {
  public static let spec = CommandSpec(
    path: ["crisis", "risks"], usage: "/crisis risks", examples: ["/crisis risks"])

  public init(_ arguments: ParsedArguments) throws(ShellError) {}

  public func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let state = try context.requireBrand().state
    return .show(
      CommandOutput(
        CrisisRisksView.lines(state, width: context.width, context.strings)))
  }
}
