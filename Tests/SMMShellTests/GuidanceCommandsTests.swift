import Foundation
import SMMCore
import Testing

@testable import SMMShell

/// The commands guidance sentences name are printed from requests into their placeholders.
struct GuidanceCommandsTests {
  @Test(arguments: [Language.en, .fr])
  func everyPrintedCommandIsARealCommand(_ language: Language) throws {
    let strings = Strings.of(language)
    let values = GuidanceCommands.values(strings)
    #expect(values.count >= 20)
    let invocations = GuidanceCommands.invocations(strings).keys
    for (name, value) in values where !invocations.contains(name) {
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

/// The commands the core's sentences name travel as requests, and the shell prints them.
struct CoreSentenceCommandsTests {
  /// Core phrases that name a command, from an empty brand: skipped steps, the ranking's
  /// unknown hours and market.
  static func phrases() throws -> [Phrase] {
    let state = BrandState(name: try BrandName("Acme"))
    let ranking = SpaceScoring.rank(state.profile)
    return Guidance.skipped(before: .crisis, in: state)
      + [SpaceScoring.propose(ranking, hours: nil).note]
      + ranking.flatMap(\.notes).filter { $0.key == "score.market.unset" }.prefix(1)
  }

  @Test func theCoreCarriesRequestsNotSyntax() throws {
    let phrases = try Self.phrases()
    #expect(phrases.count == 5)
    for phrase in phrases {
      let commands = phrase.values.values.filter {
        if case .command = $0 { return true } else { return false }
      }
      #expect(commands.count == 1, "\(phrase.key)")
      // Without the shell's printer, the core shows no slash command.
      #expect(CatalogCommandsTests.mentions(phrase.render(.english)).isEmpty, "\(phrase.key)")
    }
  }

  @Test(arguments: [Language.en, .fr])
  func theShellPrintsThemAsRealCommands(_ language: Language) throws {
    let strings = Strings.of(language).printingCommands
    for phrase in try Self.phrases() {
      let shown = phrase.render(strings)
      let mentions = CatalogCommandsTests.mentions(shown)
      #expect(mentions.count == 1, "\(phrase.key): \(shown)")
      for mention in mentions {
        #expect(CatalogCommandsTests.problem(mention) == nil, "\(phrase.key): \(shown)")
      }
      #expect(!shown.contains("{"), "\(phrase.key): \(shown)")
    }
    #expect(
      try Self.phrases()[1].render(strings).contains(
        language == .fr ? "/content message add TEXTE" : "/content message add TEXT"))
  }

  @Test func aCommandInAPhraseSurvivesStorage() throws {
    let phrase = Phrase(
      "balance.change.gets",
      [
        "name": .text("Leeds runners"),
        "communityGets": .command(
          CommandRequest(
            ["community", "set"], arguments: [.value("Leeds runners"), .value("gets"), .answer])),
      ])
    let decoded = try JSONDecoder().decode(Phrase.self, from: JSONEncoder().encode(phrase))
    #expect(decoded == phrase)
    #expect(
      decoded.render(.englishCommands)
        == "say what Leeds runners brings the brand (/community set \"Leeds runners\" gets …),"
        + " or spend the time elsewhere")
  }
}
