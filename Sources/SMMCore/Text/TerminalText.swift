/// Makes text safe to show on a terminal: control characters that came from a user or a file
/// are shown as visible, inert characters instead of acting on the terminal.
///
/// - C0 controls (other than TAB and line feed) become their Unicode Control Picture
///   (U+2400–U+241F): ESC shows as `␛`, NUL as `␀`, CR as `␍`.
/// - DEL becomes `␡` (U+2421).
/// - C1 controls (U+0080–U+009F) become `\u{9B}`-style text, as Swift writes them.
///
/// TAB and line feed pass unchanged: the shell's own layout uses them. The shell adds its own
/// colour codes after this step, so they still work.
public enum TerminalText {
  /// `text` with every control character but TAB and line feed made visible.
  public static func inert(_ text: String) -> String {
    guard needsWork(text) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      appendInert(scalar, to: &out)
    }
    return String(out)
  }

  /// Whether `text` holds a character that ``inert(_:)`` changes.
  public static func needsWork(_ text: String) -> Bool {
    text.utf8.contains { byte in
      (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F || byte == 0xC2
    } && text.unicodeScalars.contains(where: changes)
  }

  private static func changes(_ scalar: Unicode.Scalar) -> Bool {
    ControlCharacters.isControl(scalar) && scalar != "\t" && scalar != "\n"
  }

  private static func appendInert(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView)
  {
    let value = scalar.value
    guard changes(scalar) else {
      out.append(scalar)
      return
    }
    if value < 0x20, let picture = Unicode.Scalar(0x2400 + value) {
      out.append(picture)
    } else if value == 0x7F {
      out.append("\u{2421}")
    } else {
      out.append(contentsOf: "\\u{\(String(value, radix: 16, uppercase: true))}".unicodeScalars)
    }
  }
}
