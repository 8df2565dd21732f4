import SMMCore
import Testing

struct MetricsFormulaTests {
  func near(_ value: Double?, _ expected: Double) -> Bool {
    guard let value else { return false }
    return abs(value - expected) < 1e-9
  }

  @Test func ratesMatchHandComputedValues() {
    // 37 / 1,250 × 100 = 2.96; 37 / 4,000 × 100 = 0.925; 37 / 2,000 × 100 = 1.85.
    let rates = EngagementRates(engagements: 37, followers: 4_000, reach: 1_250, impressions: 2_000)
    #expect(near(rates.byReach, 2.96))
    #expect(near(rates.byFollowers, 0.925))
    #expect(near(rates.byImpressions, 1.85))
    // 70 engagements over 7 days / (7 × 1,000 followers) × 100 = 1.0.
    #expect(near(EngagementRates.averageDaily(engagements: 70, followers: 1_000, days: 7), 1.0))
    // 1 / 3 × 100 = 33.333…
    #expect(
      near(
        EngagementRates(engagements: 1, followers: 3, reach: 3, impressions: 3).byReach, 100.0 / 3))
    #expect(EngagementRates.percentText(rates.byReach) == "2.96%")
    #expect(EngagementRates.percentText(rates.byFollowers) == "0.93%")
    #expect(EngagementRates.percentText(nil) == "—")
    #expect(EngagementRates.pointsText(2.04) == "+2.04 pp")
    #expect(EngagementRates.pointsText(-0.5) == "-0.50 pp")
  }

  @Test func recordRatesUseTheRecordsCounts() throws {
    let record = try MetricsRecord(
      platform: .instagram, week: ISOWeek(parsing: "2026-W05"), followers: 4_000, reach: 1_250,
      impressions: 2_000, engagements: 37)
    #expect(
      EngagementRates(record)
        == EngagementRates(engagements: 37, followers: 4_000, reach: 1_250, impressions: 2_000))
  }

  @Test func zeroDenominatorsGiveNil() {
    let rates = EngagementRates(engagements: 5, followers: 0, reach: 0, impressions: 0)
    #expect(rates.byReach == nil)
    #expect(rates.byFollowers == nil)
    #expect(rates.byImpressions == nil)
    #expect(EngagementRates.averageDaily(engagements: 5, followers: 0, days: 7) == nil)
    #expect(EngagementRates.averageDaily(engagements: 5, followers: 10, days: 0) == nil)
    let none = EngagementRates(engagements: 0, followers: 10, reach: 10, impressions: 10)
    #expect(none.byReach == 0)
  }

  @Test func formulasAreNamed() {
    let formulas = EngagementRates.formulas
    #expect(formulas.count == 4)
    #expect(formulas[0].hasPrefix("ERR") && formulas[0].contains("engagements / reach × 100"))
    #expect(formulas[1].contains("engagements / followers × 100"))
    #expect(formulas[2].contains("engagements / impressions × 100"))
    #expect(formulas[3].contains("(X × followers) × 100"))
  }

  @Test(arguments: [
    (0.0, EngagementBand.low), (0.99, .low), (1.0, .average), (3.49, .average), (3.5, .high),
    (6.0, .high), (6.01, .veryHigh), (42.0, .veryHigh),
  ])
  func bandsAtTheirEdges(_ percent: Double, _ band: EngagementBand) {
    #expect(EngagementBand.band(forPercent: percent) == band)
  }

  @Test func bandsSayTheyAreRulesOfThumb() {
    #expect(EngagementBand.source.contains("rules of thumb"))
    #expect(EngagementBand.veryHigh.label == "very high")
  }

  @Test func trendGivesTheChangeOfERRInPoints() throws {
    func record(_ week: String, reach: Int, engagements: Int) throws -> MetricsRecord {
      try MetricsRecord(
        platform: .linkedin, week: ISOWeek(parsing: week), followers: 900, reach: reach,
        impressions: 3_000, engagements: engagements)
    }
    // ERR: 37/1250 = 2.96; 50/1000 = 5.00; reach 0 → unknown; 10/500 = 2.00; 30/1000 = 3.00.
    let records = [
      try record("2026-W03", reach: 1_000, engagements: 50),
      try record("2026-W02", reach: 1_250, engagements: 37),
      try record("2026-W04", reach: 0, engagements: 3),
      try record("2026-W05", reach: 500, engagements: 10),
      try record("2026-W06", reach: 1_000, engagements: 30),
    ]
    let trend = EngagementRates.trend(records)
    #expect(
      trend.map(\.week.description) == ["2026-W02", "2026-W03", "2026-W04", "2026-W05", "2026-W06"])
    #expect(trend[0].reachChange == nil, "the first week has no previous week")
    #expect(near(trend[0].rates.byReach, 2.96))
    #expect(near(trend[1].reachChange, 2.04))
    #expect(trend[2].rates.byReach == nil && trend[2].reachChange == nil)
    #expect(trend[3].reachChange == nil, "the previous ERR is unknown")
    #expect(near(trend[4].reachChange, 1.0))
    #expect(EngagementRates.trend([]).isEmpty)
  }
}

