import Foundation
import Testing

@testable import SMMCore

/// The catalogs: every key in both languages, the same placeholders on both sides, no key
/// twice, and every key the code names present.
@Suite struct StringCatalogTests {
  /// The keys of `po/CODE.po`, in file order (repeats included).
  static func keys(_ language: Language) -> [String] {
    ((try? POFile.load("po/\(language.code).po"))?.entries ?? []).map(\.key)
  }

  @Test func everyKeyIsInBothLanguages() {
    #expect(Self.keys(.en).count > 1000, "po/en.po was read")
    let english = Set(Self.keys(.en))
    let french = Set(Self.keys(.fr))
    #expect(english.subtracting(french).sorted() == [], "missing in French")
    #expect(french.subtracting(english).sorted() == [], "missing in English")
  }

  @Test(arguments: Language.allCases) func noKeyRepeats(_ language: Language) {
    var seen: [String: Int] = [:]
    for key in Self.keys(language) { seen[key, default: 0] += 1 }
    #expect(seen.filter { $0.value > 1 }.keys.sorted() == [])
  }

  @Test func placeholdersMatchAcrossLanguages() {
    let english = StringCatalog.forms(.en)
    let french = StringCatalog.forms(.fr)
    for (key, forms) in english {
      guard let other = french[key] else { continue }
      #expect(
        Set(forms.flatMap(Self.placeholders)) == Set(other.flatMap(Self.placeholders)),
        "\(key): \(forms) / \(other)")
    }
  }

  @Test(arguments: Language.allCases) func noTemplateIsEmpty(_ language: Language) {
    let empty = StringCatalog.table(language).filter {
      $0.value.allSatisfy { $0 == " " }
    }
    #expect(empty.keys.sorted() == [])
  }

  /// Every string literal that looks like a catalog key in the sources (`"area.name"` passed
  /// to `strings(…)`, `Phrase(…)` or `format(…)`) exists in the catalog.
  @Test func everyKeyUsedInTheSourcesExists() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let sources = root.appendingPathComponent("Sources")
    let table = StringCatalog.table(.en)
    var missing: [String] = []
    var used = 0
    let files =
      FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }
      .filter { $0.hasSuffix(".swift") && !$0.contains("Localization/") } ?? []
    // Any string literal shaped like a key whose area the catalog has (`"usage.brand.set"`,
    // `"error.hours"`), wherever it is passed: strings(…), Phrase(…), usage(…), fail(…).
    let areas = Set(table.keys.map { String($0.prefix(while: { $0 != "." })) })
    let pattern = try NSRegularExpression(pattern: #""([a-z]+)\.([A-Za-z0-9.]+)""#)
    for file in files {
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      let range = NSRange(text.startIndex..., in: text)
      for match in pattern.matches(in: text, range: range) {
        guard let areaRange = Range(match.range(at: 1), in: text),
          let restRange = Range(match.range(at: 2), in: text),
          areas.contains(String(text[areaRange])), !text[restRange].hasSuffix(".")
        else { continue }
        let key = String(text[areaRange]) + "." + String(text[restRange])
        used += 1
        if table[key] == nil { missing.append("\(file): \(key)") }
      }
    }
    #expect(used > 50, "the scan found the keys the code uses (\(used))")
    #expect(missing == [])
  }

  @Test func pluralFormsFollowEachLanguage() {
    #expect(
      Strings.english.format("guide.done.messages", ["count": .number(1)]) == "1 core message")
    #expect(
      Strings.english.format("guide.done.messages", ["count": .number(0)]) == "0 core messages")
    #expect(Strings.french.format("guide.done.messages", ["count": .number(0)]) == "0 message clé")
    #expect(
      Strings.french.format("guide.done.messages", ["count": .number(2)]) == "2 messages clés")
  }

  @Test func localeVariablesPickTheLanguage() {
    #expect(Language.fromLocale([:]) == .en)
    #expect(Language.fromLocale(["LANG": "fr_FR.UTF-8"]) == .fr)
    #expect(Language.fromLocale(["LANG": "fr_FR.UTF-8", "LC_ALL": "en_US.UTF-8"]) == .en)
    #expect(Language.fromLocale(["LC_MESSAGES": "fr_CA", "LANG": "C.UTF-8"]) == .fr)
    #expect(Language.fromLocale(["LC_ALL": "", "LANG": "fr_BE"]) == .fr)
  }

  @Test func aMissingKeyShowsItself() {
    #expect(Strings.english("no.such.key") == "[no.such.key]")
  }

  static func placeholders(_ template: String) -> [String] {
    var names: [String] = []
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      let inside = rest[rest.index(after: open)..<close]
      names.append(String(inside.split(separator: "|", omittingEmptySubsequences: false)[0]))
      rest = rest[rest.index(after: close)...]
    }
    return names.sorted()
  }
}

/// What each language is, as data.
@Suite struct LanguageDataTests {
  @Test func numbersAndListsFollowTheLanguage() {
    #expect(Language.en.decimal(2.5) == "2.5")
    #expect(Language.fr.decimal(2.5) == "2,5")
    #expect(Language.en.grouped(1_048_576) == "1,048,576")
    #expect(Language.fr.grouped(1_048_576) == "1 048 576")
    #expect(Language.en.list(["a", "b", "c"]) == "a, b and c")
    #expect(Language.fr.list(["a", "b"]) == "a et b")
    #expect(Language.fr.list([]) == "")
  }

  @Test func aLanguageIsStoredAsItsCode() throws {
    let data = try JSONEncoder().encode([Language.en, .fr])
    #expect(String(decoding: data, as: UTF8.self) == #"["en","fr"]"#)
    #expect(try JSONDecoder().decode([Language].self, from: data) == [.en, .fr])
    #expect(Language(rawValue: "es") == nil)
    #expect(Language.fr.nativeName == "français")
  }
}
