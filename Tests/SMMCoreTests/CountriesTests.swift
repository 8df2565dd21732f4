import Foundation
import SMMCore
import Testing

/// `/brand set countries`: ISO 3166-1 alpha-2 codes, the home market first (ISO 3166-1 as
/// distributed by Debian's iso-codes 4.15.0).
struct CountriesTests {
  @Test(arguments: [
    ("FR,CH", ["FR", "CH"]), ("fr, ch", ["FR", "CH"]), ("FR CH", ["FR", "CH"]),
    ("GB", ["GB"]), ("CHE", ["CH"]), ("France, Suisse", ["FR", "CH"]),
    ("United Kingdom", ["GB"]), ("Belgique,France,BE", ["BE", "FR"]),
  ])
  func codesNamesAndAlpha3CodesAreRead(_ text: String, _ codes: [String]) throws {
    let value = try ProfileValue.parse(.countries, text)
    #expect(value == .countries(codes))
    #expect(value.canonicalText == codes.joined(separator: ","))
  }

  @Test func theFirstCountryIsTheHomeMarket() throws {
    var state = try BrandState.fold([.create(try BrandName("Lac"))])
    state = try state.applying(.setProfile(try ProfileValue.parse(.countries, "CH,FR")))
    #expect(state.profile.homeCountry == "CH")
    #expect(state.profile.isSet(.countries))
  }

  @Test(arguments: [("UK", "GB"), ("EN", "GB"), ("EL", "GR"), ("SP", "ES")])
  func aUsualMistakeIsAnsweredWithTheRightCode(_ wrong: String, _ right: String) {
    do {
      _ = try ProfileValue.parse(.countries, "FR,\(wrong)")
      Issue.record("\(wrong) was accepted")
    } catch {
      let message = error.message(.english)
      #expect(message.contains("\"\(wrong)\" is not an ISO 3166-1 country code"), "\(message)")
      #expect(message.hasSuffix(" is \(right)"), "\(message)")
    }
  }

  @Test func anUnknownCodeSaysWhatACodeLooksLike() {
    do {
      _ = try ProfileValue.parse(.countries, "XX")
      Issue.record("XX was accepted")
    } catch {
      #expect(
        error.message(.french)
          .contains("« XX » n'est pas un code de pays ISO 3166-1"))
    }
  }

  @Test func aProfileStoredBeforeCountriesStillReads() throws {
    let old = """
      {"sector":"bakery","ages":[],"goals":[],"formats":[],"languages":["fr"]}
      """
    let profile = try JSONDecoder().decode(BrandProfile.self, from: Data(old.utf8))
    #expect(profile.countries.isEmpty)
    #expect(profile.missingFields.contains(.countries))
  }

  @Test func everyCodeHasANameInBothLanguages() {
    #expect(ISOCountries.names.count == 249)
    #expect(ISOCountries.names["CH"] == LocalizedText(english: "Switzerland", french: "Suisse"))
    #expect(ISOCountries.names["GB"]?.french == "Royaume-Uni")
    for (code, name) in ISOCountries.names {
      #expect(code.count == 2 && !name.english.isEmpty && !name.french.isEmpty)
    }
  }
}