struct ISOWeekTests {
  @Test func parsesAndPrints() throws {
    let week = try ISOWeek(parsing: "2026-W05")
    #expect(week.year == 2026 && week.week == 5)
    #expect(week.description == "2026-W05")
    #expect(try ISOWeek(parsing: "2026-w01").description == "2026-W01")
    #expect(try ISOWeek(year: 2026, week: 12).description == "2026-W12")
    #expect(try ISOWeek(parsing: "2025-W52") < ISOWeek(parsing: "2026-W01"))
    #expect(try ISOWeek(parsing: "2026-W01").previous == ISOWeek(parsing: "2025-W52"))
    #expect(try ISOWeek(parsing: "2027-W01").previous == ISOWeek(parsing: "2026-W53"))
  }

  @Test func week53OnlyInLongYears() throws {
    // Long ISO years start on a Thursday, or on a Wednesday in a leap year. 1 January 2026 is a
    // Thursday, so 2026 has a week 53 (28 Dec 2026 – 3 Jan 2027); 2020 began on a Wednesday
    // and is a leap year.
    let long = [1992, 1998, 2004, 2009, 2015, 2020, 2026, 2032, 2037]
    for year in 1990...2040 {
      #expect(ISOWeek.weeksIn(year: year) == (long.contains(year) ? 53 : 52), "\(year)")
    }
    #expect(try ISOWeek(parsing: "2020-W53").week == 53)
    #expect(try ISOWeek(parsing: "2026-W53").week == 53)
    #expect(throws: SMMCoreError.self) { try ISOWeek(parsing: "2025-W53") }
    #expect(throws: SMMCoreError.self) { try ISOWeek(parsing: "2027-W53") }
  }

  @Test(arguments: [
    "2026-5", "2026-W5", "2026-W00", "2026-W54", "26-W05", "2026W05", "2026-W05 ", "week 5", "",
  ])
  func rejectsWhatIsNotAWeek(_ text: String) {
    #expect(throws: SMMCoreError.self) { try ISOWeek(parsing: text) }
  }

  @Test func errorShowsTheFormat() throws {
    let error = #expect(throws: SMMCoreError.self) { try ISOWeek(parsing: "2026-5") }
    #expect(error?.description.contains("YYYY-Www") == true)
  }
}

struct MetricsRecordTests {
  @Test func validatesTextFields() throws {
    let (record, warnings) = try MetricsRecord.validate(
      platform: "Instagram", week: "2026-W05", followers: "4,000", reach: " 1250 ",
      impressions: "2000", engagements: "37")
    #expect(record.platform == .instagram && record.followers == 4_000 && record.reach == 1_250)
    #expect(warnings.isEmpty)
  }

