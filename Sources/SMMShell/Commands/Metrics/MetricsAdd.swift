import SMMCore

/// `/metrics add PLATFORM --week YYYY-Www --followers N --reach N --impressions N
/// --engagements N`: one platform's week; the options not given are asked one by one
/// (``MetricsQuestions``).
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

  /// The week's figures, once every option is given (nil while some are still to ask).
  let record: MetricsRecord?
  let warnings: [Phrase]
  /// The platform and the options given, to ask the rest.
  let platform: String
  let given: [String: String]

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    platform = arguments.values[0]
    given = arguments.options
    guard Self.options.allSatisfy({ arguments.options[$0] != nil }) else {
      record = nil
      warnings = []
      return
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

  package var change: BrandChange? { record.map { .addMetrics([$0]) } }
  package var canonicalArguments: ParsedArguments {
    record.map(Self.arguments) ?? ParsedArguments([platform], options: given)
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    guard let record else {
      _ = try context.requireState()
      let questions = MetricsQuestions(
        platform: platform, given: given, today: CalendarCommand.today(context.environment),
        strings: context.strings)
      return .ask(
        questions,
        CommandOutput([
          context.strings("metrics.question.intro", ["platform": platform]), questions.text,
        ]))
    }
    return try MetricsCommand.recording([record], warnings: warnings, canonical: canonical, context)
  }
}
