import Foundation
import SMMCore

/// `/metrics import FILE.csv`: the rows of a CSV file, all or none. One row is logged as its
/// `/metrics add` line; several go beside the log as a dataset the log names by hash
/// (``MetricsDataset``), so a replay needs no file.
package struct MetricsImportCommand: ShellCommand {
  package static let spec = CommandSpec(
    path: ["metrics", "import"], usage: "/metrics import FILE.csv",
    examples: ["/metrics import metrics.csv"],
    arguments: [ArgumentSpec("FILE", .filePath)],
    countError: MetricsCommand.usageError("usage.metrics.import"))

  let path: String

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    path = arguments.values[0]
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    _ = try context.requireBrand()
    let full = context.environment.resolve(path)
    guard let data = FileManager.default.contents(atPath: full) else {
      throw .cannotReadFile(path, reason: "no such file, or it is a folder; check the path")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .cannotReadFile(path, reason: "it is not UTF-8 text; export the CSV as UTF-8")
    }
    let (records, warnings) = try DomainArguments.domain { try MetricsCSV.parseWithWarnings(text) }
    guard records.count > 1 else {
      return try MetricsCommand.recording(
        records, warnings: warnings, canonical: MetricsCommand.canonical(for: records), context)
    }
    let (csv, hash) = MetricsDataset.encode(records)
    return try MetricsCommand.recording(
      records, warnings: warnings,
      canonical: MetricsDataset.command(hash: hash, rows: records.count),
      dataset: (hash, records.count, csv), context)
  }
}
