/// JSON text written by hand, for the lines printed once per input line (`smm count --lines
/// --json`), where Foundation's `JSONEncoder` cost more than the work it reports. Written as
/// UTF-8 bytes, appended where the line goes.
///
/// The bytes are those `JSONOutput.compact` writes for the same value: strings escaped as
/// `JSONEncoder` escapes them (`\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, other C0 controls as
/// `\u00xx`, `/` left as it is), then DEL and the C1 controls as `\u00xx` (`JSONOutput.inert`).
/// `JSONTextTests` compares the two on every control character.
package enum JSONText {
  /// Appends `value` to `out` as a JSON string literal.
  package static func appendString(_ value: String, to out: inout [UInt8]) {
    out.append(0x22)
    // Most strings need no escape: copy them whole.
    if !value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 >= 0x7F }) {
      out.append(contentsOf: value.utf8)
      out.append(0x22)
      return
    }
    for scalar in value.unicodeScalars {
      switch scalar.value {
      case 0x22: out.append(contentsOf: [0x5C, 0x22])
      case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
      case 0x08: out.append(contentsOf: [0x5C, 0x62])
      case 0x0C: out.append(contentsOf: [0x5C, 0x66])
      case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
      case 0x0D: out.append(contentsOf: [0x5C, 0x72])
      case 0x09: out.append(contentsOf: [0x5C, 0x74])
      case 0..<0x20, 0x7F...0x9F:
        out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30])
        out.append(hexDigit(scalar.value >> 4))
        out.append(hexDigit(scalar.value & 0xF))
      default:
        UTF8.encode(scalar) { out.append($0) }
      }
    }
    out.append(0x22)
  }

  /// Appends `value` to `out` as a JSON number.
  package static func appendInt(_ value: Int, to out: inout [UInt8]) {
    if value >= 0 && value < 10 {
      out.append(0x30 + UInt8(value))
      return
    }
    out.append(contentsOf: String(value).utf8)
  }

  /// Appends `text`, ASCII punctuation and key names, as it is.
  package static func appendRaw(_ text: StaticString, to out: inout [UInt8]) {
    out.append(
      contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  private static func hexDigit(_ value: UInt32) -> UInt8 {
    UInt8(value < 10 ? 0x30 + value : 0x61 + value - 10)
  }
}
