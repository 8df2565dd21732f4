/// Finds, as physical lines are appended, whether the text so far is complete, inside a `"""`
/// block or continued by a trailing backslash — giving what ``Tokenizer/openness(of:)`` gives
/// on the whole text, while scanning each appended scalar once (so assembly is linear).
///
/// It keeps where a re-scan would have to start: after an open block, the end of the text
/// (a line break cannot be part of a closing `"""`); after a trailing backslash, the first
/// construct that began in the last two scalars kept, since the next line may complete it
/// (`""` + `"…` is a `"""`).
struct OpennessScanner {
  /// The text so far, as Unicode scalars.
  private(set) var scalars: [Unicode.Scalar] = []
  /// Where the next scan starts.
  private var resume = 0
  /// Whether that point is inside a `"""` block.
  private var inBlock = false
  /// Whether that point is inside a word (an apostrophe there is a letter, not a quote).
  private var resumeInWord = false
  /// How many scalars the scans looked at, in all (for the test that assembly is linear).
  private(set) var scanned = 0

  /// Appends `text` and scans what is new.
  /// - Throws: ``ShellError/unterminatedQuote(_:column:)`` for a `"` or `'` left open.
  mutating func append(_ text: String) throws(ShellError) -> Tokenizer.Openness {
    scalars.append(contentsOf: text.unicodeScalars)
    return try scan()
  }

  /// Appends the line break that separates the lines of an open block.
  mutating func appendLineBreak() {
    scalars.append("\n")
  }

  /// Drops the trailing backslash that joins this line to the next one.
  mutating func dropTrailingBackslash() {
    scalars.removeLast()
  }

  private func isTripleQuote(at position: Int) -> Bool {
    position + 2 < scalars.count && scalars[position] == "\""
      && scalars[position + 1] == "\"" && scalars[position + 2] == "\""
  }

  private mutating func scan() throws(ShellError) -> Tokenizer.Openness {
    var index = resume
    let end = scalars.count
    scanned += end - resume
    var inWord = resumeInWord
    if inBlock {
      while index < end && !isTripleQuote(at: index) { index += 1 }
      if index == end {
        resume = end
        return .openTextBlock
      }
      inBlock = false
      index += 3
      inWord = true
    }
    // The starts of the last constructs seen (and whether each began inside a word), for the
    // re-scan after a trailing backslash.
    var recentStarts = [(index: Int, inWord: Bool)](repeating: (0, false), count: 3)
    var seen = 0
    while index < end {
      recentStarts[seen % 3] = (index, inWord)
      seen += 1
      let scalar = scalars[index]
      if ApostropheRule.isWhitespace(scalar) {
        inWord = false
        index += 1
        continue
      }
      let startsWord = !inWord
      inWord = true
      if isTripleQuote(at: index) {
        index += 3
        while index < end && !isTripleQuote(at: index) { index += 1 }
        if index == end {
          inBlock = true
          resume = end
          return .openTextBlock
        }
        index += 3
        continue
      }
      if scalar == "'" && !startsWord {
        index += 1
        continue
      }
      if scalar == "\"" || scalar == "'" {
        let open = index
        index += 1
        var closed = false
        while index < end {
          let next = scalars[index]
          index += 1
          if next == scalar
            && (scalar == "\"" || ApostropheRule.closes(before: index < end ? scalars[index] : nil))
          {
            closed = true
            break
          }
          if next == "\\" && index < end { index += 1 }
        }
        if !closed {
          throw ShellError.unterminatedQuote(String(scalar), column: column(of: open))
        }
        continue
      }
      if scalar == "\\" {
        if index + 1 == end {
          // The backslash goes; a construct that began just before it may go on.
          let kept = end - 1
          resume = kept
          resumeInWord = recentStarts[(seen - 1) % 3].inWord
          for start in recentStarts.prefix(min(seen, 3))
          where start.index >= kept - 2 && start.index < resume {
            resume = start.index
            resumeInWord = start.inWord
          }
          return .trailingBackslash
        }
        index += 2
        continue
      }
      index += 1
    }
    return .complete
  }

  /// Column (1-based, in characters of the line it sits on) of a scalar index.
  private func column(of position: Int) -> Int {
    var start = position
    while start > 0 && scalars[start - 1] != "\n" { start -= 1 }
    var text = String.UnicodeScalarView()
    text.append(contentsOf: scalars[start..<position])
    return String(text).count + 1
  }
}
