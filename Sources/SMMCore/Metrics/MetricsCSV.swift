/// Imports weekly metrics from a CSV export, all or nothing.
///
/// The header (row 1) names the columns `platform, week, followers, reach, impressions,
/// engagements` in any order and any case; other columns are ignored. The delimiter is a comma,
/// a semicolon (French Excel exports) or a tab, whichever the header uses. Fields may be quoted
/// as RFC 4180 says (`""` for a quote inside quotes); a quoted number may carry thousands
/// separators (`"12,000"`). A UTF-8 byte-order mark is skipped, CRLF and LF line ends both work,
/// and blank rows are ignored.
///
/// Either every row is valid and every record is returned, or one error names the first bad
/// row (1-based, the header being row 1), its column and how to fix it — and nothing is returned.
public enum MetricsCSV {
  /// The records of `text`, in file order.
  /// - Throws: ``SMMCoreError/invalidMessage(_:)`` naming the row and column to fix.
  public static func parse(_ text: String) throws -> [MetricsRecord] {
    try parseWithWarnings(text).records
  }

  /// The records of `text`, in file order, with the warnings of each row (prefixed `row N: `).
  /// - Throws: ``SMMCoreError/invalidMessage(_:)`` naming the row and column to fix.
  public static func parseWithWarnings(_ text: String) throws -> (
    records: [MetricsRecord], warnings: [String]
  ) {
    var scalars = Substring(text).unicodeScalars
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    let body = String(scalars)
    let required = MetricsRecord.fieldNames

    // The delimiter is the one under which the header names the most required columns.
    let headerLine = String(body.unicodeScalars.prefix { $0 != "\n" && $0 != "\r" })
    var best: (delimiter: Unicode.Scalar, found: Int)?
    for delimiter: Unicode.Scalar in [",", ";", "\t"] {
      let names = Set(
        tokenize(headerLine, delimiter: delimiter).rows.first?.fields.map(normal) ?? [])
      let found = required.filter(names.contains).count
      if found > 0, found > best?.found ?? 0 { best = (delimiter, found) }
    }
    guard let delimiter = best?.delimiter else {
      throw fail(
        "the header must name the columns \(required.joined(separator: ", ")), separated by commas "
          + "(semicolons or tabs also work); row 1 reads \"\(headerLine)\". Nothing was imported.")
    }

    let parsed = tokenize(body, delimiter: delimiter)
    if let open = parsed.unclosedQuoteRow {
      throw fail(
        "row \(open): a quoted field is never closed; add the closing \" (write \"\" for a quote "
          + "inside quotes). Nothing was imported.")
    }
    guard let header = parsed.rows.first else {
      throw fail(
        "the file is empty; its first row must name the columns \(required.joined(separator: ", "))"
      )
    }
    let names = header.fields.map(normal)
    var columnOf: [String: Int] = [:]
    for name in required {
      let positions = names.indices.filter { names[$0] == name }
      if positions.count > 1 {
        throw fail(
          "row 1: the column \(name) appears \(positions.count) times (columns "
            + positions.map { String($0 + 1) }.joined(separator: " and ")
            + "); keep one. Nothing was imported.")
      }
      columnOf[name] = positions.first
    }
    let missing = required.filter { columnOf[$0] == nil }
    if !missing.isEmpty {
      throw fail(
        "row 1: the header lacks the column\(missing.count > 1 ? "s" : "") "
          + missing.joined(separator: ", ") + "; add \(missing.count > 1 ? "them" : "it") (the "
          + "columns needed are \(required.joined(separator: ", "))). Nothing was imported.")
    }

    // Where each required column is, in `required` order (all present now).
    let positions = required.compactMap { columnOf[$0] }

    var records: [MetricsRecord] = []
    var warnings: [String] = []
    var rowOf: [MetricsKey: Int] = [:]
    for row in parsed.rows.dropFirst() {
      if row.fields.allSatisfy({ MetricsRecord.trimmed($0).isEmpty }) { continue }
      if row.fields.count != names.count {
        let short = row.fields.count < names.count
        let column =
          short
          ? zip(required, positions).filter { $0.1 >= row.fields.count }.min { $0.1 < $1.1 }
            .map { ", column \($0.0)" } ?? ""
          : ""
        throw fail(
          "row \(row.number)\(column): the row has \(row.fields.count) fields but the header has "
            + "\(names.count); "
            + (short
              ? "fill in the missing values"
              : "a number with a thousands separator must be in quotes, like \"12,000\"")
            + ". Nothing was imported.")
      }
      switch MetricsRecord.read(fields: positions.map { row.fields[$0] }) {
      case .failure(let problem):
        throw fail(
          "row \(row.number), column \(problem.column): \(problem.message). Nothing was imported.")
      case .success(let record):
        let key = MetricsKey(platform: record.platform, week: record.week)
        if let first = rowOf[key] {
          throw fail(
            "rows \(first) and \(row.number) both give \(record.platform.rawValue) \(record.week); "
              + "keep one of them. Nothing was imported.")
        }
        rowOf[key] = row.number
        records.append(record)
        warnings += record.warnings.map { "row \(row.number): \($0)" }
      }
    }
    return (records, warnings)
  }

  private struct MetricsKey: Hashable {
    var platform: Platform
    var week: ISOWeek
  }

  private static func fail(_ message: String) -> SMMCoreError { .invalidMessage(message) }

  private static func normal(_ name: String) -> String { MetricsRecord.trimmed(name).lowercased() }

  struct Row {
    /// 1-based, the header being row 1; blank rows count, so it matches a spreadsheet's numbers.
    var number: Int
    var fields: [String]
  }

  /// Splits `text` into rows of fields (RFC 4180), numbered from 1; a line break inside quotes
  /// belongs to its field and does not start a row.
  static func tokenize(_ text: String, delimiter: Unicode.Scalar) -> (
    rows: [Row], unclosedQuoteRow: Int?
  ) {
    var rows: [Row] = []
    var fields: [String] = []
    var field = String.UnicodeScalarView()
    var inQuotes = false
    var rowNumber = 1
    var pendingCR = false
    var iterator = text.unicodeScalars.makeIterator()
    var lookahead: Unicode.Scalar? = iterator.next()

    func endRow() {
      fields.append(String(field))
      field = String.UnicodeScalarView()
      rows.append(Row(number: rowNumber, fields: fields))
      fields = []
      rowNumber += 1
    }

    while let scalar = lookahead {
      lookahead = iterator.next()
      if pendingCR {
        pendingCR = false
        if scalar == "\n", !inQuotes { continue }
      }
      if inQuotes {
        if scalar == "\"" {
          if lookahead == "\"" {
            field.append("\"")
            lookahead = iterator.next()
          } else {
            inQuotes = false
          }
        } else {
          field.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"" where MetricsRecord.trimmed(String(field)).isEmpty:
        field = String.UnicodeScalarView()
        inQuotes = true
      case delimiter:
        fields.append(String(field))
        field = String.UnicodeScalarView()
      case "\r", "\n":
        endRow()
        pendingCR = scalar == "\r"
      default:
        field.append(scalar)
      }
    }
    if inQuotes { return (rows, rowNumber) }
    if !field.isEmpty || !fields.isEmpty { endRow() }
    return (rows, nil)
  }
}
