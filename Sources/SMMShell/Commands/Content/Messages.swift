import SMMCore

/// `/content messages`: the core messages with their tags and variants.
public struct ContentMessagesCommand: DataCommand {
  public static let spec = CommandSpec(
    path: ["content", "messages"], usage: "/content messages", examples: ["/content messages"],
    countError: ContentCommand.usage("usage.content.messages"))

  public init(_ arguments: ParsedArguments) throws(ShellError) {}

  public func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    .show(
      CommandOutput(
        ContentMessagesView.lines(
          try context.requireBrand().state, width: context.width, context.strings)))
  }
}

/// `/content check`: every variant counted against its platform's limits.
public struct ContentCheckCommand: DataCommand {
  public static let spec = CommandSpec(
    path: ["content", "check"], usage: "/content check", examples: ["/content check"],
    countError: ContentCommand.usage("usage.content.check"))

  public init(_ arguments: ParsedArguments) throws(ShellError) {}

  public func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    .show(CommandOutput(ContentCheckView.lines(try context.requireBrand().state, context.strings)))
  }
}
