/// JSON text written by hand, for the lines printed once per input line (`smm count --lines
/// --json`), where Foundation's `JSONEncoder` cost more than the work it reports.
///
/// The bytes are those `JSONOutput.compact` writes for the same value: strings escaped as
/// `JSONEncoder` escapes them (`\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, other C0 controls as
/// `\u00xx`, `/` left as it is), then DEL and the C1 controls as `\u00xx` (`JSONOutput.inert`).
/// `JSONTextTests` compares the two on every control character.
package enum JSONText {
  /// Appends `value` to `out` as a JSON string literal.
  package static func appendString(_ value: String, to out: inout String) {
    out.append("\"")
    // Most strings need no escape: copy them whole.
    if !value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 >= 0x7F }) {
      out.append(value)
      out.append("\"")
      return
    }
    for scalar in value.unicodeScalars {
      switch scalar.value {
      case 0x22: out.append("\\\"")
      case 0x5C: out.append("\\\\")
      case 0x08: out.append("\\b")
      case 0x0C: out.append("\\f")
      case 0x0A: out.append("\\n")
      case 0x0D: out.append("\\r")
      case 0x09: out.append("\\t")
      case 0..<0x20, 0x7F...0x9F:
        out.append("\\u00")
        out.unicodeScalars.append(hexDigit(scalar.value >> 4))
        out.unicodeScalars.append(hexDigit(scalar.value & 0xF))
      default:
        out.unicodeScalars.append(scalar)
      }
    }
    out.append("\"")
  }

  /// Appends `value` to `out` as a JSON number.
  package static func appendInt(_ value: Int, to out: inout String) {
    out.append(String(value))
  }

  private static func hexDigit(_ value: UInt32) -> Unicode.Scalar {
    Unicode.Scalar(value < 10 ? 0x30 + value : 0x61 + value - 10) ?? "0"
  }
}
