import SMMCore

/// `/content messages`: the core messages with their tags and variants.
package struct ContentMessagesCommand: ShellCommand {
  package static let spec = CommandSpec(
    path: ["content", "messages"], usage: "/content messages", examples: ["/content messages"],
    countError: ContentCommand.usage("usage.content.messages"))

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    .show(
      CommandOutput(
        ContentMessagesView.lines(
          try context.requireBrand().state, width: context.width, context.strings)))
  }
}

/// `/content check`: every variant counted against its platform's limits.
package struct ContentCheckCommand: ShellCommand {
  package static let spec = CommandSpec(
    path: ["content", "check"], usage: "/content check", examples: ["/content check"],
    countError: ContentCommand.usage("usage.content.check"))

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    .show(CommandOutput(ContentCheckView.lines(try context.requireBrand().state, context.strings)))
  }
}
