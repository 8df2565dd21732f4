import Foundation
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
    CommandPrinter.line(
      MetricsLoadCommand.spec,
      ParsedArguments([], options: ["--dataset": "sha256:" + hash, "--rows": String(rows)]))
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

  /// The change a dataset entry makes: its rows, read back from the table.
  /// - Throws: ``ShellError/corruptLog(brand:entry:reason:)``-style errors when the rows are
  ///   missing or do not match their hash, so the fold reports the entry as damaged.
  static func change(_ reader: any WorkspaceReader, brand: Int64, command: String) throws
    -> BrandChange?
  {
    guard let hash = hash(in: command) else { return nil }
    guard let csv = try reader.dataset(ofBrand: brand, hash: hash) else {
      throw ShellError.workspace("the imported rows sha256:\(hash) are missing from the workspace")
    }
    guard SHA256.hex(Array(csv.utf8)) == hash else {
      throw ShellError.workspace("the imported rows sha256:\(hash) do not match their hash")
    }
    return .addMetrics(try canonicalRows(csv))
  }

  /// Parses canonical CSV (`platform,week,followers,reach,impressions,engagements`), as this
  /// file writes it: one pass over the UTF-8 bytes, no quoting to handle (a brand with 100,000
  /// imported rows reads them back at every open).
  static func canonicalRows(_ csv: String) throws -> [MetricsRecord] {
    var records: [MetricsRecord] = []
    var text = csv
    var failure: String?
    let platforms = Dictionary(
      uniqueKeysWithValues: Platform.allCases.map { (Array($0.rawValue.utf8), $0) })
    try text.withUTF8 { bytes in
      var lineStart = bytes.firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count  // the header
      while lineStart < bytes.count {
        var lineEnd = lineStart
        while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
        defer { lineStart = lineEnd + 1 }
        MetricsWork.touch()
        if lineEnd == lineStart { continue }
        var cells: [Range<Int>] = []
        var cellStart = lineStart
        for index in lineStart..<lineEnd where bytes[index] == 0x2C {
          cells.append(cellStart..<index)
          cellStart = index + 1
        }
        cells.append(cellStart..<lineEnd)
        func number(_ range: Range<Int>) -> Int? {
          guard !range.isEmpty, range.count < 19 else { return nil }
          var value = 0
          for index in range {
            let digit = Int(bytes[index]) - 0x30
            guard digit >= 0 && digit <= 9 else { return nil }
            value = value * 10 + digit
          }
          return value
        }
        // The week as written: YYYY-Www.
        func week(_ range: Range<Int>) -> ISOWeek? {
          guard range.count == 8, bytes[range.lowerBound + 4] == 0x2D,
            bytes[range.lowerBound + 5] == 0x57,
            let year = number(range.lowerBound..<(range.lowerBound + 4)),
            let week = number((range.lowerBound + 6)..<range.upperBound)
          else { return nil }
          return try? ISOWeek(year: year, week: week)
        }
        guard cells.count == 6,
          let platform = platforms[Array(bytes[cells[0]])],
          let isoWeek = week(cells[1]),
          let followers = number(cells[2]), let reach = number(cells[3]),
          let impressions = number(cells[4]), let engagements = number(cells[5])
        else {
          failure = String(decoding: bytes[lineStart..<min(lineEnd, lineStart + 80)], as: UTF8.self)
          return
        }
        records.append(
          try MetricsRecord(
            platform: platform, week: isoWeek, followers: followers, reach: reach,
            impressions: impressions, engagements: engagements))
      }
    }
    if let failure {
      throw ShellError.workspace("an imported row does not read back: \(failure)")
    }
    return records
  }
}
