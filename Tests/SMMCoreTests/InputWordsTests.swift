import Foundation
import Testing

@testable import SMMCore

/// The words smm reads, one file per language under `po/words/`, against the tables
/// `scripts/gen-strings` compiles from them.
@Suite struct InputWordsTests {
  /// The lists of `po/words/CODE.words`: `[name]` lines, one word a line, `#` comments.
  static func lists(_ code: String) throws -> [String: [String]] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let text = try String(
      contentsOf: root.appendingPathComponent("po/words/\(code).words"), encoding: .utf8)
    var lists: [String: [String]] = [:]
    var current = ""
    for line in text.split(separator: "\n") {
      let word = line.trimmingCharacters(in: .whitespaces)
      if word.isEmpty || word.hasPrefix("#") { continue }
      if word.hasPrefix("[") && word.hasSuffix("]") {
        current = String(word.dropFirst().dropLast())
        lists[current] = []
      } else {
        lists[current, default: []].append(word)
      }
    }
    return lists
  }

  @Test(arguments: Language.allCases) func theGeneratedTablesMatchTheWordFiles(
    _ language: Language
  ) throws {
    let lists = try Self.lists(language.code)
    #expect(lists == language.words.lists, "run scripts/gen-strings")
    #expect(lists["affirmation.yes"]?.isEmpty == false)
  }

  @Test func everyLanguageFillsTheSameLists() {
    let names = Language.allCases.map { Set($0.words.lists.keys) }
    #expect(Set(names).count == 1, "\(names)")
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
