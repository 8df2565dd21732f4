import SMMCore

/// A JSON value whose objects keep their keys in the order given, written deterministically.
public indirect enum JSONValue: Equatable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.text() == rhs.text()
  }

  /// A string, or null.
  static func string(_ value: String?) -> JSONValue {
    value.map { .string($0) } ?? .null
  }

  /// The value as JSON text, pretty-printed with two-space indents.
  public func text(indent: String = "") -> String {
    let inner = indent + "  "
    switch self {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .number(let value):
      return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    case .string(let value): return JSONText.quoted(value)
    case .array(let items):
      if items.isEmpty { return "[]" }
      if items.allSatisfy({ if case .string = $0 { return true } else { return false } }) {
        return "[" + items.map { $0.text() }.joined(separator: ", ") + "]"
      }
      return "[\n" + items.map { inner + $0.text(indent: inner) }.joined(separator: ",\n") + "\n"
        + indent + "]"
    case .object(let pairs):
      if pairs.isEmpty { return "{}" }
      return "{\n"
        + pairs.map { inner + JSONText.quoted($0.0) + ": " + $0.1.text(indent: inner) }
        .joined(separator: ",\n") + "\n" + indent + "}"
    }
  }
}
