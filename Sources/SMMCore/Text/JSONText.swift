/// JSON string literals, for the JSON the domain and the shell write by hand (ordered keys).
public enum JSONText {
  /// `text` as a JSON string literal: quotes and backslashes escaped, line breaks and tabs as
  /// `\n`, `\r`, `\t`, other control characters (C0, DEL and C1) as `\u00XX`, so the JSON is
  /// inert on a terminal too.
  public static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if ControlCharacters.isControl(scalar) {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
