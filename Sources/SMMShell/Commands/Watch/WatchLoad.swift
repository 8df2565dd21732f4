import SMMCore

/// `/watch load """SUMMARY"""`: an imported watch's hourly summary and alerts given in the
/// line itself (``WatchSummary/text``), the form the log keeps for `/watch import`.
package struct WatchLoadCommand: BrandChangingCommand {
  package static let spec = CommandSpec(
    path: ["watch", "load"], usage: "/watch load \"\"\"SUMMARY\"\"\"",
    examples: ["/watch load \"\"\"\nhour 2026-03-09T15:00:00Z 12 3400\n\"\"\""],
    arguments: [ArgumentSpec("SUMMARY", .text, block: true)],
    countError: WatchGroupCommand.usageError("usage.watch.load"))

  let summary: WatchSummary

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    do {
      summary = try WatchSummary(text: arguments.values[0])
    } catch {
      throw WatchGroupCommand.usageError("usage.watch.badLine", ["line": String(error.line)])
    }
  }

  package var change: BrandChange? { .recordWatch(summary) }
  package var canonical: String { WatchGroupCommand.canonical(for: summary) }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    try WatchGroupCommand.recording(summary, lines: [], context)
  }
}
