import Foundation
import SMMCore
import Testing

/// Domain errors are phrases: English by default (`description`), French in a French session.
struct LocalizedErrorTests {
  func error(_ body: () throws -> Void) -> SMMCoreError? {
    do {
      try body()
      return nil
    } catch {
      return error as? SMMCoreError
    }
  }

  @Test func aBadBrandNameInBothLanguages() throws {
    let error = try #require(self.error { _ = try BrandName("") })
    #expect(error.description == "invalid brand name: a brand name cannot be empty")
    #expect(error.message(.french).hasPrefix("nom de marque invalide : un nom de marque ne peut"))
  }

  @Test func aBadProfileValueInFrench() throws {
    let error = try #require(self.error { _ = try ProfileValue.parse(.hours, "200") })
    #expect(
      error.description == "invalid hours: hours per week must be more than 0 and at most 168")
    #expect(
      error.message(.french)
        == "valeur invalide pour hours : le nombre d'heures par semaine doit être supérieur à 0 et ne pas dépasser 168"
    )
  }

  @Test func aPlatformChosenTwiceInFrench() throws {
    let state = BrandState(name: try BrandName("Lumen"))
    let error = try #require(self.error { _ = try state.applying(.chooseSpaces([.x, .x])) })
    #expect(error.description == "x is already chosen; /spaces shows the choice")
    #expect(
      error.message(.french) == "la plateforme x est déjà choisie ; /spaces affiche le choix")
  }

  @Test func aBadWeekAndABadCSVRowInFrench() throws {
    let week = try #require(self.error { _ = try ISOWeek(parsing: "2026-W60") })
    #expect(
      week.message(.french)
        == "2026 n'a pas de semaine 60 ; l'année ISO 2026 compte les semaines 1 à 53, par exemple 2026-W05"
    )
    let csv = try #require(
      self.error {
        _ = try MetricsCSV.parse(
          "platform,week,followers,reach,impressions,engagements\nx,2026-W99,1,1,1,1\n")
      })
    #expect(
      csv.description
        == "row 2, column week: 2026 has no week 99; ISO year 2026 has weeks 1 to 53, e.g. 2026-W05. Nothing was imported."
    )
    #expect(
      csv.message(.french)
        == "ligne 2, colonne week : 2026 n'a pas de semaine 99 ; l'année ISO 2026 compte les semaines 1 à 53, par exemple 2026-W05. Rien n'a été importé."
    )
  }

  @Test func aRepeatedAndAMissingColumnInBothLanguages() throws {
    let repeated = try #require(
      self.error {
        _ = try MetricsCSV.parse("platform,week,week,followers,reach,impressions,engagements\n")
      })
    #expect(
      repeated.description
        == "row 1: the column week appears 2 times (columns 2 and 3); keep one. Nothing was imported."
    )
    #expect(repeated.message(.french).contains("(colonnes 2 et 3) ; n'en gardez qu'une"))
    let missing = try #require(
      self.error { _ = try MetricsCSV.parse("platform,week,followers,reach,impressions\n") })
    #expect(missing.description.hasPrefix("row 1: the header lacks the column engagements; add it"))
    #expect(
      missing.message(.french).hasPrefix(
        "ligne 1 : il manque à l'en-tête la colonne engagements ; ajoutez-la"))
  }

  @Test func aCrisisTriageContradictionInFrench() throws {
    let error = try #require(
      self.error {
        _ = try CrisisTriage.assess(
          type: .rumor, veracity: .accurate, history: false, reputation: .good, harm: .none,
          reach: nil, velocity: nil)
      })
    #expect(error.description.hasPrefix("a true report is not a rumor"))
    #expect(error.message(.french).hasPrefix("une information exacte n'est pas une rumeur"))
  }

  @Test func everyErrorKeyIsInTheFrenchCatalog() {
    let english = StringCatalog.table(.en).keys.filter {
      $0.hasPrefix("error.") || $0.hasPrefix("usage.")
    }
    #expect(english.count > 150)
    #expect(english.filter { !Strings.french.has($0) } == [])
  }
}
