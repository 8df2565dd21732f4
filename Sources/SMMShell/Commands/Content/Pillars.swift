import SMMCore

/// `/content pillars [add|remove THEME]`: the pillars, or one added or removed.
package enum ContentPillarsGroup: CommandGroup {
  package static let spec = CommandSpec(
    path: ["content", "pillars"], aliases: ["pillar"], usage: "/content pillars [add|remove THEME]",
    subcommands: [ContentPillarAddCommand.self, ContentPillarRemoveCommand.self],
    defaultSubcommand: ContentPillarsCommand.self)

  /// Any other word gets the one line that says what `/content pillars` takes.
  package static func unknownSubcommand(_ word: String?) -> ShellError {
    ContentCommand.usage("usage.content.pillars")
  }
}

/// `/content pillars`: the pillars, numbered.
package struct ContentPillarsCommand: ShellCommand {
  package static let spec = CommandSpec(
    path: ["content", "pillars"], usage: "/content pillars", examples: ["/content pillars"])

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    .show(CommandOutput(ContentPillarsView.lines(try context.requireState(), context.strings)))
  }
}

/// `/content pillars add THEME`: a pillar of the editorial line.
package struct ContentPillarAddCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["content", "pillars", "add"], usage: "/content pillars add THEME",
    examples: ["/content pillars add \"bread know-how\""],
    arguments: [ArgumentSpec("THEME", .text, rest: true)],
    countError: ContentCommand.usage("usage.content.pillars"))

  let theme: String

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    theme = arguments.values[0]
    guard !theme.isEmpty else { throw ContentCommand.usage("usage.content.pillars") }
  }

  package var change: BrandChange? { .addPillar(theme) }
  package var canonicalArguments: ParsedArguments { ParsedArguments([theme]) }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let s = context.strings
    return try proposal(context) { [canonical] brand in
      CommandOutput(ContentPillarsView.lines(brand.state, s), command: canonical)
    }
  }
}

/// `/content pillars remove THEME`: a pillar taken out.
package struct ContentPillarRemoveCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["content", "pillars", "remove"], usage: "/content pillars remove THEME",
    examples: ["/content pillars remove \"bread know-how\""],
    arguments: [ArgumentSpec("THEME", .text, rest: true)],
    countError: ContentCommand.usage("usage.content.pillars"))

  let theme: String

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    theme = arguments.values[0]
    guard !theme.isEmpty else { throw ContentCommand.usage("usage.content.pillars") }
  }

  package var change: BrandChange? { .removePillar(theme) }
  package var canonicalArguments: ParsedArguments { ParsedArguments([theme]) }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let s = context.strings
    return try proposal(context) { [canonical] brand in
      CommandOutput(ContentPillarsView.lines(brand.state, s), command: canonical)
    }
  }
}
