/// Word wrapping for terminal output at a given width.
public enum TextWrap {
  /// Wraps `text` into lines of at most `width` characters, the first prefixed by
  /// `firstIndent`, the others by `indent`. Words longer than a line are kept whole.
  public static func wrap(_ text: String, width: Int, firstIndent: String = "", indent: String = "")
    -> [String]
  {
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = lines.isEmpty ? firstIndent : indent
      var lineHasWord = false
      for word in paragraph.split(separator: " ") {
        if lineHasWord && line.count + 1 + word.count > width {
          lines.append(line)
          line = indent
          lineHasWord = false
        }
        line += (lineHasWord ? " " : "") + word
        lineHasWord = true
      }
      lines.append(line)
    }
    return lines
  }

  /// `text` padded with spaces to `width` terminal columns.
  public static func pad(_ text: String, to width: Int) -> String {
    let columns = TextWidth.columns(text)
    return columns >= width ? text : text + String(repeating: " ", count: width - columns)
  }
}
