/// `/help [COMMAND [SUBCOMMAND…]]`: the commands, or one (a group or a leaf) in detail.
package struct HelpCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "help", aliases: ["?"],
    usage: "/help [COMMAND]",
    examples: ["/help", "/help new", "/help crisis risk add"],
    arguments: [ArgumentSpec("COMMAND", .commandName, optional: true, rest: true)],
    keywords: ["help", "commands", "aide", "usage", "how"])

  let topic: String?

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    topic = arguments[0].map { $0.hasPrefix("/") ? String($0.dropFirst()) : $0 }
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let width = context.width
    guard let topic else {
      return .show(CommandOutput(HelpRenderer.overview(context.strings, width: width)))
    }
    let path = topic.split(separator: " ").map(String.init)
    guard let first = path.first, var node = CommandRegistry.command(named: first) else {
      if path.count > 1 {
        throw .wrongArgumentCount(
          command: "help", got: path.count, minimum: 0, maximum: 1, usage: Self.spec.usage)
      }
      throw .unknownCommand(
        topic, suggestions: Suggestions.closest(to: topic, in: CommandRegistry.allNames))
    }
    for word in path.dropFirst() {
      guard let group = node.asGroup else {
        // Only a group has words after its name: the count error of a one-argument /help.
        throw .wrongArgumentCount(
          command: "help", got: path.count, minimum: 0, maximum: 1, usage: Self.spec.usage)
      }
      guard let next = node.spec.subcommand(named: word) else {
        throw group.unknownSubcommand(word)
      }
      node = next
    }
    return .show(CommandOutput(HelpRenderer.detail(node.spec, context.strings, width: width)))
  }
}