  @Test func reachAboveImpressionsIsAWarning() throws {
    let (record, warnings) = try MetricsRecord.validate(
      platform: "x", week: "2026-W05", followers: "10", reach: "300", impressions: "200",
      engagements: "400")
    #expect(record.reach == 300)
    #expect(
      warnings.count == 1 && warnings[0].english.contains("reach (300) is above impressions (200)"))
    #expect(
      warnings.first?.render(.french).contains("la portée (300) dépasse les impressions") == true)
    let noImpressions = try MetricsRecord.validate(
      platform: "x", week: "2026-W05", followers: "10", reach: "300", impressions: "0",
      engagements: "4")
    #expect(noImpressions.warnings.isEmpty)
  }

  @Test func errorsSayWhatAndHow() {
    let error = #expect(throws: SMMCoreError.self) {
      try MetricsRecord.validate(
        platform: "x", week: "2026-W05", followers: "-3", reach: "1", impressions: "1",
        engagements: "1")
    }
    #expect(
      error?.description.hasPrefix("followers must be a whole number ≥ 0, not \"-3\"") == true)
    #expect(throws: SMMCoreError.self) {
      try MetricsRecord(
        platform: .x, week: ISOWeek(parsing: "2026-W05"), followers: 1, reach: -1, impressions: 1,
        engagements: 1)
    }
    for bad in ["1.5", "12,00", "1,2345", "abc", "", "1e3"] {
      #expect(throws: SMMCoreError.self, "\(bad)") {
        try MetricsRecord.validate(
          platform: "x", week: "2026-W05", followers: "1", reach: "1", impressions: "1",
          engagements: bad)
      }
    }
  }
}

struct MetricsCSVTests {
  static let expected: [(Platform, String, Int, Int, Int, Int)] = [
    (.instagram, "2026-W05", 12_000, 1_250, 2_000, 37),
    (.linkedin, "2026-W05", 800, 300, 450, 12),
  ]

  func check(_ records: [MetricsRecord]) throws {
    #expect(records.count == Self.expected.count)
    for (record, row) in zip(records, Self.expected) {
      #expect(record.platform == row.0)
      #expect(record.week == (try ISOWeek(parsing: row.1)))
      #expect(record.followers == row.2)
      #expect(record.reach == row.3)
      #expect(record.impressions == row.4)
      #expect(record.engagements == row.5)
    }
  }

  @Test func readsCommaFiles() throws {
    try check(
      MetricsCSV.parse(
        """
        platform,week,followers,reach,impressions,engagements
        instagram,2026-W05,12000,1250,2000,37
        linkedin,2026-W05,800,300,450,12

        """))
  }

  @Test func readsSemicolonFilesWithExtraColumnsInAnyOrder() throws {
    try check(
      MetricsCSV.parse(
        """
        Semaine;Platform;WEEK;Engagements;Reach;Impressions;Followers;Notes
        5;Instagram;2026-W05;37;1250;2000;12 000;"bien; très bien"
        5;LinkedIn;2026-W05;12;300;450;800;
        """))
  }

  @Test func readsTabFiles() throws {
    try check(
      MetricsCSV.parse(
        "platform\tweek\tfollowers\treach\timpressions\tengagements\n"
          + "instagram\t2026-W05\t12000\t1250\t2000\t37\n"
          + "linkedin\t2026-W05\t800\t300\t450\t12\n"))
  }

  @Test func readsBOMAndCRLFAndQuotedThousands() throws {
    let text =
      "\u{FEFF}\"platform\",\"week\",\"followers\",\"reach\",\"impressions\",\"engagements\",\"note\"\r\n"
      + "instagram,2026-W05,\"12,000\",\"1,250\",\"2,000\",37,\"said \"\"hi\"\", twice\"\r\n"
      + "linkedin,2026-W05,800,300,450,12,\"two\r\nlines\"\r\n"
      + "\r\n\r\n"
    try check(MetricsCSV.parse(text))
  }

