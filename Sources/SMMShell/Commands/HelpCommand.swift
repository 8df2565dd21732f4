import SMMCore

/// `/help [COMMAND [SUBCOMMAND…]] [--brief]`: the commands, or one (a group or a leaf) in
/// detail; `--brief`, what a plain-words request for help gets: what smm does and what to say
/// for where the brand stands.
package struct HelpCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "help", aliases: ["?"],
    usage: "/help [COMMAND]",
    examples: ["/help", "/help new", "/help crisis risk add", "/help --brief"],
    arguments: [ArgumentSpec("COMMAND", .commandName, optional: true, rest: true)],
    flags: [FlagSpec("--brief")],
    keywords: ["help", "commands", "aide", "usage", "how"])

  let topic: String?
  let brief: Bool

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    topic = arguments[0].map { $0.hasPrefix("/") ? String($0.dropFirst()) : $0 }
    brief = arguments.flags.contains("--brief")
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let width = context.width
    if brief && topic == nil { return .show(CommandOutput(Self.brief(context))) }
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

  /// What smm does, then what to say in plain words for where the open brand stands (its own
  /// platforms, messages and risks), then where the whole list is.
  static func brief(_ context: CommandContext) -> [String] {
    let state = context.brand?.state
    let stands = IntentContext(
      platforms: state?.spaces ?? [], messageIDs: state?.content.messages.map(\.id) ?? [],
      riskNames: state?.risks.map(\.name) ?? [], hasBrand: state != nil)
    let strings = context.strings
    var lines = [strings("assistant.helpBrief.intro")]
    for example in IntentExamples.examples(for: stands) {
      lines.append("  " + strings(example.key, example.values))
    }
    lines.append(strings("assistant.helpBrief.more", ["help": "/help", "detail": "/help NAME"]))
    return lines
  }
}
