import Foundation
import SMMCore
import Testing

@testable import SMMShell

/// The words the assistant reads come from the word files (`po/words/CODE.words`), not from
/// Swift: a third language's file is read like English and French, every list names what it
/// gives, and no Swift file of the assistant holds a list of words.
@Suite struct AssistantWordsTests {
  /// The made-up language `xx` (`Tests/SMMCoreTests/Fixtures/xx.words`) beside English.
  let lexicon = IntentLexicon(words: [Language.en.words, .xx])

  @Test func aThirdLanguagesIntentCuesAreRead() {
    let help = IntentOutcome.run(
      .help, command: CommandRequest(["help"], arguments: [.flag("brief")]))
    #expect(IntentMatcher.match("pomocy", context: IntentContext(), lexicon: lexicon) == help)
    #expect(IntentMatcher.match("co umiesz?", context: IntentContext(), lexicon: lexicon) == help)
    #expect(IntentMatcher.match("help", context: IntentContext(), lexicon: lexicon) == help)
    #expect(
      IntentMatcher.match("pomocy", context: IntentContext()) != help,
      "xx is not a language the shell ships")
  }

  @Test func everyCueListNamesAnIntentAndAWeight() {
    let names = InputWords.shipped.flatMap { $0.lists.map(\.name) }.filter {
      $0.hasPrefix("intent.") && $0 != "intent.fillers" && $0 != "intent.endings"
    }
    for name in Set(names) {
      let parts = name.split(separator: ".")
      #expect(parts.count == 3, "\(name)")
      #expect(parts.count == 3 && Intent(rawValue: String(parts[1])) != nil, "\(name)")
      #expect(parts.count == 3 && [1, 2, 3, 4, 6, 8].contains(Int(parts[2]) ?? 0), "\(name)")
    }
    for intent in Intent.allCases {
      #expect(IntentLexicon.shipped.cues[intent]?.isEmpty == false, "\(intent) has no cue")
    }
  }

  @Test func everyValueListOfTheInterviewGivesAValue() {
    #expect(AnswerInterpreter.unreadValueLists.isEmpty)
    #expect(IntentSlots.replyKinds.map(\.0) == ["troll", "rager", "misguided", "unhappy"])
    #expect(Set(IntentSlots.languageWords.map(\.0)) == Set(Language.allCases.map(\.code)))
    #expect(
      IntentMatcher.exportFormats.map(\.format) == ["md", "json", "ics", "csv", "script", "pdf"])
  }

  /// The command words the assistant may write: the paths of every command and subcommand,
  /// and the words of their usage (option names, fixed values: `--kind`, `on|off`).
  static let commandWords: Set<String> = {
    var words = Set<String>()
    var nodes = CommandRegistry.all
    while let node = nodes.popLast() {
      words.formUnion(node.spec.path)
      words.insert(node.spec.name)
      for word in node.spec.usage.split(whereSeparator: { !$0.isLetter }) {
        words.insert(String(word))
      }
      for flag in node.spec.flags { words.insert(String(flag.name.drop { $0 == "-" })) }
      nodes += node.spec.subcommands
    }
    return words
  }()

  /// Whether a literal looks like words of a natural language: two letters or more, Latin,
  /// lower case, with only spaces, apostrophes and the word files' marks (`*`, `=`, `-`)
  /// besides (a placeholder is upper case, a table of accented letters is no word).
  static func isWords(_ literal: String) -> Bool {
    literal.filter(\.isLetter).count >= 2 && literal.contains { $0.isASCII && $0.isLowercase }
      && literal.allSatisfy { $0.isLetter || " '*=-".contains($0) }
  }

  /// Every string literal inside an array literal of a Swift file (comments left out).
  static func arrayLiterals(in text: String) -> [String] {
    var found: [String] = []
    let characters = Array(
      text.split(separator: "\n", omittingEmptySubsequences: false)
        .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
        .joined(separator: "\n"))
    var index = 0
    var previous: Character = " "
    var stack: [Bool] = []  // whether each open bracket is an array literal (not a subscript)
    while index < characters.count {
      let character = characters[index]
      if character == "\"" {
        var end = index + 1
        var literal = ""
        while end < characters.count && characters[end] != "\"" {
          if characters[end] == "\\" { end += 1 }
          if end < characters.count { literal.append(characters[end]) }
          end += 1
        }
        if stack.last == true { found.append(literal) }
        index = end + 1
        previous = "\""
        continue
      }
      if character == "[" {
        stack.append(
          !(previous.isLetter || previous.isNumber || previous == "_" || previous == ")"
            || previous == "]" || previous == "?"))
      } else if character == "]" {
        _ = stack.popLast()
      }
      if !character.isWhitespace { previous = character }
      index += 1
    }
    return found
  }

  @Test func theScanSeesAWordListAndNotASubscript() {
    let sample = """
      // ["comment"]
      static let cues: Set<String> = [
        "what next", "et après", "explique*",
      ]
      table["æ"] = "ae"
      CommandRequest(["crisis", "triage"], options: [.init("kind", kind)])
      """
    #expect(
      Self.arrayLiterals(in: sample).filter(Self.isWords)
        == ["what next", "et après", "explique*", "crisis", "triage", "kind"])
    #expect(
      Self.arrayLiterals(in: sample).filter(Self.isWords).filter {
        !Self.commandWords.contains($0)
      } == ["what next", "et après", "explique*"])
  }

  /// A word list literal in a natural language: `["next", "suivant"]`, `["jusqu a"]`.
  @Test func noAssistantFileHoldsAListOfWords() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/SMMShell/Assistant")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".swift")
    }
    #expect(files.contains("IntentLexicon.swift") && files.contains("AnswerInterpreter.swift"))
    var checked = 0
    for file in files {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      let words = Self.arrayLiterals(in: text).filter(Self.isWords)
      checked += Self.arrayLiterals(in: text).count
      let stray = words.filter { !Self.commandWords.contains($0) }
      #expect(stray.isEmpty, "\(file) holds words to read: \(stray)")
    }
    #expect(checked > 0, "the scan sees the command paths at least")
  }
}
