import SMMCore
import Testing

struct CivilDateTests {
  @Test func daysRoundTripAndWeekdays() throws {
    let date = try CivilDate(parsing: "2026-12-07")
    #expect(date.weekday == 0, "7 December 2026 is a Monday")
    #expect(CivilDate(dayNumber: date.dayNumber) == date)
    #expect(try CivilDate(parsing: "2024-02-28").adding(days: 1).description == "2024-02-29")
    #expect(try CivilDate(parsing: "2026-12-31").adding(days: 1).description == "2027-01-01")
    #expect(try CivilDate(parsing: "2026-12-03").nextMonday.description == "2026-12-07")
    #expect(date.nextMonday == date)
  }

  @Test(arguments: ["2026-02-29", "2026-13-01", "26-1-1", "2026-1-01", "tomorrow"])
  func rejectsWhatIsNotADate(_ text: String) {
    #expect(throws: SMMCoreError.self) { try CivilDate(parsing: text) }
  }
}

struct AdapterTests {
  static let corpus: [String] = [
    "Short and sweet.",
    "How we bake: " + String(repeating: "flour, water, salt and time. ", count: 40),
    String(repeating: "日本語の文章です。", count: 60),
    String(repeating: "👨‍👩‍👧‍👦👍🏽 ", count: 200),
    "Read more at https://example.com/a/b/c?x=1 and https://example.org #one #two #three #four #five #six #seven",
    "Cafe\u{301} cre\u{300}me bru\u{302}le\u{301}e — " + String(repeating: "é", count: 3_000),
    String(repeating: "x", count: 30_000),
  ]

  func brand() throws -> (EditorialLine, BrandName) {
    (EditorialLine(pillars: ["bread"]), try BrandName("Le Fournil"))
  }

  @Test func everyVariantFitsItsPlatform() throws {
    let (line, name) = try brand()
    for (index, text) in Self.corpus.enumerated() {
      let message = ContentMessage(id: index + 1, text: text, tag: .brand)
      for platform in Platform.allCases {
        let variant = Adapter.adapt(message, to: platform, line: line, brand: name)
        for part in variant.parts {
          let count = PlatformCounter.count(part, on: platform)
          // A thread stops at its part limit; everything else must be valid.
          if variant.parts.count < Adapter.maximumThreadParts {
            #expect(
              count.valid,
              "message \(index + 1) on \(platform): \(count.length)/\(count.limit ?? 0) \(count.notes)"
            )
          }
        }
        #expect(!variant.changes.isEmpty, "every variant says what it did")
        if let title = variant.title, let count = PlatformCounter.countTitle(title, on: platform) {
          #expect(count.valid, "title on \(platform)")
        }
      }
    }
  }

  @Test func longTextsBecomeNumberedThreadsOnThreadPlatforms() throws {
    let (line, name) = try brand()
    let message = ContentMessage(id: 1, text: Self.corpus[1], tag: .educational)
    let variant = Adapter.adapt(message, to: .x, line: line, brand: name)
    #expect(variant.parts.count > 1)
    for (index, part) in variant.parts.enumerated() {
      #expect(part.hasSuffix(" \(index + 1)/\(variant.parts.count)"))
    }
    let linkedin = Adapter.adapt(message, to: .linkedin, line: line, brand: name)
    #expect(linkedin.parts.count == 1, "LinkedIn takes 3,000 characters: no thread")
  }

  @Test func cutsNeverSplitACharacter() throws {
    let (line, name) = try brand()
    let message = ContentMessage(id: 1, text: Self.corpus[3], tag: .brand)
    let variant = Adapter.adapt(message, to: .instagram, line: line, brand: name)
    for character in variant.text where character.unicodeScalars.count > 1 {
      #expect(["👨‍👩‍👧‍👦", "👍🏽"].contains(character), "whole graphemes only: \(character)")
    }
  }

  @Test func linksAndHashtagsFollowThePlatform() throws {
    let (line, name) = try brand()
    let message = ContentMessage(id: 1, text: Self.corpus[4], tag: .brand)
    let instagram = Adapter.adapt(message, to: .instagram, line: line, brand: name)
    #expect(!instagram.text.contains("https://"))
    #expect(instagram.text.contains("link in bio"))
    #expect(instagram.text.split(separator: " ").filter { $0.hasPrefix("#") }.count == 5)
    let x = Adapter.adapt(message, to: .x, line: line, brand: name)
    #expect(x.text.contains("https://example.com"))
    #expect(x.changes.contains { $0.contains("2 URLs count 23 each") })
    let youtube = Adapter.adapt(message, to: .youtube, line: line, brand: name)
    #expect(
      youtube.title
        == "Read more at https://example.com/a/b/c?x=1 and https://example.org #one #two #three #four #five #six #seven"
        || youtube.title != nil)
  }

  /// Adapting to every platform at once shares the preparation, and gives the variants that
  /// adapting to each platform alone gives: sponsored or not, in either language, with
  /// hashtags to write in CamelCase, links and text too long for some platforms.
  @Test func adaptingToEveryPlatformAtOnceGivesTheVariantsOneByOne() throws {
    let (line, name) = try brand()
    let texts =
      Self.corpus + [
        "Le lac au lever du jour #lacannecy #LeFournil  avec  https://example.com/x et www.test.fr",
        "  Our #sourdough  #breadlover tips!! Read https://example.com/a ",
      ]
    for (index, text) in texts.enumerated() {
      for sponsored in [false, true] {
        let message = ContentMessage(id: index + 1, text: text, tag: .brand, sponsored: sponsored)
        for (language, country) in [(Language.en, "GB"), (.fr, "FR")] {
          let disclosure = DisclosureRule.of(country)
          let together = Adapter.adapt(
            message, to: Platform.allCases, line: line, brand: name, language: language,
            disclosure: disclosure)
          #expect(together.count == Platform.allCases.count)
          for (platform, variant) in zip(Platform.allCases, together) {
            let alone = Adapter.adapt(
              message, to: platform, line: line, brand: name, language: language,
              disclosure: disclosure)
            #expect(variant == alone, "message \(index + 1) on \(platform), sponsored \(sponsored)")
          }
        }
      }
    }
  }

  @Test func adaptationIsDeterministic() throws {
    let (line, name) = try brand()
    let message = ContentMessage(id: 1, text: Self.corpus[1], tag: .brand)
    for platform in Platform.allCases {
      #expect(
        Adapter.adapt(message, to: platform, line: line, brand: name)
          == Adapter.adapt(message, to: platform, line: line, brand: name))
    }
  }
}

