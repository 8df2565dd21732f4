import SMMCore

/// `/metrics`: weekly figures per platform, and engagement rates by reach, followers and
/// impressions, with the formulas named, the trend, and the bands as rules of thumb. A group:
/// each action is a leaf in this folder.
package enum MetricsCommand: CommandGroup {
  /// The usage line the group's errors point at.
  static let usage =
    "/metrics [add PLATFORM --week YYYY-Www --followers N --reach N --impressions N --engagements N | import FILE.csv]"

  package static let spec = CommandSpec(
    name: "metrics",
    usage: usage,
    examples: [
      "/metrics add instagram --week 2026-W05 --followers 1200 --reach 3400 --impressions 5100 --engagements 160",
      "/metrics",
    ],
    keywords: [
      "metrics", "engagement", "rate", "statistics", "reach", "followers", "statistiques",
      "mesures",
    ],
    subcommands: [MetricsAddCommand.self, MetricsImportCommand.self, MetricsLoadCommand.self],
    defaultSubcommand: MetricsShowCommand.self)

  /// `/metrics has no action "X"; the actions are add and import`.
  package static func unknownSubcommand(_ word: String?) -> ShellError {
    .usage(
      ShellError.noAction(
        "metrics", word ?? "", among: [], actions: .phrase(Phrase("usage.metrics.actions"))),
      usage: usage)
  }

  /// A usage error of a metrics leaf, with the group's usage.
  static func usageError(_ key: String, _ values: [String: String] = [:]) -> ShellError {
    .usage(Phrase(key, text: values), usage: usage)
  }

  /// The canonical text of recording `records`: one week as `/metrics add`, several as a
  /// `/metrics load` block of canonical CSV.
  static func canonical(for records: [MetricsRecord]) -> String {
    if records.count == 1, let record = records.first {
      return CommandPrinter.line(MetricsAddCommand.spec, MetricsAddCommand.arguments(record))
    }
    return CommandPrinter.line(
      MetricsLoadCommand.spec, ParsedArguments([String(csv(records).dropLast())]))
  }

  /// Canonical CSV: the header, then one line per record, each ending with a newline.
  static func csv(_ records: [MetricsRecord]) -> String {
    (["platform,week,followers,reach,impressions,engagements"]
      + records.map {
        MetricsWork.touch()
        return
          "\($0.platform.rawValue),\($0.week),\($0.followers),\($0.reach),\($0.impressions),\($0.engagements)"
      }).map { $0 + "\n" }.joined()
  }

  /// Recording `records` in the open brand: the change, and the view of the brand after it
  /// ("Recorded N weeks", replacing the weeks already there, then the table). Which weeks it
  /// replaces is read from the state given, before the change.
  static func recording(
    _ records: [MetricsRecord], warnings: [Phrase], canonical: String,
    dataset: (hash: String, rows: Int, csv: String)? = nil, _ context: CommandContext
  ) throws(ShellError) -> CommandOutcome {
    let state = try context.requireState()
    let recorded = Set(state.metrics.map { "\($0.platform.rawValue) \($0.week)" })
    let replaced = records.filter { recorded.contains("\($0.platform.rawValue) \($0.week)") }
    let s = context.strings
    let width = context.width
    return .change(
      ProposedChange(
        .addMetrics(records), canonical: canonical, dataset: dataset,
        notes: warnings.map { s("metrics.warning", ["warning": $0.render(s)]) },
        view: { brand in
          CommandOutput(
            [
              s.format(
                replaced.isEmpty ? "metrics.recorded" : "metrics.recordedReplacing",
                ["count": .number(records.count), "replaced": .number(replaced.count)])
            ] + MetricsView.lines(brand.state, width: width, s), command: canonical)
        }))
  }
}

/// `/metrics` alone: the figures and rates per platform and week.
package struct MetricsShowCommand: ShellCommand {
  package static let spec = CommandSpec(
    path: ["metrics"], usage: "/metrics", examples: ["/metrics"])

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    .show(
      CommandOutput(
        MetricsView.lines(try context.requireState(), width: context.width, context.strings)))
  }
}
