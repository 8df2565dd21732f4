import Testing

@testable import SMMCore

/// The gettext catalogs under `po/` against the Swift tables `scripts/gen-strings` compiles
/// from them: a test fails when a generated file is stale, when a key or a plural form is
/// missing, or when a translation's placeholders differ from the English ones.
@Suite struct GettextCatalogTests {
  static func file(_ language: Language) throws -> POFile {
    try POFile.load("po/\(language.code).po")
  }

  /// What the generator makes of an entry: its forms in the file's language.
  static func forms(_ entry: POFile.Entry, english: Bool) -> [String] {
    if entry.msgidPlural != nil {
      return english && entry.forms.allSatisfy(\.isEmpty)
        ? [entry.msgid, entry.msgidPlural ?? ""] : entry.forms
    }
    let text = entry.msgstr ?? ""
    return [english && text.isEmpty ? entry.msgid : text]
  }

  static func assertFresh(_ file: POFile, _ catalog: Catalog) {
    let english = catalog.code == "en"
    #expect(file.pluralForms?.count == catalog.pluralForms, "\(catalog.code): nplurals")
    #expect(file.pluralForms?.rule == catalog.pluralRule, "\(catalog.code): plural rule")
    #expect(file.entries.count == catalog.templates.count, "\(catalog.code): entry count")
    #expect(catalog.templates.isSorted, "\(catalog.code): keys in order, for the binary search")
    #expect(catalog.templates["no.such.key"] == nil)
    for entry in file.entries {
      let template = catalog.templates[entry.key]
      #expect(template?.forms == forms(entry, english: english), "\(catalog.code): \(entry.key)")
      #expect(template?.count == entry.count, "\(catalog.code): count of \(entry.key)")
    }
  }

  @Test(arguments: Language.allCases) func theGeneratedTablesMatchThePoFiles(_ language: Language)
    throws
  {
    Self.assertFresh(try Self.file(language), language.catalog)
  }

  @Test func theTestLanguageTableMatchesItsPoFile() throws {
    Self.assertFresh(try POFile.load("Tests/SMMCoreTests/Fixtures/xx.po"), .xx)
  }

  @Test func everyFileHasTheSameKeysAndEnglishSources() throws {
    let english = Dictionary(
      try Self.file(.en).entries.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
    for language in Language.allCases where language != .en {
      let other = try Self.file(language).entries
      #expect(Set(other.map(\.key)) == Set(english.keys), "\(language): the same keys as en")
      for entry in other {
        #expect(entry.msgid == english[entry.key]?.msgid, "\(language): msgid of \(entry.key)")
        #expect(
          entry.msgidPlural == english[entry.key]?.msgidPlural,
          "\(language): msgid_plural of \(entry.key)")
      }
    }
  }

  @Test(arguments: Language.allCases) func everyTranslationKeepsThePlaceholders(
    _ language: Language
  ) throws {
    for entry in try Self.file(language).entries {
      let source = Set(
        ([entry.msgid] + (entry.msgidPlural.map { [$0] } ?? [])).flatMap(
          StringCatalogTests.placeholders))
      let translated = Set(
        Self.forms(entry, english: language == .en).flatMap(StringCatalogTests.placeholders))
      #expect(translated == source, "\(language): \(entry.key)")
    }
  }

  @Test(arguments: Language.allCases) func everyPluralEntryHasEveryFormOfTheLanguage(
    _ language: Language
  ) throws {
    let file = try Self.file(language)
    let needed = try #require(file.pluralForms).count
    var plural = 0
    for entry in file.entries where entry.msgidPlural != nil {
      plural += 1
      #expect(entry.forms.count == needed, "\(language): forms of \(entry.key)")
      #expect(!entry.forms.contains(""), "\(language): an empty form in \(entry.key)")
      let count = try #require(entry.count, "\(language): \(entry.key) names no smm-count")
      #expect(
        entry.comments.contains { $0.contains("{\(count)}") },
        "\(language): \(entry.key) has no translator comment saying what {\(count)} counts")
    }
    #expect(plural > 40, "the plural entries were found")
  }

  @Test func theRuntimePicksTheFormByTheLanguagesRule() {
    let english = (0...30).map(Language.en.pluralForm)
    let french = (0...30).map(Language.fr.pluralForm)
    #expect(english.enumerated().allSatisfy { $0.element == ($0.offset == 1 ? 0 : 1) })
    #expect(french.enumerated().allSatisfy { $0.element == ($0.offset <= 1 ? 0 : 1) })
    #expect(Strings.french.format("metrics.recorded", ["count": .number(1)]).contains("1 semaine"))
    #expect(Strings.english.format("metrics.recorded", ["count": .number(0)]).contains("0 weeks"))
  }

  /// The language's typography holds in its catalog: French puts its space before `: ; ! ?`
  /// and `%` (« 80 % »), English puts none before `: ; ! ?`. Code between backticks
  /// (`` `clé: valeur` ``, `` `12:00` ``) is written as typed, so it is left out.
  @Test(arguments: Language.allCases) func theCatalogFollowsTheLanguagesTypography(
    _ language: Language
  ) {
    let space = language.spaceBeforeHighPunctuation
    var wrong: [String] = []
    for (key, forms) in StringCatalog.forms(language) {
      for form in forms {
        let characters = Array(form)
        var inCode = false
        for (index, character) in characters.enumerated() {
          if character == "`" { inCode.toggle() }
          guard index > 0, !inCode else { continue }
          guard ":;!?%".contains(character), space != "" || character != "%" else { continue }
          let before = String(characters[..<index].suffix(max(space.count, 1)))
          let spaced = before.last == " "
          if space.isEmpty ? spaced : before != space { wrong.append("\(key): \(form)") }
        }
      }
    }
    #expect(wrong == [])
  }
}
