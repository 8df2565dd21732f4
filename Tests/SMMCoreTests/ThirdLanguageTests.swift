import Testing

@testable import SMMCore

extension Language {
  /// A made-up language for the tests (`Fixtures/xx.po`, three plural forms): a new language
  /// is a `.po` file and a value like this one, with no code change anywhere else.
  static let xx = Language(
    code: "xx", nativeName: "xx", decimalSeparator: ",", thousandsSeparator: ".",
    listSeparator: ", ", listAnd: " i ", dateFormat: "dd.MM.yyyy",
    spaceBeforeHighPunctuation: "", catalog: .xx,
    words: .xx)
}

/// A third language through the same generator and runtime as English and French.
@Suite struct ThirdLanguageTests {
  let strings = Strings(.xx)

  @Test func pluralsFollowItsThreeFormRule() {
    let forms = [1, 2, 4, 5, 12, 22, 25].map {
      strings.format("metrics.recorded", ["count": .number($0)])
    }
    #expect(
      forms == [
        "Zapisano 1 tydzień.", "Zapisano 2 tygodnie.", "Zapisano 4 tygodnie.",
        "Zapisano 5 tygodni.", "Zapisano 12 tygodni.", "Zapisano 22 tygodnie.",
        "Zapisano 25 tygodni.",
      ])
  }

  @Test func numbersAreWrittenItsWay() {
    #expect(
      strings.format("export.spaces.scoreLine", ["score": .number(82), "hours": .decimal(2.5)])
        == "wynik 82/100, około 2,5 godz. tygodniowo")
    #expect(Language.xx.grouped(1_048_576) == "1.048.576")
    #expect(Language.xx.list(["a", "b", "c"]) == "a, b i c")
    let date = try? CivilDate(year: 2026, month: 12, day: 7)
    #expect(date.map(Language.xx.date) == "07.12.2026")
    #expect(date.map(Language.fr.date) == date?.description)
  }

  @Test func aKeyItLacksFallsBackOnEnglish() {
    #expect(strings("stage.done") == "gotowe")
    #expect(strings("stage.inProgress") == Strings.english("stage.inProgress"))
  }
}
