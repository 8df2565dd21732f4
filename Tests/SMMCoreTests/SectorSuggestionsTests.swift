import Testing

@testable import SMMCore

/// Issue 15 §7: suggestions follow the kind of business the sector names, written naturally.
@Suite struct SectorSuggestionsTests {
  @Test(arguments: [
    ("physiotherapy clinic in Leeds, just the two of us", SectorKind.health),
    ("cabinet de kinésithérapie", .health),
    ("artisan bakery", .food),
    ("boulangerie-pâtisserie", .food),
    ("office de tourisme, établissement public qui fait la promotion du lac d'Annecy", .tourism),
    ("B2B invoicing software for accountants", .software),
    ("accounting software", .software),
    ("cabinet d'avocats", .legal),
    ("cabinet de recrutement", .professional),
    ("shoe shop", .fashion),
    ("independent bookshop", .retail),
    ("yoga studio", .fitness),
  ])
  func theSectorNamesItsKind(sector: String, kind: SectorKind) {
    #expect(SectorKind.of(sector) == kind)
  }

  @Test func anUnknownSectorHasNoKind() {
    #expect(SectorKind.of("artisanal candles") == nil)
    #expect(SectorKind.of(nil) == nil)
    #expect(SectorKind.of("") == nil)
    // "app" matches the whole word only: "happy" is no software.
    #expect(SectorKind.of("happy hour events") == nil)
  }

  @Test(arguments: [
    ("physiotherapy clinic in Leeds, just the two of us", "physiotherapy clinic in Leeds"),
    (
      "office de tourisme, établissement public qui fait la promotion du lac d'Annecy",
      "office de tourisme"
    ),
    ("a bakery that bakes at night", "a bakery"),
    ("bakery (organic)", "bakery"),
    ("artisan bakery", "artisan bakery"),
  ])
  func theShortNameIsTheFirstClause(sector: String, short: String) {
    #expect(SectorName.short(sector) == short)
  }

  @Test func aClinicIsOfferedPatientsClubsAndReferrersNotEnthusiasts() throws {
    var state = BrandState(name: try BrandName("Leeds Physio"))
    state.profile.sector = "physiotherapy clinic in Leeds, just the two of us"
    state.profile.reach = .local
    let names = CommunitySuggestions.suggest(state).map(\.name)
    #expect(
      names.prefix(3) == [
        "local patients' groups and carers", "local sports clubs and runners",
        "GPs and other health professionals nearby",
      ])
    #expect(!names.contains { $0.contains("enthusiasts") || $0.contains("Leeds, just") })
    let risks = RiskSuggestions.suggest(state).map(\.name)
    #expect(risks.contains("a patient harmed during treatment"))
    #expect(risks.contains("patient records exposed"))
    #expect(risks.contains("a complaint to the regulator made public"))
    #expect(!risks.contains("food poisoning reported by a customer"))
  }

  @Test func aFrenchTouristOfficeGetsHikersPartnersAndItsOwnRisksInFrench() throws {
    var state = BrandState(name: try BrandName("Lac d'Annecy Tourisme"))
    state.profile.sector =
      "office de tourisme, établissement public qui fait la promotion du lac d'Annecy"
    state.profile.languages = ["fr"]
    let names = CommunitySuggestions.suggest(state).map(\.name)
    #expect(
      names.prefix(3) == [
        "randonneurs et amoureux du plein air", "commerçants et partenaires locaux",
        "journalistes et blogueurs voyage",
      ])
    #expect(!names.contains { $0.contains("établissement public") })
    let risks = RiskSuggestions.suggest(state)
    let rumour = try #require(risks.first { $0.name.contains("pollution") })
    #expect(rumour.type == .rumor)
    #expect(risks.contains { $0.type == .tampering && $0.name.contains("arnaque") })
  }

  @Test func bioCallsToActionFitTheTrade() throws {
    var clinic = BrandState(name: try BrandName("Leeds Physio"))
    clinic.profile.sector = "physiotherapy clinic in Leeds, just the two of us"
    clinic.profile.reach = .local
    clinic.profile.goals = [.sales]
    let bio = try #require(BioSuggestion.suggest(for: clinic, on: .instagram))
    #expect(bio == "Leeds Physio — physiotherapy clinic in Leeds, near you. Book an appointment.")

    var office = BrandState(name: try BrandName("Annecy Tourisme"))
    office.profile.sector = "office de tourisme, établissement public"
    office.profile.languages = ["fr"]
    office.profile.reach = .local
    office.profile.goals = [.visits]
    // A tourist office speaks to visitors from elsewhere: no "près de chez vous".
    #expect(
      BioSuggestion.suggest(for: office, on: .instagram)
        == "Annecy Tourisme — office de tourisme. Préparez votre séjour.")

    var vendor = BrandState(name: try BrandName("Ledgerly"))
    vendor.profile.sector = "invoicing software"
    vendor.profile.goals = [.leads]
    #expect(BioSuggestion.suggest(for: vendor, on: .linkedin)?.hasSuffix("Book a demo.") == true)
  }

  @Test func anUnknownLongSectorIsNotPastedIntoAName() throws {
    var state = BrandState(name: try BrandName("Atelier"))
    state.profile.sector = "handmade candles and soaps from recycled glass jars"
    let first = try #require(CommunitySuggestions.suggest(state).first)
    #expect(first.name == "your field enthusiasts")
  }
}

/// Issue 15 §6: confidential trades' replies never confirm a patient or a client.
@Suite struct ConfidentialReplyTests {
  @Test func aClinicsReplyNeverConfirmsAPatient() throws {
    #expect(SectorKind.health.isConfidential && SectorKind.legal.isConfidential)
    #expect(!SectorKind.food.isConfidential)
    let open = try #require(NegativePost.unhappy.reply(brand: "Leeds Physio"))
    #expect(open.contains("at Leeds Physio"))
    let kept = try #require(
      NegativePost.unhappy.reply(brand: "Leeds Physio", confidential: true))
    #expect(!kept.contains("Leeds Physio") && !kept.contains("experience"))
    #expect(kept.contains("private message"))
    let french = try #require(
      NegativePost.rager.reply(brand: "Cabinet Martin", language: .fr, confidential: true))
    #expect(french.contains("message privé") && !french.contains("Cabinet Martin"))
  }
}

/// A community of speakers abroad is named with the languages' names, never their codes.
struct SpeakersAbroadTests {
  @Test func languagesAreNamedInTheBrandsLanguage() {
    #expect(
      CommunitySuggestions.languageNames(["fr", "en"], Strings.of(.fr)) == "français et anglais")
    #expect(
      CommunitySuggestions.languageNames(["en", "fr", "xx"], Strings.of(.en))
        == "English, French and XX")
    #expect(CommunitySuggestions.languageNames(["de"], Strings.of(.en)) == "German")
  }
}
