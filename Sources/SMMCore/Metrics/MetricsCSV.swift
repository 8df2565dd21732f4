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
  public static func parse(_ text: String) throws(SMMCoreError) -> [MetricsRecord] {
    try parseWithWarnings(text).records
  }

  /// The records of `text`, in file order, with the warnings of each row (prefixed `row N: `).
  /// - Throws: ``SMMCoreError/invalidMessage(_:)`` naming the row and column to fix.
  public static func parseWithWarnings(_ text: String) throws(SMMCoreError) -> (
    records: [MetricsRecord], warnings: [Phrase]
  ) {
    var scalars = Substring(text).unicodeScalars
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    let body = String(scalars)
    let required = MetricsRecord.fieldNames
    let columns = required.joined(separator: ", ")

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
      throw fail("error.csv.header", ["columns": .text(columns), "line": .text(headerLine)])
    }

    let parsed = tokenize(body, delimiter: delimiter)
    if let open = parsed.unclosedQuoteRow {
      throw fail("error.csv.unclosedQuote", ["row": .number(open)])
    }
    guard let header = parsed.rows.first else {
      throw fail("error.csv.empty", ["columns": .text(columns)])
    }
    let names = header.fields.map(normal)
    if let bad = firstControlCharacter(in: parsed.rows, header: header) { throw bad }
    var columnOf: [String: Int] = [:]
    for name in required {
      let positions = names.indices.filter { names[$0] == name }
      if positions.count > 1 {
        throw fail(
          "error.csv.repeatedColumn",
          [
            "name": .text(name), "count": .number(positions.count),
            "positions": .phrase(joinedWithAnd(positions.map { String($0 + 1) })),
          ])
      }
      columnOf[name] = positions.first
    }
    let missing = required.filter { columnOf[$0] == nil }
    if !missing.isEmpty {
      throw fail(
        "error.csv.missingColumns",
        [
          "count": .number(missing.count), "missing": .text(missing.joined(separator: ", ")),
          "columns": .text(columns),
        ])
    }

    // Where each required column is, in `required` order (all present now).
    let positions = required.compactMap { columnOf[$0] }

    var records: [MetricsRecord] = []
    var warnings: [Phrase] = []
    var rowOf: [MetricsKey: Int] = [:]
    for row in parsed.rows.dropFirst() {
      MetricsWork.touch()
      if row.fields.allSatisfy({ MetricsRecord.trimmed($0).isEmpty }) { continue }
      if row.fields.count != names.count {
        let short = row.fields.count < names.count
        let column =
          short
          ? zip(required, positions).filter { $0.1 >= row.fields.count }.min { $0.1 < $1.1 }
            .map { Phrase.Value.phrase(Phrase("error.csv.column", text: ["column": $0.0])) }
            ?? .text("")
          : .text("")
        throw fail(
          short ? "error.csv.shortRow" : "error.csv.longRow",
          [
            "row": .number(row.number), "column": column, "fields": .number(row.fields.count),
            "header": .number(names.count),
          ])
      }
      switch MetricsRecord.read(fields: positions.map { row.fields[$0] }) {
      case .failure(let problem):
        throw fail(
          "error.csv.field",
          [
            "row": .number(row.number), "column": .text(problem.column),
            "problem": .phrase(problem.message),
          ])
      case .success(let record):
        let key = MetricsKey(platform: record.platform, week: record.week)
        if let first = rowOf[key] {
          throw fail(
            "error.csv.duplicate",
            [
              "first": .number(first), "row": .number(row.number),
              "platform": .text(record.platform.rawValue), "week": .text(record.week.description),
            ])
        }
        rowOf[key] = row.number
        records.append(record)
        warnings += record.warnings.map {
          Phrase("metrics.warning.row", ["row": .number(row.number), "warning": .phrase($0)])
        }
      }
    }
    return (records, warnings)
  }

  /// The error for the first cell holding a control character the shell refuses (see
  /// ``ControlCharacters``; line breaks inside a quoted cell, tabs and CR are allowed).
  private static func firstControlCharacter(in rows: [Row], header: Row) -> SMMCoreError? {
    for row in rows {
      for (index, field) in row.fields.enumerated() {
        guard
          let scalar = field.unicodeScalars.first(where: {
            $0 != "\r" && ControlCharacters.isForbidden($0)
          })
        else { continue }
        let name = index < header.fields.count ? MetricsRecord.trimmed(header.fields[index]) : ""
        let column =
          name.isEmpty || name.unicodeScalars.contains(where: ControlCharacters.isControl)
          ? String(index + 1) : name
        return fail(
          "error.csv.controlCharacter",
          [
            "row": .number(row.number), "column": .text(column),
            "name": .text(ControlCharacters.name(of: scalar)),
          ])
      }
    }
    return nil
  }

  private struct MetricsKey: Hashable {
    var platform: Platform
    var week: ISOWeek
  }

  private static func fail(_ key: String, _ values: [String: Phrase.Value]) -> SMMCoreError {
    .invalidMessage(Phrase(key, values))
  }

  /// `2 and 5 and 7`, joined with the language's "and".
  private static func joinedWithAnd(_ items: [String]) -> Phrase {
    guard var phrase = items.first.map({ Phrase.verbatim($0) }) else { return .verbatim("") }
    for item in items.dropFirst() {
      phrase = Phrase("error.csv.and", ["a": .phrase(phrase), "b": .text(item)])
    }
    return phrase
  }

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
