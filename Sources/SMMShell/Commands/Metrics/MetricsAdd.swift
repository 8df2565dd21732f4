import SMMCore

/// `/metrics add PLATFORM --week YYYY-Www --followers N --reach N --impressions N
/// --engagements N`: one platform's week.
package struct MetricsAddCommand: PrintedCommand {
  /// The five options, in the order they are printed and asked for.
  static let options = ["--week", "--followers", "--reach", "--impressions", "--engagements"]

  package static let spec = CommandSpec(
    path: ["metrics", "add"],
    usage:
      "/metrics add PLATFORM --week YYYY-Www --followers N --reach N --impressions N --engagements N",
    examples: [
      "/metrics add instagram --week 2026-W05 --followers 1200 --reach 3400 --impressions 5100 --engagements 160"
    ],
    arguments: [ArgumentSpec("PLATFORM", .platform)],
    flags: options.map {
      FlagSpec($0, values: [], helpKey: "help.metrics.flag.\($0.dropFirst(2))")
    },
    countError: MetricsCommand.usageError("usage.metrics.add"))

  let record: MetricsRecord
  let warnings: [Phrase]

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    let missing = Self.options.filter { arguments.options[$0] == nil }
    guard missing.isEmpty else {
      throw MetricsCommand.usageError(
        "usage.metrics.missing", ["options": missing.joined(separator: ", ")])
    }
    let given = Self.options.map { arguments.options[$0] ?? "" }
    (record, warnings) = try DomainArguments.domain {
      try MetricsRecord.validate(
        platform: arguments.values[0], week: given[0], followers: given[1], reach: given[2],
        impressions: given[3], engagements: given[4])
    }
  }

  /// The arguments that print `record` as an `add` line.
  static func arguments(_ record: MetricsRecord) -> ParsedArguments {
    ParsedArguments(
      [record.platform.rawValue],
      options: Dictionary(
        uniqueKeysWithValues: zip(
          options,
          [
            record.week.description, String(record.followers), String(record.reach),
            String(record.impressions), String(record.engagements),
          ])))
  }

  package var change: BrandChange? { .addMetrics([record]) }
  package var canonicalArguments: ParsedArguments { Self.arguments(record) }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    try MetricsCommand.recording([record], warnings: warnings, canonical: canonical, context)
  }
}
