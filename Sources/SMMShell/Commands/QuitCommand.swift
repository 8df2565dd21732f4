/// `/quit`: leave the shell; everything is already saved.
public struct QuitCommand: ShellCommand {
  public static let spec = CommandSpec(
    name: "quit", aliases: ["exit", "q"],
    usage: "/quit",
    examples: ["/quit"],
    keywords: ["quit", "exit", "leave", "bye", "quitter", "sortir"])

  public init(_ arguments: ParsedArguments) throws(ShellError) {}

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    CommandOutput(effect: .quit)
  }
}
