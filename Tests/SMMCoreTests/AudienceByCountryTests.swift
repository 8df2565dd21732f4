import Testing

// `@testable` to reach `PlatformCatalog.builtIn`, the shipped figures themselves.
@testable import SMMCore

/// The audience figures per country, each with the measure it is and its source, and how the
/// scoring reads them for a brand's home market.
struct AudienceByCountryTests {
  /// One figure of the catalog as its source gives it.
  struct Row: Sendable, CustomTestStringConvertible {
    let platform: Platform
    let country: String
    let measure: AudienceMeasure
    let ages: ClosedRange<Int>?
    let percent: Double
    let source: String
    var testDescription: String { "\(platform.rawValue) \(country) \(percent)% \(source)" }
  }

  /// The figures added for the UK and France, and the US figures the 18–29 comparison uses.
  /// Sources: Ofcom, "Online Nation 2025" (10 Dec 2025) and "Online Nation 2024" (28 Nov 2024),
  /// https://www.ofcom.org.uk/research-and-data/internet-and-on-demand-research/online-nation — reach among
  /// UK online adults in a month; We Are Social and Meltwater, "Digital 2025: France" and
  /// "Digital 2024: France", https://datareportal.com/reports/digital-2025-france — GWI, internet
  /// users 16–64, past month; Pew Research Center, "Americans' Social Media Use" (2024, survey of
  /// 2023) and "Americans' Social Media Use 2025" — share of US adults who use each platform.
  static let rows: [Row] = [
    Row(
      platform: .youtube, country: "GB", measure: .monthlyReach, ages: nil, percent: 94,
      source: "Ofcom 2025"),
    Row(
      platform: .facebook, country: "GB", measure: .monthlyReach, ages: nil, percent: 93,
      source: "Ofcom 2025"),
    Row(
      platform: .whatsapp, country: "GB", measure: .monthlyReach, ages: nil, percent: 90,
      source: "Ofcom 2025"),
    Row(
      platform: .reddit, country: "GB", measure: .monthlyReach, ages: nil, percent: 48,
      source: "Ofcom 2024"),
    Row(
      platform: .tiktok, country: "GB", measure: .monthlyReach, ages: 18...24, percent: 74,
      source: "Ofcom 2024"),
    Row(
      platform: .facebook, country: "FR", measure: .monthlyUse, ages: nil, percent: 70.4,
      source: "Digital 2025 France"),
    Row(
      platform: .whatsapp, country: "FR", measure: .monthlyUse, ages: nil, percent: 66.6,
      source: "Digital 2025 France"),
    Row(
      platform: .instagram, country: "FR", measure: .monthlyUse, ages: nil, percent: 60.7,
      source: "Digital 2025 France"),
    Row(
      platform: .snapchat, country: "FR", measure: .monthlyUse, ages: nil, percent: 43.2,
      source: "Digital 2024 France"),
    Row(
      platform: .tiktok, country: "FR", measure: .monthlyUse, ages: nil, percent: 39.4,
      source: "Digital 2024 France"),
    Row(
      platform: .x, country: "FR", measure: .monthlyUse, ages: nil, percent: 30.2,
      source: "Digital 2024 France"),
    Row(
      platform: .pinterest, country: "FR", measure: .monthlyUse, ages: nil, percent: 28.1,
      source: "Digital 2024 France"),
    Row(
      platform: .linkedin, country: "FR", measure: .monthlyUse, ages: nil, percent: 25.3,
      source: "Digital 2024 France"),
    Row(
      platform: .whatsapp, country: "US", measure: .everUse, ages: nil, percent: 32,
      source: "Pew 2025"),
    Row(
      platform: .snapchat, country: "US", measure: .everUse, ages: nil, percent: 25,
      source: "Pew 2025"),
    Row(
      platform: .instagram, country: "US", measure: .everUse, ages: 18...29, percent: 80,
      source: "Pew 2025"),
    Row(
      platform: .tiktok, country: "US", measure: .everUse, ages: 18...29, percent: 62,
      source: "Pew 2023"),
    Row(
      platform: .tiktok, country: "US", measure: .dailyUse, ages: 18...29, percent: 50,
      source: "Pew 2025"),
  ]

