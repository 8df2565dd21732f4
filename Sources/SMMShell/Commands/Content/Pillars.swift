import SMMCore

/// `/content pillars [add|remove THEME]`: the pillars, or one added or removed.
public enum ContentPillarsGroup: CommandGroup {
  public static let spec = CommandSpec(
    path: ["content", "pillars"], aliases: ["pillar"], usage: "/content pillars [add|remove THEME]",
    subcommands: [ContentPillarAddCommand.self, ContentPillarRemoveCommand.self],
    defaultSubcommand: ContentPillarsCommand.self)

  /// Any other word gets the one line that says what `/content pillars` takes.
  public static func unknownSubcommand(_ word: String?) -> ShellError {
    ContentCommand.usage("usage.content.pillars")
  }
}

/// `/content pillars`: the pillars, numbered.
public struct ContentPillarsCommand: DataCommand {
  public static let spec = CommandSpec(
    path: ["content", "pillars"], usage: "/content pillars", examples: ["/content pillars"])

  public init(_ arguments: ParsedArguments) throws(ShellError) {}

  public func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    .show(CommandOutput(ContentPillarsView.lines(try context.requireState(), context.strings)))
  }
}

/// `/content pillars add THEME`: a pillar of the editorial line.
public struct ContentPillarAddCommand: PrintedCommand, DataCommand {
  public static let spec = CommandSpec(
    path: ["content", "pillars", "add"], usage: "/content pillars add THEME",
    examples: ["/content pillars add \"bread know-how\""],
    arguments: [ArgumentSpec("THEME", .text, rest: true)],
    countError: ContentCommand.usage("usage.content.pillars"))

  let theme: String

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    theme = arguments.values[0]
    guard !theme.isEmpty else { throw ContentCommand.usage("usage.content.pillars") }
  }

  public var change: BrandChange? { .addPillar(theme) }
  public var canonicalArguments: ParsedArguments { ParsedArguments([theme]) }

  public func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let s = context.strings
    return try proposal(context) { [canonical] brand in
      CommandOutput(ContentPillarsView.lines(brand.state, s), command: canonical)
    }
  }
}

/// `/content pillars remove THEME`: a pillar taken out.
public struct ContentPillarRemoveCommand: PrintedCommand, DataCommand {
  public static let spec = CommandSpec(
    path: ["content", "pillars", "remove"], usage: "/content pillars remove THEME",
    examples: ["/content pillars remove \"bread know-how\""],
    arguments: [ArgumentSpec("THEME", .text, rest: true)],
    countError: ContentCommand.usage("usage.content.pillars"))

  let theme: String

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    theme = arguments.values[0]
    guard !theme.isEmpty else { throw ContentCommand.usage("usage.content.pillars") }
  }

  public var change: BrandChange? { .removePillar(theme) }
  public var canonicalArguments: ParsedArguments { ParsedArguments([theme]) }

  public func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let s = context.strings
    return try proposal(context) { [canonical] brand in
      CommandOutput(ContentPillarsView.lines(brand.state, s), command: canonical)
    }
  }
}
