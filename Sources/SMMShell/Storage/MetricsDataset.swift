import Foundation
import GRDB
import SMMCore

/// Imported metrics rows kept as data beside the log (`/metrics import`): the log records
/// `/metrics load --dataset sha256:HEX --rows N`, and the rows sit in the `dataset` table under
/// that hash, as canonical CSV. A brand with 100,000 imported rows keeps a one-line log entry,
/// so it opens, folds and undoes without tokenizing megabytes of text.
enum MetricsDataset {
  /// How a dataset entry starts in the log.
  static let prefix = "/metrics load --dataset sha256:"

  /// The log entry for `rows` rows stored under `hash`.
  static func command(hash: String, rows: Int) -> String {
    "\(prefix)\(hash) --rows \(rows)"
  }

  /// The hash a dataset entry names, or nil for any other command.
  static func hash(in command: String) -> String? {
    guard command.hasPrefix(prefix) else { return nil }
    let rest = command.dropFirst(prefix.count)
    return String(rest.prefix { $0 != " " })
  }

  /// The canonical CSV of `records` and its SHA-256.
  static func encode(_ records: [MetricsRecord]) -> (csv: String, hash: String) {
    let csv = MetricsCommand.csv(records)
    return (csv, SHA256.hex(Array(csv.utf8)))
  }

  /// Stores `csv` for `brand` under `hash` (kept when it is already there).
  static func save(_ db: Database, brand: Int64, hash: String, rows: Int, csv: String) throws {
    try db.execute(
      sql: "INSERT OR IGNORE INTO dataset(brand_id, hash, rows, data) VALUES (?, ?, ?, ?)",
      arguments: [brand, hash, rows, Data(csv.utf8)])
  }

  /// The canonical CSV stored for `brand` under `hash`, or nil.
  static func csv(_ db: Database, brand: Int64, hash: String) throws -> String? {
    try Data.fetchOne(
      db, sql: "SELECT data FROM dataset WHERE brand_id = ? AND hash = ?",
      arguments: [brand, hash]
    ).map { String(decoding: $0, as: UTF8.self) }
  }

  /// The change a dataset entry makes: its rows, read back from the table.
  /// - Throws: ``ShellError/corruptLog(brand:entry:reason:)``-style errors when the rows are
  ///   missing or do not match their hash, so the fold reports the entry as damaged.
  static func change(_ db: Database, brand: Int64, command: String) throws -> BrandChange? {
    guard let hash = hash(in: command) else { return nil }
    guard let csv = try csv(db, brand: brand, hash: hash) else {
      throw ShellError.workspace("the imported rows sha256:\(hash) are missing from the workspace")
    }
    guard SHA256.hex(Array(csv.utf8)) == hash else {
      throw ShellError.workspace("the imported rows sha256:\(hash) do not match their hash")
    }
    return .addMetrics(try canonicalRows(csv))
  }

  /// Parses canonical CSV (`platform,week,followers,reach,impressions,engagements`), as this
  /// file writes it: one pass over the bytes, no quoting to handle.
  static func canonicalRows(_ csv: String) throws -> [MetricsRecord] {
    var records: [MetricsRecord] = []
    var first = true
    for line in csv.split(separator: "\n", omittingEmptySubsequences: true) {
      if first {
        first = false
        continue
      }
      let cells = line.split(separator: ",", omittingEmptySubsequences: false)
      guard cells.count == 6, let platform = Platform(rawValue: String(cells[0])),
        let followers = Int(cells[2]), let reach = Int(cells[3]),
        let impressions = Int(cells[4]), let engagements = Int(cells[5])
      else {
        throw ShellError.workspace("an imported row does not read back: \(line.prefix(80))")
      }
      records.append(
        try MetricsRecord(
          platform: platform, week: try ISOWeek(parsing: String(cells[1])), followers: followers,
          reach: reach, impressions: impressions, engagements: engagements))
    }
    return records
  }
}
