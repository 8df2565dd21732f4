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
      for word in words(of: paragraph) {
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

  /// The words of a paragraph, where a lone `:`, `;`, `?`, `!`, `»` or `%` (or `»)`, `%,`…)
  /// stays with the word before it (French puts a space before them: "80 %"; a line never starts
  /// with one), and a lone `«` with the word after it.
  static func words(of paragraph: Substring) -> [String] {
    var words: [String] = []
    var openQuote = false
    for piece in paragraph.split(separator: " ") {
      if let first = piece.first, ":;?!»%".contains(first),
        piece.allSatisfy({ !$0.isLetter && !$0.isNumber }), let last = words.popLast()
      {
        words.append(last + " " + piece)
      } else if piece == "«" {
        words.append(String(piece))
        openQuote = true
        continue
      } else if openQuote, let last = words.popLast() {
        words.append(last + " " + piece)
      } else {
        words.append(String(piece))
      }
      openQuote = false
    }
    return words
  }

  /// `text` padded with spaces to `width` terminal columns.
  public static func pad(_ text: String, to width: Int) -> String {
    let columns = TextWidth.columns(text)
    return columns >= width ? text : text + String(repeating: " ", count: width - columns)
  }
}
