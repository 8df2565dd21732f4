import SMMCore

/// `/metrics load """CSV"""`: rows given in the line itself, the canonical form of an import
/// that needs no file. `/metrics load --dataset sha256:HEX --rows N` is the form the log keeps
/// for imported rows stored beside it (``MetricsDataset``); typed, it records those rows again.
package struct MetricsLoadCommand: BrandChangingCommand {
  package static let spec = CommandSpec(
    path: ["metrics", "load"], usage: "/metrics load \"\"\"CSV\"\"\"",
    examples: [
      "/metrics load \"\"\"\nplatform,week,followers,reach,impressions,engagements\ninstagram,2026-W05,1200,3400,5100,160\n\"\"\""
    ],
    arguments: [ArgumentSpec("CSV", .text, optional: true, block: true)],
    flags: [FlagSpec("--dataset", values: []), FlagSpec("--rows", values: [])],
    countError: MetricsCommand.usageError("usage.metrics.load"))

  enum Rows {
    /// Rows given as CSV text.
    case given([MetricsRecord], warnings: [Phrase])
    /// Rows stored beside the log under this hash (`sha256:HEX`), and their count.
    case stored(String, rows: Int)
  }

  let rows: Rows

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    if let dataset = arguments.options["--dataset"], arguments.values.isEmpty,
      dataset.hasPrefix("sha256:"), let count = arguments.options["--rows"].flatMap({ Int($0) })
    {
      rows = .stored(String(dataset.dropFirst("sha256:".count)), rows: count)
      return
    }
    guard let text = arguments[0], arguments.options.isEmpty else {
      throw MetricsCommand.usageError("usage.metrics.load")
    }
    let (records, warnings) = try DomainArguments.domain { try MetricsCSV.parseWithWarnings(text) }
    rows = .given(records, warnings: warnings)
  }

  package var change: BrandChange? {
    if case .given(let records, _) = rows { return .addMetrics(records) }
    return nil
  }

  package var canonical: String {
    switch rows {
    case .given(let records, _): return MetricsCommand.canonical(for: records)
    case .stored(let hash, let count): return MetricsDataset.command(hash: hash, rows: count)
    }
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    switch rows {
    case .given(let records, let warnings):
      return try MetricsCommand.recording(
        records, warnings: warnings, canonical: canonical, context)
    case .stored(let hash, _):
      let brand = try context.requireBrand()
      let line = MetricsDataset.prefix + hash
      let change = try context.workspace.reading { store in
        try MetricsDataset.change(store, brand: brand.record.id, command: line)
      }
      guard case .addMetrics(let records)? = change else {
        throw MetricsCommand.usageError("usage.metrics.load")
      }
      return try MetricsCommand.recording(
        records, warnings: [], canonical: MetricsDataset.command(hash: hash, rows: records.count),
        context)
    }
  }
}