  @Test func warningsNameTheRow() throws {
    let result = try MetricsCSV.parseWithWarnings(
      """
      platform,week,followers,reach,impressions,engagements
      instagram,2026-W05,12000,1250,2000,37
      x,2026-W05,10,300,200,4
      """)
    #expect(result.records.count == 2)
    #expect(result.warnings.count == 1 && result.warnings[0].english.hasPrefix("row 3: "))
  }

  /// Asserts that importing `text` fails, nothing is returned, and the message holds `parts`.
  func expectFailure(
    _ text: String, mentions parts: [String], sourceLocation: SourceLocation = #_sourceLocation
  ) {
    var records: [MetricsRecord]?
    let error = #expect(throws: SMMCoreError.self, sourceLocation: sourceLocation) {
      records = try MetricsCSV.parse(text)
    }
    #expect(records == nil, "nothing is returned", sourceLocation: sourceLocation)
    let message = error?.description ?? ""
    for part in parts {
      #expect(message.contains(part), "\(message)", sourceLocation: sourceLocation)
    }
  }

  static let header = "platform,week,followers,reach,impressions,engagements\n"
  static let good = "instagram,2026-W05,12000,1250,2000,37\n"

  @Test func missingColumns() {
    expectFailure(
      "platform,week,followers,reach\ninstagram,2026-W05,1,1\n",
      mentions: ["row 1", "lacks the columns impressions, engagements"])
  }

  @Test func nonNumericValue() {
    expectFailure(
      Self.header + Self.good + "linkedin,2026-W05,800,lots,450,12\n",
      mentions: ["row 3, column reach", "whole number ≥ 0, not \"lots\"", "Nothing was imported"])
  }

  @Test func negativeValue() {
    expectFailure(
      Self.header + Self.good + Self.good.replacing("instagram", with: "x")
        + "tiktok,2026-W05,-3,1,1,1\n",
      mentions: ["row 4, column followers", "followers must be a whole number ≥ 0, not \"-3\""])
  }

  @Test func unquotedThousandsMakeARaggedRow() {
    expectFailure(
      Self.header + "instagram,2026-W05,12,000,1250,2000,37\n",
      mentions: ["row 2", "7 fields but the header has 6", "in quotes, like \"12,000\""])
  }

  @Test func shortRaggedRow() {
    expectFailure(
      Self.header + Self.good + "\n" + "linkedin,2026-W05,800,300\n",
      mentions: ["row 4, column impressions", "4 fields but the header has 6"])
  }

  @Test func wrongDelimiter() {
    expectFailure(
      "platform|week|followers|reach|impressions|engagements\ninstagram|2026-W05|1|1|1|1\n",
      mentions: [
        "the header must name the columns platform, week, followers, reach, impressions, engagements, separated by commas"
      ])
    expectFailure("", mentions: ["the header must name the columns"])
  }

  @Test func unknownPlatform() {
    expectFailure(
      Self.header + Self.good + "instagarm,2026-W05,1,1,1,1\n",
      mentions: ["row 3, column platform", "\"instagarm\"", "instagram", "linkedin", "bluesky"])
  }

  @Test func badWeek() {
    expectFailure(
      Self.header + "instagram,2025-W53,1,1,1,1\n",
      mentions: ["row 2, column week", "2025 has no week 53"])
    expectFailure(
      Self.header + "instagram,2026-5,1,1,1,1\n", mentions: ["row 2, column week", "YYYY-Www"])
  }

  @Test func duplicateRows() {
    expectFailure(
      Self.header + Self.good + "linkedin,2026-W05,800,300,450,12\n"
        + "Instagram,2026-w05,1,1,1,1\n",
      mentions: ["rows 2 and 4", "instagram 2026-W05"])
  }

  @Test func unclosedQuote() {
    expectFailure(
      Self.header + Self.good + "x,2026-W05,\"12,000,1,1,1\n", mentions: ["row 3", "never closed"])
  }

  @Test func duplicateHeaderColumn() {
    expectFailure(
      "platform,week,reach,followers,reach,impressions,engagements\n",
      mentions: ["row 1", "reach appears 2 times"])
  }
}
