import Foundation
import SMMCore

/// The one way smm writes JSON: `JSONEncoder`, keys sorted so the text is deterministic,
/// slashes left as they are, and every control character (DEL and C1 too, which the encoder
/// leaves raw) as `\u00XX`, so the JSON is inert on a terminal.
package enum JSONOutput {
  /// `value` on one line (a `--json` line, its `data`).
  package static func compact(_ value: some Encodable) -> String {
    encode(value, formatting: [.sortedKeys, .withoutEscapingSlashes])
  }

  /// `value` indented (an export file).
  package static func pretty(_ value: some Encodable) -> String {
    encode(value, formatting: [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted])
  }

  private static func encode(
    _ value: some Encodable, formatting: JSONEncoder.OutputFormatting
  ) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = formatting
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
    // Every value smm encodes is made of strings, numbers, booleans, lists and records with
    // string keys: encoding cannot fail.
    guard let data = try? encoder.encode(value) else { return "null" }
    return inert(String(decoding: data, as: UTF8.self))
  }

  /// `json` with the control characters JSONEncoder leaves raw written as `\u00XX` escapes:
  /// outside strings JSON text is plain ASCII (and the line breaks of indented output), so
  /// each one sits inside a string literal.
  static func inert(_ json: String) -> String {
    func raw(_ scalar: Unicode.Scalar) -> Bool {
      scalar != "\n" && ControlCharacters.isControl(scalar)
    }
    guard json.unicodeScalars.contains(where: raw) else { return json }
    var out = ""
    for scalar in json.unicodeScalars {
      if raw(scalar) {
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
