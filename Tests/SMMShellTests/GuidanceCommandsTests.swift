import SMMCore
import Testing

@testable import SMMShell

/// The commands guidance sentences name are printed from requests into their placeholders.
struct GuidanceCommandsTests {
  @Test(arguments: [Language.en, .fr])
  func everyPrintedCommandIsARealCommand(_ language: Language) throws {
    let values = GuidanceCommands.values(Strings.of(language))
    #expect(values.count >= 20)
    for (name, value) in values {
      guard case .text(let shown) = value else {
        Issue.record("\(name) is not a printed command")
        continue
      }
      let mentions = CatalogCommandsTests.mentions(shown)
      #expect(mentions.count == 1, "\(name): \(shown)")
      for mention in mentions {
        #expect(CatalogCommandsTests.problem(mention) == nil, "\(name): \(shown)")
      }
    }
  }

  @Test(arguments: ["en", "fr"])
  func everyGuidanceSentenceIsFilled(_ code: String) throws {
    let strings = Strings.of(code == "fr" ? .fr : .en)
    let names = GuidanceCommands.values(strings).keys
    var filled = 0
    for (key, texts) in try CatalogCommandsTests.catalog(code) {
      guard let text = texts.first, names.contains(where: { text.contains("{\($0)}") })
      else { continue }
      filled += 1
      let shown = strings.guidance(key)
      for name in names { #expect(!shown.contains("{\(name)}"), "\(key): \(shown)") }
    }
    #expect(filled >= 30, "the guidance sentences converted so far")
  }

  @Test func theTextShownIsTheCommandInTheReadersWords() {
    #expect(
      Strings.english.guidance("status.noBrand")
        == "No brand is open: create one with /new NAME, or open one with /use NAME.")
    #expect(
      Strings.french.guidance("status.noBrand")
        == "Aucune marque ouverte : créez-en une avec /new NOM, ou ouvrez-en une avec /use NOM.")
    #expect(
      Strings.french.guidance("crisis.team.title", ["name": "Zed"])
        == "Cellule de crise de la marque Zed (/crisis team RÔLE NOM CONTACT) :")
  }
}
