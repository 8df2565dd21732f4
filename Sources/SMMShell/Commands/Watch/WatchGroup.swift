import SMMCore

/// `/watch`: the crisis watch in the shell. `/watch import FILE` reads a brand's mentions and
/// records their hourly summary and alerts; `/watch` alone shows the last 7 days stored. A
/// group: each action is a leaf in this folder.
package enum WatchGroupCommand: CommandGroup {
  /// The usage line the group's errors point at.
  static let usage = "/watch [import FILE [--format F]]"

  package static let spec = CommandSpec(
    name: "watch",
    usage: usage,
    examples: ["/watch import mentions.csv", "/watch"],
    keywords: ["watch", "mentions", "spike", "alert", "veille", "alerte", "pic"],
    subcommands: [WatchImportCommand.self, WatchLoadCommand.self],
    defaultSubcommand: WatchShowCommand.self)

  /// A usage error of a watch leaf, with the group's usage.
  static func usageError(_ key: String, _ values: [String: String] = [:]) -> ShellError {
    .usage(Phrase(key, text: values), usage: usage)
  }

  /// The canonical text of recording `summary`: a `/watch load` block.
  static func canonical(for summary: WatchSummary) -> String {
    CommandPrinter.line(WatchLoadCommand.spec, ParsedArguments([String(summary.text.dropLast())]))
  }

  /// Recording `summary` in the open brand, shown as `lines` then what the import found
  /// (``WatchView/imported(_:brand:width:_:)``); an alert's triage is offered.
  static func recording(
    _ summary: WatchSummary, lines: [String], _ context: CommandContext
  ) throws(ShellError) -> CommandOutcome {
    _ = try context.requireState()
    let s = context.strings
    let width = context.width
    let canonical = canonical(for: summary)
    var change = ProposedChange(
      .recordWatch(summary), canonical: canonical,
      view: { brand in
        CommandOutput(
          lines + WatchView.imported(summary, brand: brand.state, width: width, s),
          command: canonical)
      })
    change.offer = WatchView.triageOffer(summary)
    return .change(change)
  }
}

/// `/watch` alone: the last 7 days of the brand's stored series, with their alerts.
package struct WatchShowCommand: ShellCommand {
  package static let spec = CommandSpec(path: ["watch"], usage: "/watch", examples: ["/watch"])

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    .show(
      CommandOutput(
        WatchView.week(try context.requireState(), width: context.width, context.strings)))
  }
}
