import SMMCore

/// `/crisis risks` (and `/crisis` alone): the register, riskiest first, with suggestions.
public struct CrisisRisksCommand: ShellCommand {
  public static let spec = CommandSpec(
    path: ["crisis", "risks"], usage: "/crisis risks", examples: ["/crisis risks"])

  public init(_ arguments: ParsedArguments) throws(ShellError) {}

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let state = try session.requireBrand().state
    return CommandOutput(
      CrisisRisksView.lines(state, width: session.environment.width, session.strings))
  }
}