  @Test(arguments: rows) func theCatalogHoldsTheFigureAsItsSourceGivesIt(_ row: Row) throws {
    let figure = try #require(
      PlatformCatalog.entry(row.platform).audience.first {
        $0.country == row.country && $0.measure == row.measure && $0.ages == row.ages
          && $0.percent == row.percent
      }, "\(row.testDescription)")
    #expect(figure.source.short == row.source)
    #expect(figure.source.reference?.url != nil, "a bibliography reference with its URL")
  }

  @Test func everyFigureNamesItsCountryInItsStatement() {
    let words = ["US": "US adults", "GB": "UK online adults", "FR": "French internet users"]
    for entry in PlatformCatalog.builtIn {
      for figure in entry.audience {
        #expect(ISOCountries.isCode(figure.country), "\(figure.statement)")
        if let word = words[figure.country] {
          #expect(figure.statement.contains(word), "\(figure.statement)")
        }
      }
    }
  }

  @Test func eachCountryIsScoredOnOneMeasureOnly() {
    // Like with like: within a country, every scored figure measures the same thing.
    var measures: [String: Set<AudienceMeasure>] = [:]
    for entry in PlatformCatalog.builtIn {
      for figure in entry.audience where figure.measure.isScored {
        measures[figure.country, default: []].insert(figure.measure)
      }
    }
    #expect(measures["US"] == [.everUse])
    #expect(measures["GB"] == [.monthlyReach])
    #expect(measures["FR"] == [.monthlyUse])
  }

  static func profile(_ countries: [String], ages: [AgeBand] = []) -> BrandProfile {
    BrandProfile(
      sector: "bakery", market: .b2c, ages: ages, goals: [.awareness], hours: 6,
      formats: [.image, .shortVideo], reach: .local, countries: countries, languages: ["fr"])
  }

  func reasons(_ platform: Platform, _ profile: BrandProfile) throws -> [String] {
    let score = try #require(SpaceScoring.rank(profile).first { $0.platform == platform })
    return try #require(score.components.first { $0.criterion == .audience }).reasons
  }

  @Test func aFrenchBrandIsScoredOnFrenchFigures() throws {
    let reasons = try reasons(.snapchat, Self.profile(["FR"]))
    #expect(reasons.contains { $0.contains("43.2% of French internet users aged 16–64") })
    #expect(!reasons.contains { $0.contains("US adults") }, "\(reasons)")
  }

  @Test func aMissingCountryFigureFallsBackAndSaysSo() throws {
    // No French figure was found for YouTube: the US one is used, and the reason says so.
    let reasons = try reasons(.youtube, Self.profile(["FR"]))
    #expect(
      reasons.first
        == "No figure for YouTube in France: counted with a figure measured in the United States instead (share of adults who say they use it), another survey — smm model",
      "\(reasons)")
    #expect(reasons.contains { $0.contains("84% of US adults use YouTube") })
    let french = try #require(
      SpaceScoring.rank(Self.profile(["FR"])).first { $0.platform == .youtube }?
        .components.first { $0.criterion == .audience })
    #expect(
      french.notes.first?.render(.french)
        == "Aucun chiffre pour YouTube en France : compté avec un chiffre mesuré aux États-Unis (part des adultes qui disent l'utiliser), une autre étude — modèle smm"
    )
  }

  @Test func theOtherCountriesComeBeforeTheUS() throws {
    // A Swiss brand that also sells in France: no Swiss figure, the French one is next.
    let reasons = try reasons(.instagram, Self.profile(["CH", "FR"]))
    #expect(reasons.first?.hasPrefix("No figure for Instagram in Switzerland") == true)
    #expect(reasons.first?.contains("measured in France") == true)
    #expect(reasons.contains { $0.contains("60.7% of French internet users") })
  }

  @Test func aUKBrandReadsOfcomsReach() throws {
    let reasons = try reasons(.whatsapp, Self.profile(["GB"]))
    #expect(reasons.contains { $0.contains("90% of UK online adults visited WhatsApp") })
    let value = try #require(
      SpaceScoring.rank(Self.profile(["GB"])).first { $0.platform == .whatsapp }?
        .components.first { $0.criterion == .audience }?.value)
    #expect(abs(value - 90 / 94) < 1e-9, "read against Ofcom's own scale")
  }

  @Test func withoutCountriesTheUSFiguresStay() throws {
    let reasons = try reasons(.whatsapp, Self.profile([]))
    #expect(reasons.contains { $0.contains("32% of US adults use WhatsApp") })
    #expect(!reasons.contains { $0.hasPrefix("No figure") })
  }

  @Test func youngAdultsCompareTikTokAndInstagramOnTheSameMeasure() throws {
    // Pew: 80% of US adults 18–29 ever use Instagram (2025), 62% TikTok (2023); the 50% is
    // daily use, another measure, never scored against them.
    let profile = Self.profile([], ages: [.youngAdults])
    let tiktok = try reasons(.tiktok, profile)
    #expect(tiktok.contains { $0.contains("62% of US adults 18–29 use TikTok") }, "\(tiktok)")
    #expect(!tiktok.contains { $0.contains("daily") }, "\(tiktok)")
    let instagram = try reasons(.instagram, profile)
    #expect(instagram.contains { $0.contains("80% of US adults 18–29 use Instagram") })
  }
}
