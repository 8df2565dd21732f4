/// Word wrapping for terminal output at a given width.
package enum TextWrap {
  /// Wraps `text` into lines of at most `width` characters, the first prefixed by
  /// `firstIndent`, the others by `indent`. Words longer than a line are kept whole.
  package static func wrap(
    _ text: String, width: Int, firstIndent: String = "", indent: String = ""
  )
    -> [String]
  {
    var lines: [String] = []
    let indentColumns = TextWidth.columns(indent)
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = lines.isEmpty ? firstIndent : indent
      var columns = TextWidth.columns(line)
      var lineHasWord = false
      for word in words(of: paragraph) {
        let wordColumns = TextWidth.columns(word)
        if lineHasWord && columns + 1 + wordColumns > width {
          lines.append(line)
          line = indent
          columns = indentColumns
          lineHasWord = false
        }
        line += (lineHasWord ? " " : "") + word
        columns += (lineHasWord ? 1 : 0) + wordColumns
        lineHasWord = true
      }
      lines.append(line)
    }
    return lines
  }

  /// `line` as it fits in `width` terminal columns: as it is when it fits, else wrapped at word
  /// boundaries, each further line indented two more than the line itself (a word wider than a
  /// line stays whole, and the terminal folds it).
  package static func fit(_ line: String, width: Int) -> [String] {
    guard width > 0, TextWidth.columns(line) > width else { return [line] }
    let leading = line.prefix(while: { $0 == " " }).count
    let indent = String(repeating: " ", count: min(leading, width / 2))
    return wrap(
      String(line.dropFirst(leading)), width: width, firstIndent: indent, indent: indent + "  ")
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
  package static func pad(_ text: String, to width: Int) -> String {
    let columns = TextWidth.columns(text)
    return columns >= width ? text : text + String(repeating: " ", count: width - columns)
  }
}
