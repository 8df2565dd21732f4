/// The one rule for control characters in text a user gives (typed or scripted lines, free
/// text, CSV cells): C0 controls other than TAB and line feed, DEL and the C1 controls
/// U+0080–U+009F are refused, because they would not read back or would act on a terminal.
///
/// TAB is kept: a pasted tab is ordinary white space between words and harmless inside a value.
/// Line feed is kept too: it only reaches a logical line inside a `"""` block (or a CSV cell
/// in quotes), where it is part of the text.
public enum ControlCharacters {
  /// A forbidden character and where it is.
  public struct Found: Equatable, Sendable {
    /// The character.
    public var scalar: Unicode.Scalar
    /// The 1-based line within the text (the physical line of a `"""` block).
    public var line: Int
    /// The 1-based column within that line, in characters.
    public var column: Int

    /// Creates a finding.
    public init(scalar: Unicode.Scalar, line: Int, column: Int) {
      self.scalar = scalar
      self.line = line
      self.column = column
    }

    /// `U+001B ESC`: the code point and the character's abbreviation.
    public var name: String { ControlCharacters.name(of: scalar) }
  }

  /// Whether `scalar` is refused in user text (line feed and TAB are allowed).
  public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x20 { return value != 0x09 && value != 0x0A }
    return value >= 0x7F && value <= 0x9F
  }

  /// Whether `scalar` is any control character (C0, DEL or C1), allowed or not.
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F)
  }

  /// The first forbidden character of `text`, with its line and column; nil when the text is
  /// clean. Fast for the common case: one pass over the UTF-8 bytes.
  public static func firstForbidden(in text: String) -> Found? {
    // C1 controls are encoded as C2 80...C2 9F; C0 and DEL are single bytes.
    var suspect = false
    for byte in text.utf8 where byte < 0x20 || byte == 0x7F || byte == 0xC2 {
      if byte == 0x09 || byte == 0x0A { continue }
      suspect = true
      break
    }
    guard suspect else { return nil }
    var line = 1
    var column = 1
    var lineStart = text.startIndex
    for index in text.unicodeScalars.indices {
      let scalar = text.unicodeScalars[index]
      if scalar == "\n" {
        line += 1
        lineStart = text.unicodeScalars.index(after: index)
        continue
      }
      if isForbidden(scalar) {
        column = text[lineStart..<index].count + 1
        return Found(scalar: scalar, line: line, column: column)
      }
    }
    return nil
  }

  /// `U+0000 NUL`, `U+001B ESC`, `U+009B CSI`: how an error names a control character.
  public static func name(of scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    guard let abbreviation = abbreviation(of: scalar) else { return code }
    return code + " " + abbreviation
  }

  /// The standard abbreviation of a C0, DEL or C1 control (`ESC`, `DEL`, `NEL`), else nil.
  public static func abbreviation(of scalar: Unicode.Scalar) -> String? {
    let value = Int(scalar.value)
    if value < 0x20 { return c0Names[value] }
    if value == 0x7F { return "DEL" }
    if value >= 0x80 && value <= 0x9F { return c1Names[value - 0x80] }
    return nil
  }

  private static let c0Names = [
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR",
    "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB",
    "ESC", "FS", "GS", "RS", "US",
  ]

  private static let c1Names = [
    "PAD", "HOP", "BPH", "NBH", "IND", "NEL", "SSA", "ESA", "HTS", "HTJ", "VTS", "PLD", "PLU",
    "RI", "SS2", "SS3", "DCS", "PU1", "PU2", "STS", "CCH", "MW", "SPA", "EPA", "SOS", "SGCI",
    "SCI", "CSI", "ST", "OSC", "PM", "APC",
  ]
}
