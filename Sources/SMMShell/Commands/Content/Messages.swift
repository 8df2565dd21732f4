import SMMCore

/// `/content messages`: the core messages with their tags and variants.
public struct ContentMessagesCommand: ShellCommand {
  public static let spec = CommandSpec(
    path: ["content", "messages"], usage: "/content messages", examples: ["/content messages"],
    countError: ContentCommand.usage("usage.content.messages"))

  public init(_ arguments: ParsedArguments) throws(ShellError) {}

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    CommandOutput(
      ContentMessagesView.lines(
        try session.requireBrand().state, width: session.environment.width, session.strings))
  }
}

/// `/content check`: every variant counted against its platform's limits.
public struct ContentCheckCommand: ShellCommand {
  public static let spec = CommandSpec(
    path: ["content", "check"], usage: "/content check", examples: ["/content check"],
    countError: ContentCommand.usage("usage.content.check"))

  public init(_ arguments: ParsedArguments) throws(ShellError) {}

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    CommandOutput(ContentCheckView.lines(try session.requireBrand().state, session.strings))
  }
}
