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
    // An apostrophe inside a word is a letter; one at a word's start quotes to the word's end.
    Case(
      line: "/use Office de Tourisme du Lac d'Annecy",
      words: ["/use", "Office", "de", "Tourisme", "du", "Lac", "d'Annecy"]),
    Case(line: "/rename Lac d'Annecy Tourisme", words: ["/rename", "Lac", "d'Annecy", "Tourisme"]),
    Case(line: "/new O'Brien's it's l'équipe", words: ["/new", "O'Brien's", "it's", "l'équipe"]),
    Case(line: "/new 'it's fine' now", words: ["/new", "it's fine", "now"]),
    Case(line: "/new 'l'équipe'", words: ["/new", "l'équipe"]),
    Case(line: "/new 'a' 'b c'", words: ["/new", "a", "b c"]),
    Case(line: "/new \"x\"'s", words: ["/new", "x's"]),
    Case(line: "/new rock'n'roll", words: ["/new", "rock'n'roll"]),
    Case(line: "/new d'\"Annecy\"", words: ["/new", "d'Annecy"]),
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
    // A quote opened at a word's start must close where a word ends.
    #expect(throws: ShellError.unterminatedQuote("'", column: 6)) {
      try Tokenizer.tokenize("/new 'Lac d'Annecy")
    }
  }

  @Test func apostrophesInsideWordsLeaveLinesComplete() throws {
    #expect(try Tokenizer.openness(of: "/use Lac d'Annecy") == .complete)
    #expect(try Tokenizer.openness(of: "/use l'équipe \\") == .trailingBackslash)
    var assembler = LineAssembler()
    #expect(assembler.feed("/rename Lac d'Annecy \\", lineNumber: 1) == .needsMore)
    guard case .line(let line) = assembler.feed("Tourisme", lineNumber: 2) else {
      Issue.record("the continued line should be complete")
      return
    }
    #expect(try Tokenizer.tokenize(line.text).map(\.text).last == "Tourisme")
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
    "a\tb", "two\nlines", "\"\"\"", "'", "/new", "🇫🇷 flag", "d'Annecy", "Lac d'Annecy",
    "'quoted'", "it's 'fine'",
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
