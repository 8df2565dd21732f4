/// Why one row of a watch input could not be read; the reader goes on with the next row.
public enum WatchRowProblem: Error, Equatable, Sendable {
  /// The first rows fit none of the formats.
  case unknownFormat
  /// A JSON row (or array element) that is not valid JSON.
  case notJSON
  /// A CSV header without a column the format needs.
  case missingColumn(String)
  /// A row without a field the format needs.
  case missingField(String)
  /// A time that is not ISO 8601.
  case badTime(String)
  /// A count that is not a number at least 0.
  case badValue(String)
  /// A row with fewer fields than its header.
  case shortRow(expected: Int, found: Int)
  /// The input ended inside a quoted CSV field or a JSON array.
  case unfinished

  /// The reason as a phrase of the catalogs (`watch.problem.*`).
  public var phrase: Phrase {
    switch self {
    case .unknownFormat:
      Phrase(
        "watch.problem.unknownFormat",
        text: ["formats": WatchFormat.allCases.map(\.rawValue).joined(separator: ", ")])
    case .notJSON: Phrase("watch.problem.notJSON")
    case .missingColumn(let name): Phrase("watch.problem.missingColumn", text: ["name": name])
    case .missingField(let name): Phrase("watch.problem.missingField", text: ["name": name])
    case .badTime(let text):
      Phrase("watch.problem.badTime", text: ["text": String(text.prefix(40))])
    case .badValue(let text):
      Phrase("watch.problem.badValue", text: ["text": String(text.prefix(40))])
    case .shortRow(let expected, let found):
      Phrase(
        "watch.problem.shortRow", text: ["expected": String(expected), "found": String(found)])
    case .unfinished: Phrase("watch.problem.unfinished")
    }
  }
}
