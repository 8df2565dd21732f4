import Foundation
import Testing

@testable import SMMCore

/// The words smm reads, one file per language under `po/words/`, against the tables
/// `scripts/gen-strings` compiles from them.
@Suite struct InputWordsTests {
  /// The lists of `po/words/CODE.words`: `[name]` lines, one word a line, `#` comments.
  static func lists(_ code: String) throws -> [(name: String, words: [String])] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let text = try String(
      contentsOf: root.appendingPathComponent("po/words/\(code).words"), encoding: .utf8)
    var lists: [(name: String, words: [String])] = []
    for line in text.split(separator: "\n") {
      let word = line.trimmingCharacters(in: .whitespaces)
      if word.isEmpty || word.hasPrefix("#") { continue }
      if word.hasPrefix("[") && word.hasSuffix("]") {
        lists.append((String(word.dropFirst().dropLast()), []))
      } else if !lists.isEmpty {
        lists[lists.count - 1].words.append(word)
      }
    }
    return lists
  }

  @Test(arguments: Language.allCases) func theGeneratedTablesMatchTheWordFiles(
    _ language: Language
  ) throws {
    let lists = try Self.lists(language.code)
    #expect(lists.map(\.name) == language.words.lists.map(\.name), "run scripts/gen-strings")
    #expect(lists.map(\.words) == language.words.lists.map(\.words), "run scripts/gen-strings")
    #expect(language.words.words("affirmation.yes").isEmpty == false)
  }

  @Test func everyLanguageFillsTheSameLists() {
    let names = Language.allCases.map { Set($0.words.lists.map(\.name)) }
    #expect(Set(names).count == 1, "\(names)")
  }

  @Test func aListIsTheUnionOfItsLanguagesEachWordOnce() {
    let yes = InputWords.union("affirmation.yes")
    #expect(yes.contains("yes") && yes.contains("oui"))
    #expect(Set(yes).count == yes.count)
    #expect(yes.firstIndex(of: "yes")! < yes.firstIndex(of: "oui")!, "English first")
  }

  @Test func aThirdLanguagesYesAndNoAreRead() {
    #expect(Affirmation.read("tak", in: [.en, .xx]) == true)
    #expect(Affirmation.read("Nie!", in: [.en, .xx]) == false)
    #expect(Affirmation.read("yes", in: [.en, .xx]) == true)
    #expect(Affirmation.read("tak") == nil, "xx is not a language the shell ships")
  }

  @Test func yesAndNoAreReadInEitherLanguage() {
    #expect(Affirmation.read("oui!") == true)
    #expect(Affirmation.read("Go ahead.") == true)
    #expect(Affirmation.read("bien sûr") == true)
    #expect(Affirmation.read("non merci") == false)
    #expect(Affirmation.read("nope") == false)
    #expect(Affirmation.read("peut-être") == nil)
  }
}
