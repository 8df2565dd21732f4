import Testing

@testable import SMMCore

/// One-time check of the move to gettext: every key of the old hand-written Swift catalogs,
/// rendered through the tables generated from `po/`, gives byte for byte what the old catalogs
/// gave, for counts that pick every plural form.
@Suite struct GeneratedCatalogMatchesSwiftTests {
  @Test(arguments: Language.allCases) func everyKeyRendersAsBefore(_ language: Language) {
    var old: [String: String] = [:]
    for section in StringCatalog.sections(language) {
      for (key, value) in section.entries { old[key] = value }
    }
    let strings = Strings(language)
    var compared = 0
    var differ: [String] = []
    for (key, template) in old {
      let names = Set(StringCatalogTests.placeholders(template))
      for primary in [0, 1, 2, 5, 21] {
        for others in [0, 1, 3] {
          for name in names.sorted() {
            var values: [String: Phrase.Value] = [:]
            for other in names { values[other] = .number(other == name ? primary : others) }
            compared += 1
            if strings.format(key, values) != Self.legacy(template, values, language) {
              differ.append("\(key) \(values)")
            }
          }
          if names.isEmpty {
            compared += 1
            if strings.format(key, [:]) != template { differ.append(key) }
          }
        }
      }
    }
    print("\(language): \(old.count) keys, \(compared) renderings compared, \(differ.count) differ")
    #expect(old.count > 1000)
    #expect(differ == [])
  }

  /// The old renderer: `{n|one|other}` with English "1" and French "-1…1" singular.
  static func legacy(_ template: String, _ values: [String: Phrase.Value], _ language: Language)
    -> String
  {
    var result = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      result += rest[..<open]
      let inside = rest[rest.index(after: open)..<close]
      let parts = inside.split(separator: "|", omittingEmptySubsequences: false)
      let value = values[String(parts[0])]
      if parts.count == 3 {
        var number = 0
        if case .number(let n)? = value { number = n }
        let singular = language == .fr ? number <= 1 && number >= -1 : number == 1
        result += String(singular ? parts[1] : parts[2]).replacing("#", with: String(number))
      } else if case .number(let n)? = value {
        result += String(n)
      } else {
        result += "{\(inside)}"
      }
      rest = rest[rest.index(after: close)...]
    }
    return result + rest
  }
}
