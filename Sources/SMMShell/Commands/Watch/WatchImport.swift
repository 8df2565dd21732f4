import Foundation
import SMMCore

/// `/watch import FILE [--format F]`: a brand's mentions (or a volume series) read with the
/// watch's readers and run through the detector; the brand records only the hourly summary
/// and the alerts (``WatchSummary``), logged as a `/watch load` block so a replay needs no
/// file. A row that does not read gets one line naming it; the rest is read.
package struct WatchImportCommand: ShellCommand {
  package static let spec = CommandSpec(
    path: ["watch", "import"], usage: "/watch import FILE [--format F]",
    examples: ["/watch import mentions.csv", "/watch import export.jsonl --format jetstream"],
    arguments: [ArgumentSpec("FILE", .filePath)],
    flags: [FlagSpec("--format", values: WatchFormat.allCases.map(\.rawValue))],
    countError: WatchGroupCommand.usageError("usage.watch.import"))

  let path: String
  let format: WatchFormat?

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    path = arguments.values[0]
    format = arguments.options["--format"].flatMap(WatchFormat.init(rawValue:))
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let state = try context.requireState()
    let full = context.environment.resolve(path)
    guard let data = FileManager.default.contents(atPath: full) else {
      throw .cannotReadFile(path, reason: "no such file, or it is a folder; check the path")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .cannotReadFile(path, reason: "it is not UTF-8 text; export it as UTF-8")
    }
    // A mention whose words do not tell its language is read in the brand's first language
    // the reading knows, else in the session's.
    let language =
      state.profile.languages.lazy.compactMap(SentimentLanguage.init(rawValue:)).first
      ?? SentimentLanguage(context.strings.language) ?? .en
    // Levels count fast spread against the brand's own audience, as its triage does.
    let read = WatchImport(
      text, format: format, language: language,
      fastVelocity: BrandAudience.of(state).fastVelocity)
    let s = context.strings
    let problems = read.problems.map {
      s("watch.error.row", ["row": String($0.row), "reason": $0.problem.phrase.render(s)])
    }
    guard !read.summary.isEmpty else {
      throw WatchGroupCommand.usageError(
        "usage.watch.nothingRead", ["file": path, "problems": problems.joined(separator: "; ")])
    }
    return try WatchGroupCommand.recording(
      read.summary,
      lines: problems
        + [
          s.format(
            "watch.imported",
            [
              "count": .number(read.rows), "file": .text(path),
              "hours": .number(read.summary.hours.count),
            ])
        ], context)
  }
}
