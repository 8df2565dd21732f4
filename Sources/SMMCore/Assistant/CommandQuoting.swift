/// Writes an argument so the shell's tokenizer reads it back whole: `acme` stays as is,
/// `Acme Corp` becomes `"Acme Corp"`, quotes and backslashes are escaped. The same rule as the
/// shell's own canonical form, without depending on the shell.
enum CommandQuoting {
  /// The argument, quoted when it needs to be.
  static func quote(_ value: String) -> String {
    let plain =
      !value.isEmpty && !value.hasPrefix("--") && !value.hasPrefix("#")
      && value.unicodeScalars.allSatisfy { scalar in
        switch scalar {
        case "\"", "'", "\\": return false
        default:
          return !scalar.properties.isWhitespace && scalar.value > 0x20 && scalar.value != 0x7F
            && scalar.properties.generalCategory != .control
        }
      }
    if plain { return value }
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
}
