/// `/quit`: leave the shell; everything is already saved.
public struct QuitCommand: DataCommand {
  public static let spec = CommandSpec(
    name: "quit", aliases: ["exit", "q"],
    usage: "/quit",
    examples: ["/quit"],
    keywords: ["quit", "exit", "leave", "bye", "quitter", "sortir"])

  public init(_ arguments: ParsedArguments) throws(ShellError) {}

  public func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    .show(CommandOutput(effect: .quit))
  }
}
