import SMMCore
import Testing

/// The public holiday tables against the official lists for 2026–2028, and the calendar that
/// publishes nothing on the home market's holidays.
struct PublicHolidaysTests {
  func dates(_ country: String, _ year: Int) -> [String] {
    PublicHolidays.holidays(country, year: year).map(\.date.description)
  }

  /// Easter Sunday, computed: 5 April 2026, 28 March 2027, 16 April 2028 (the dates the GOV.UK
  /// and Service-Public.fr lists put Good Friday and Easter Monday around).
  @Test(arguments: [
    (2026, "2026-04-05"), (2027, "2027-03-28"), (2028, "2028-04-16"), (2019, "2019-04-21"),
    (2038, "2038-04-25"), (2285, "2285-03-22"),
  ])
  func easterSundayIsComputed(_ year: Int, _ date: String) {
    #expect(PublicHolidays.easterSunday(year).description == date)
  }

  /// France: Code du travail art. L3133-1 (service-public.fr, « Jours fériés »).
  @Test func france2027() {
    #expect(
      dates("FR", 2027) == [
        "2027-01-01", "2027-03-29", "2027-05-01", "2027-05-06", "2027-05-08", "2027-05-17",
        "2027-07-14", "2027-08-15", "2027-11-01", "2027-11-11", "2027-12-25",
      ])
  }

  /// England and Wales: GOV.UK "UK bank holidays" — Boxing Day 2026 on a Saturday moves to
  /// Monday 28 December; in 2027 Christmas and Boxing Day move to 27 and 28 December; New
  /// Year's Day 2028 to Monday 3 January.
  @Test(arguments: [
    (
      2026,
      [
        "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
        "2026-12-25", "2026-12-28",
      ]
    ),
    (
      2027,
      [
        "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
        "2027-12-27", "2027-12-28",
      ]
    ),
    (
      2028,
      [
        "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28",
        "2028-12-25", "2028-12-26",
      ]
    ),
  ])
  func englandAndWales(_ year: Int, _ expected: [String]) {
    #expect(dates("GB", year) == expected)
  }

  /// United States: 5 U.S.C. § 6103 and OPM "Federal Holidays" — 4 July 2026 (a Saturday) is
  /// observed on Friday 3 July; New Year's Day 2028 (a Saturday) on Friday 31 December 2027.
  @Test func unitedStates() {
    let y2026 = dates("US", 2026)
    #expect(y2026.count == 12, "eleven holidays and one observed day: \(y2026)")
    for day in [
      "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03", "2026-07-04",
      "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25",
    ] {
      #expect(y2026.contains(day), "\(day)")
    }
    let y2027 = dates("US", 2027)
    for day in ["2027-06-18", "2027-07-05", "2027-11-25", "2027-12-24", "2027-12-31"] {
      #expect(y2027.contains(day), "\(day)")
    }
    #expect(dates("US", 2028).contains("2028-11-10"), "Veterans Day on a Saturday")
  }

  /// Switzerland: the one national holiday, Federal Constitution art. 110 para. 3.
  @Test func switzerlandHasItsNationalDay() {
    #expect(dates("CH", 2026) == ["2026-08-01"])
  }

  /// Belgium: Belgium.be, « Jours fériés » (loi du 4 janvier 1974), the ten legal holidays.
  @Test func belgium2028() {
    #expect(
      dates("BE", 2028) == [
        "2028-01-01", "2028-04-17", "2028-05-01", "2028-05-25", "2028-06-05", "2028-07-21",
        "2028-08-15", "2028-11-01", "2028-11-11", "2028-12-25",
      ])
  }

  @Test func everyTableHasAnOfficialSource() {
    for country in PublicHolidays.countries {
      let source = PublicHolidays.source(country)
      #expect(source?.kind == .official, "\(country)")
      #expect(source?.reference?.url?.hasPrefix("https://") == true, "\(country)")
    }
    #expect(PublicHolidays.source("JP") == nil)
    #expect(PublicHolidays.holidays("JP", year: 2027).isEmpty)
  }

  static func brand(_ countries: [String]) throws -> BrandState {
    var state = try BrandState.fold([
      .create(try BrandName("Boulangerie")), .setProfile(.hours(20)),
      .chooseSpaces([.facebook, .instagram]),
    ])
    if !countries.isEmpty { state = try state.applying(.setProfile(.countries(countries))) }
    return state
  }

  @Test func theCalendarSkipsTheHomeMarketsHolidays() throws {
    // Four weeks from Monday 26 April 2027: 1 and 8 May (Saturdays), Ascension (Thursday 6
    // May) and Whit Monday (17 May) in France.
    let start = try CivilDate(parsing: "2027-04-26")
    let french = try CalendarPlanner.plan(try Self.brand(["FR"]), weeks: 4, start: start)
    #expect(!french.slots.contains { PublicHolidays.holiday("FR", on: $0.date) != nil })
    let note = try #require(french.notes.first { $0.key == "calendar.note.holidays" })
    #expect(note.english.contains("on public holidays in France: "), "\(note.english)")
    #expect(note.english.contains("Ascension Day"), "\(note.english)")
    #expect(note.english.hasSuffix("— Service-Public.fr"), "\(note.english)")
    #expect(note.render(.french).contains("les jours fériés en France : "))
    // Without a country, or in the UK, those days keep their posts.
    let plain = try CalendarPlanner.plan(try Self.brand([]), weeks: 4, start: start)
    #expect(plain.slots.count > french.slots.count)
    #expect(!plain.notes.contains { $0.key.hasPrefix("calendar.note.holidays") })
  }

  @Test func aCountryWithoutATableSaysSo() throws {
    let start = try CivilDate(parsing: "2027-04-26")
    let plan = try CalendarPlanner.plan(try Self.brand(["JP", "FR"]), weeks: 2, start: start)
    let note = try #require(plan.notes.first { $0.key == "calendar.note.noHolidays" })
    #expect(note.english.hasPrefix("No public holiday list in Japan yet"), "\(note.english)")
  }
}
