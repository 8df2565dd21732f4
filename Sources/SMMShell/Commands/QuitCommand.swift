/// `/quit`: leave the shell; everything is already saved.
package struct QuitCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "quit", aliases: ["exit", "q"],
    usage: "/quit",
    examples: ["/quit"],
    keywords: ["quit", "exit", "leave", "bye", "quitter", "sortir"])

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    .show(CommandOutput(effect: .quit))
  }
}
