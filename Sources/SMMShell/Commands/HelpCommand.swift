/// `/help [COMMAND]`: the commands, or one in detail.
public struct HelpCommand: ShellCommand {
  public static let spec = CommandSpec(
    name: "help", aliases: ["?"],
    usage: "/help [COMMAND]",
    examples: ["/help", "/help new"],
    arguments: [ArgumentSpec("COMMAND", .commandName, optional: true)],
    keywords: ["help", "commands", "aide", "usage", "how"])

  let topic: String?

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    topic = arguments[0].map { $0.hasPrefix("/") ? String($0.dropFirst()) : $0 }
  }

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let width = session.environment.width
    guard let topic else {
      return CommandOutput(HelpRenderer.overview(session.strings, width: width))
    }
    guard let command = CommandRegistry.command(named: topic) else {
      throw .unknownCommand(
        topic, suggestions: Suggestions.closest(to: topic, in: CommandRegistry.allNames))
    }
    return CommandOutput(HelpRenderer.detail(command.spec, session.strings, width: width))
  }
}