struct ContentMixAndCalendarTests {
  func messages(_ tags: [ContentTag]) -> [ContentMessage] {
    tags.enumerated().map { ContentMessage(id: $0.offset + 1, text: "m", tag: $0.element) }
  }

  @Test func aBrandCentredFeedIsFlaggedWithTheChangeThatHelpsMost() {
    let mix = ContentMix.evaluate(
      messages([.brand, .brand, .brand, .educational]), rule: .eightyTwenty)
    #expect(mix.isBrandCentred)
    #expect(mix.advice.first?.contains("75% of the messages are about the brand") == true)
    #expect(mix.advice.last?.contains("inform, educate, entertain") == true)
    let balanced = ContentMix.evaluate(messages([.brand, .curated, .conversation]), rule: .thirds)
    #expect(!balanced.isBrandCentred)
    #expect(balanced.advice.isEmpty)
  }

  @Test func everyRuleSumsToOne() {
    for rule in MixRule.allCases {
      #expect(abs(rule.groups.map(\.target).reduce(0, +) - 1) < 1e-9, "\(rule)")
      #expect(
        Set(rule.groups.flatMap(\.tags)) == Set(ContentTag.allCases), "\(rule) covers every tag")
    }
  }

  @Test func theCalendarFitsTheHoursAndKeepsTheStartGiven() throws {
    var state = BrandState(name: try BrandName("Le Fournil"))
    state = try state.applying(.setProfile(.hours(4)))
    state = try state.applying(.chooseSpaces([.instagram, .facebook]))
    state = try state.applying(.addMessage("Hello", .brand))
    state = try state.applying(.adaptMessage(1, [.instagram]))
    let plan = try CalendarPlanner.plan(
      state, weeks: 2, start: try CivilDate(parsing: "2026-12-03"))
    // 3 December 2026 is a Thursday: the calendar starts that day, and its two weeks run to
    // Wednesday 16 December, with no post before the start or after the end.
    #expect(plan.start.description == "2026-12-03")
    let end = try CivilDate(parsing: "2026-12-16")
    #expect(plan.slots.allSatisfy { $0.date >= plan.start && $0.date <= end })
    #expect(
      plan.cadence[.instagram] == 1 && plan.cadence[.facebook] == 1, "8 h needed, 4 available")
    #expect(plan.slots.count == 4)
    #expect(plan.slots.filter { $0.platform == .facebook }.allSatisfy { $0.messageID == nil })
    #expect(plan.notes.contains { $0.english.contains("cut to 50%") })
    #expect(throws: SMMCoreError.self) {
      try CalendarPlanner.plan(BrandState(name: try BrandName("x")), weeks: 2, start: plan.start)
    }
    #expect(throws: SMMCoreError.self) {
      try CalendarPlanner.plan(state, weeks: 0, start: plan.start)
    }
  }

  @Test func everyWeekOfACalendarFromAnyWeekdayHoldsTheSamePosts() throws {
    var state = BrandState(name: try BrandName("Le Fournil"))
    state = try state.applying(.chooseSpaces([.instagram]))
    state = try state.applying(.addMessage("Hello", .brand))
    state = try state.applying(.adaptMessage(1, [.instagram]))
    let monday = try CalendarPlanner.plan(
      state, weeks: 3, start: try CivilDate(parsing: "2027-06-07"))
    for offset in 0..<7 {
      let start = try CivilDate(parsing: "2027-06-01").adding(days: offset)
      let plan = try CalendarPlanner.plan(state, weeks: 3, start: start)
      #expect(plan.start == start, "the date given is kept")
      #expect(plan.slots.count == monday.slots.count)
      for week in 0..<3 {
        let first = start.adding(days: week * 7)
        let days = plan.slots.filter { $0.date >= first && $0.date < first.adding(days: 7) }
        #expect(
          days.map(\.date.weekday).sorted()
            == monday.slots.prefix(days.count).map(\.date.weekday).sorted(),
          "week \(week + 1) from \(start) posts on the same weekdays")
      }
    }
  }
}
