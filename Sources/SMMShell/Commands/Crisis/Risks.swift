import SMMCore

/// `/crisis risks` (and `/crisis` alone): the register, riskiest first, with suggestions.
package struct CrisisRisksCommand: ShellCommand {
  package static let spec = CommandSpec(
    path: ["crisis", "risks"], usage: "/crisis risks", examples: ["/crisis risks"])

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let state = try context.requireBrand().state
    return .show(
      CommandOutput(
        CrisisRisksView.lines(state, width: context.width, context.strings)))
  }
}
