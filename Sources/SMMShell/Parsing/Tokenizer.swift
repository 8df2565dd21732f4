/// Splits a logical command line into tokens.
///
/// Rules: words are separated by white space; `"…"` and `'…'` quote, with backslash escapes
/// (`\"`, `\'`, `\\`, `\n`, `\t`; any other escaped character stands for itself). An apostrophe
/// is a quote only where a word starts, and the quote it opens closes at the next apostrophe
/// that ends the word (white space or the end of the text after it): elsewhere it is a letter,
/// so `/use Lac d'Annecy` and `/new 'l'équipe'` read as written (see ``ApostropheRule``); `"""` opens
/// text that runs, newlines included, to the next `"""` (one newline right after the opening and
/// one right before the closing are dropped); outside quotes a backslash escapes the next
/// character.
package enum Tokenizer {
  /// What a scan of incomplete input found open at its end.
  package enum Openness: Equatable, Sendable {
    /// The text is a complete line.
    case complete
    /// A `"""` block is open: more lines are needed.
    case openTextBlock
    /// The text ends with a backslash outside quotes: the line continues.
    case trailingBackslash
  }

  /// Tokenizes a complete logical line.
  /// - Throws: ``ShellError/unterminatedQuote(_:column:)`` when a quote is not closed.
  package static func tokenize(_ line: String) throws(ShellError) -> [Token] {
    var scanner = Scanner(Array(line.unicodeScalars))
    return try scanner.run(lenient: false).tokens
  }

  /// Tokenizes a line being typed, for completion: open quotes are accepted.
  /// - Returns: the tokens, and whether the input ends inside a word (no trailing space).
  package static func tokenizePartial(_ line: String) -> (tokens: [Token], endsInWord: Bool) {
    var scanner = Scanner(Array(line.unicodeScalars))
    let result =
      (try? scanner.run(lenient: true)) ?? (tokens: [], endsInWord: false, openness: .complete)
    return (result.tokens, result.endsInWord)
  }

  /// Whether `text` is complete or needs more physical lines.
  /// - Throws: ``ShellError/unterminatedQuote(_:column:)`` for a `"` or `'` left open on a line.
  package static func openness(of text: String) throws(ShellError) -> Openness {
    var scanner = Scanner(Array(text.unicodeScalars))
    return try scanner.run(lenient: false, allowOpenBlock: true).openness
  }
}

/// Where an apostrophe quotes: it opens a quote only at the start of a word, and that quote
/// closes only at an apostrophe followed by white space or the end of the text, so a quote
/// never ends inside a word. Shared by the tokenizer, the line assembler and completion.
enum ApostropheRule {
  /// Whether an apostrophe inside a `'…'` quote, followed by `next`, closes it.
  static func closes(before next: Unicode.Scalar?) -> Bool {
    guard let next else { return true }
    return isWhitespace(next)
  }

  /// White space between words, with a fast path for ASCII.
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 {
      return scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
        || scalar.value == 0x0B || scalar.value == 0x0C
    }
    return scalar.properties.isWhitespace
  }
}

/// The tokenizer's state machine over Unicode scalars.
private struct Scanner {
  let scalars: [Unicode.Scalar]
  var index = 0

  init(_ scalars: [Unicode.Scalar]) {
    self.scalars = scalars
  }

  func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    index + offset < scalars.count ? scalars[index + offset] : nil
  }

  func isTripleQuote(at position: Int) -> Bool {
    position + 2 < scalars.count && scalars[position] == "\""
      && scalars[position + 1] == "\"" && scalars[position + 2] == "\""
  }

  /// Column (1-based, in characters of the line it sits on) of a scalar index.
  func column(of position: Int) -> Int {
    var start = position
    while start > 0 && scalars[start - 1] != "\n" { start -= 1 }
    var text = String.UnicodeScalarView()
    text.append(contentsOf: scalars[start..<position])
    return String(text).count + 1
  }

  mutating func run(lenient: Bool, allowOpenBlock: Bool = false) throws(ShellError) -> (
    tokens: [Token], endsInWord: Bool, openness: Tokenizer.Openness
  ) {
    var tokens: [Token] = []
    var current = String.UnicodeScalarView()
    var inWord = false
    var quoted = false

    func finishWord() {
      if inWord { tokens.append(Token(String(current), wasQuoted: quoted)) }
      current = String.UnicodeScalarView()
      inWord = false
      quoted = false
    }

    while let scalar = peek() {
      if Self.isWhitespace(scalar) {
        finishWord()
        index += 1
        continue
      }
      let startsWord = !inWord
      inWord = true
      if isTripleQuote(at: index) {
        let open = index
        index += 3
        quoted = true
        if peek() == "\n" { index += 1 }
        var body = String.UnicodeScalarView()
        var closed = false
        while index < scalars.count {
          if isTripleQuote(at: index) {
            closed = true
            index += 3
            break
          }
          body.append(scalars[index])
          index += 1
        }
        if !closed {
          if lenient {
            current.append(contentsOf: body)
            return (tokens + [Token(String(current), wasQuoted: true)], true, .openTextBlock)
          }
          if allowOpenBlock { return (tokens, true, .openTextBlock) }
          throw ShellError.unterminatedQuote("\"\"\"", column: column(of: open))
        }
        if body.last == "\n" { body.removeLast() }
        current.append(contentsOf: body)
        continue
      }
      if scalar == "'" && !startsWord {
        // An apostrophe inside a word (d'Annecy, it's) is a letter.
        current.append(scalar)
        index += 1
        continue
      }
      if scalar == "\"" || scalar == "'" {
        let open = index
        index += 1
        quoted = true
        var closed = false
        while let next = peek() {
          index += 1
          if next == scalar
            && (scalar == "\"" || ApostropheRule.closes(before: peek()))
          {
            closed = true
            break
          }
          if next == "\\", let escaped = peek() {
            index += 1
            current.append(Self.unescape(escaped))
            continue
          }
          current.append(next)
        }
        if !closed {
          if lenient {
            return (tokens + [Token(String(current), wasQuoted: true)], true, .complete)
          }
          throw ShellError.unterminatedQuote(String(scalar), column: column(of: open))
        }
        continue
      }
      if scalar == "\\" {
        index += 1
        guard let escaped = peek() else {
          if current.isEmpty && !quoted { inWord = false }
          if lenient {
            return (
              tokens + (inWord ? [Token(String(current), wasQuoted: quoted)] : []), inWord,
              .trailingBackslash
            )
          }
          finishWord()
          return (tokens, false, .trailingBackslash)
        }
        index += 1
        if escaped == "\n" {
          continue
        }
        current.append(escaped)
        quoted = true
        continue
      }
      current.append(scalar)
      index += 1
    }
    let endsInWord = inWord
    finishWord()
    return (tokens, endsInWord, .complete)
  }

  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    ApostropheRule.isWhitespace(scalar)
  }

  static func unescape(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar {
    case "n": return "\n"
    case "t": return "\t"
    default: return scalar
    }
  }
}
