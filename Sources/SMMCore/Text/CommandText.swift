/// Writes values as arguments the shell's tokenizer reads back unchanged, so the domain can
/// spell out exact commands (`/crisis drill "food poisoning"`).
public enum CommandText {
  /// `acme` stays as is; `Chez Paul` becomes `"Chez Paul"`; quotes and backslashes are escaped.
  public static func quote(_ value: String) -> String {
    if !value.isEmpty && !value.hasPrefix("--") && !value.hasPrefix("#")
      && value.unicodeScalars.allSatisfy(isPlain)
    {
      return value
    }
    var out = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 {
      return scalar.value > 0x20 && scalar.value != 0x7F && scalar != "\"" && scalar != "'"
        && scalar != "\\"
    }
    if scalar.properties.isWhitespace { return false }
    switch scalar {
    case "\"", "'", "\\": return false
    default: return scalar.properties.generalCategory != .control
    }
  }
}
