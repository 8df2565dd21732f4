import SMMCore
import SMMShell
import Testing

struct TokenizerTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let line: String
    let words: [String]
    var testDescription: String { line }
  }

  static let cases: [Case] = [
    Case(line: "/new acme", words: ["/new", "acme"]),
    Case(line: "  /new   acme  ", words: ["/new", "acme"]),
    Case(line: "/new \"Chez Paul\"", words: ["/new", "Chez Paul"]),
    Case(line: "/new 'Chez Paul'", words: ["/new", "Chez Paul"]),
    Case(line: #"/new "say \"hi\"""#, words: ["/new", "say \"hi\""]),
    Case(line: #"/new 'it\'s'"#, words: ["/new", "it's"]),
    Case(line: #"/new a\ b"#, words: ["/new", "a b"]),
    Case(line: #"/new "a\nb\tc\\d""#, words: ["/new", "a\nb\tc\\d"]),
    Case(line: "/new pre\"fix\"post", words: ["/new", "prefixpost"]),
    Case(line: "/new \"\"", words: ["/new", ""]),
    Case(
      line: "/x \"\"\"\nline 1\nline 2\n\"\"\" after", words: ["/x", "line 1\nline 2", "after"]),
    Case(line: "/x \"\"\"inline\"\"\"", words: ["/x", "inline"]),
    Case(line: "/new café 日本 🇫🇷", words: ["/new", "café", "日本", "🇫🇷"]),
  ]

  @Test(arguments: cases)
  func tokenizes(_ testCase: Case) throws {
    #expect(try Tokenizer.tokenize(testCase.line).map(\.text) == testCase.words)
  }

  @Test func quotedDashesAreNotOptions() throws {
    let tokens = try Tokenizer.tokenize("/delete \"--yes\" --yes")
    #expect(tokens.map(\.wasQuoted) == [false, true, false])
  }

  @Test func unterminatedQuotesNameTheirColumn() {
    #expect(throws: ShellError.unterminatedQuote("\"", column: 6)) {
      try Tokenizer.tokenize("/new \"open")
    }
    #expect(throws: ShellError.unterminatedQuote("'", column: 11)) {
      try Tokenizer.tokenize("/new café 'open")
    }
  }

  @Test func opennessTellsWhatContinues() throws {
    #expect(try Tokenizer.openness(of: "/new acme") == .complete)
    #expect(try Tokenizer.openness(of: "/new \\") == .trailingBackslash)
    #expect(try Tokenizer.openness(of: "/x \"\"\"\nopen") == .openTextBlock)
    #expect(try Tokenizer.openness(of: "/x \"\"\"\nclosed\n\"\"\"") == .complete)
  }

  @Test func partialLinesTokenizeLeniently() {
    let (tokens, inWord) = Tokenizer.tokenizePartial("/use \"Chez P")
    #expect(tokens.map(\.text) == ["/use", "Chez P"])
    #expect(inWord)
    #expect(Tokenizer.tokenizePartial("/use ").endsInWord == false)
  }
}

struct CommandTextTests {
  @Test(arguments: [
    "acme", "Chez Paul", "it's", "say \"hi\"", "back\\slash", "", "--yes", "#tag", "café 日本",
    "a\tb", "two\nlines", "\"\"\"", "'", "/new", "🇫🇷 flag",
  ])
  func quotingRoundTrips(_ value: String) throws {
    let line = "/new " + CommandText.quote(value)
    let tokens = try Tokenizer.tokenize(line)
    #expect(tokens.count == 2)
    #expect(tokens.last?.text == value)
  }

  @Test func plainWordsStayPlain() {
    #expect(CommandText.quote("acme") == "acme")
    #expect(CommandText.quote("Chez Paul") == "\"Chez Paul\"")
  }
}
