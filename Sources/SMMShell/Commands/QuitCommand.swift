/// `/quit`: leave the shell; everything is already saved.
public struct QuitCommand: ShellCommand {
  public static let spec = CommandSpec(
    name: "quit", aliases: ["exit", "q"],
    abstract: "Leave smm (everything is already saved)",
    usage: "/quit",
    discussion:
      "Every change is saved as it is made, so leaving loses nothing; smm reopens the same brand next time. Ctrl-D on an empty line does the same.",
    examples: ["/quit"],
    keywords: ["quit", "exit", "leave", "bye", "quitter", "sortir"])

  public init(_ arguments: ParsedArguments) throws(ShellError) {}

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    CommandOutput(effect: .quit)
  }
}
