import Testing

// `@testable` to reach `PlatformCatalog.builtIn` itself: `PlatformCatalog.all` goes through a
// dictionary, so it would hide a duplicate entry.
@testable import SMMCore

struct PlatformCatalogTests {
  static let allowedKeys: Set<String> = [
    "display-name", "handle", "bio", "link", "avatar", "banner", "pinned-post", "opening-hours",
    "category",
  ]

  /// Every source the catalog cites, with where it is cited.
  static var citedSources: [(place: String, source: Source)] {
    var result: [(place: String, source: Source)] = []
    for entry in PlatformCatalog.builtIn {
      let name = entry.platform.rawValue
      for figure in entry.audience { result.append(("\(name) audience", figure.source)) }
      for reason in entry.market.reasons { result.append(("\(name) market", reason.source)) }
      for fit in entry.goals { result.append(("\(name) goal", fit.reason.source)) }
      for fit in entry.reach { result.append(("\(name) reach", fit.reason.source)) }
      result.append(("\(name) effort", entry.effort.source))
      for field in entry.profileFields {
        if let source = field.source { result.append(("\(name) \(field.key)", source)) }
      }
    }
    return result
  }

  /// Every reason the catalog gives, with where it is given.
  static var reasons: [(place: String, reason: SourcedReason)] {
    PlatformCatalog.builtIn.flatMap { entry in
      let name = entry.platform.rawValue
      return entry.market.reasons.map { ("\(name) market", $0) }
        + entry.goals.map { ("\(name) \($0.goal.rawValue)", $0.reason) }
        + entry.reach.map { ("\(name) \($0.reach.rawValue)", $0.reason) }
    }
  }

  // MARK: Coverage

  @Test func everyPlatformHasExactlyOneEntry() {
    for platform in Platform.allCases {
      let count = PlatformCatalog.builtIn.filter { $0.platform == platform }.count
      #expect(count == 1, "\(platform.rawValue) has \(count) entries")
    }
    #expect(PlatformCatalog.builtIn.count == Platform.allCases.count)
    #expect(PlatformCatalog.all.map(\.platform) == Platform.allCases)
  }

  @Test(arguments: Platform.allCases)
  func entryLooksUpItsOwnPlatform(_ platform: Platform) {
    #expect(PlatformCatalog.entry(platform).platform == platform)
    #expect(!PlatformCatalog.entry(platform).summary.isEmpty)
  }

  // MARK: Audience

  @Test func percentsAreBetweenZeroAndOneHundred() {
    for entry in PlatformCatalog.builtIn {
      for figure in entry.audience {
        #expect((0...100).contains(figure.percent), "\(entry.platform.rawValue): \(figure.percent)")
      }
    }
  }

  @Test func statementsCarryTheirPercentAndPlatform() {
    for entry in PlatformCatalog.builtIn {
      for figure in entry.audience {
        let percent =
          figure.percent == figure.percent.rounded()
          ? "\(Int(figure.percent))%" : "\(figure.percent)%"
        #expect(figure.statement.contains(percent), "\(figure.statement) lacks \(percent)")
        #expect(
          figure.statement.contains(entry.platform.displayName),
          "\(figure.statement) does not name \(entry.platform.displayName)")
      }
    }
  }

  @Test func ageGroupsAreAdultRanges() {
    for entry in PlatformCatalog.builtIn {
      for figure in entry.audience {
        guard let ages = figure.ages else { continue }
        #expect(ages.lowerBound >= 13 && ages.upperBound <= 99, "\(figure.statement)")
        #expect(ages.lowerBound < ages.upperBound, "\(figure.statement)")
      }
    }
  }

  @Test func atMostOneOverallFigurePerPlatformCountryAndMeasure() {
    for entry in PlatformCatalog.builtIn {
      for country in Set(entry.audience.map(\.country)) {
        for measure in AudienceMeasure.allCases {
          let overall = entry.audience.filter {
            $0.ages == nil && $0.country == country && $0.measure == measure
          }
          #expect(overall.count <= 1, "\(entry.platform.rawValue) \(country) \(measure)")
        }
      }
    }
  }

  @Test func surveyFiguresCarryTheYearOfTheirSurvey() {
    for entry in PlatformCatalog.builtIn {
      for figure in entry.audience where figure.source.short.hasPrefix("Pew") {
        #expect(figure.source.short == "Pew \(figure.year)", "\(figure.statement)")
      }
    }
  }

  @Test func platformsWithoutASurveyFigureHaveNoAudience() {
    // No survey gives a share of adults for Mastodon or for blogs: no number is invented.
    #expect(PlatformCatalog.entry(.mastodon).audience.isEmpty)
    #expect(PlatformCatalog.entry(.blog).audience.isEmpty)
  }

  // MARK: Sources

  @Test func everySourceIsComplete() {
    for (place, source) in Self.citedSources {
      #expect(!source.short.isEmpty, "\(place): empty short citation")
      #expect(!source.citation.isEmpty, "\(place): empty citation")
      #expect(Self.isDate(source.checked), "\(place): checked \"\(source.checked)\"")
    }
  }

  @Test func sourcesWithTheSameShortNameAreTheSame() {
    var byShort: [String: Source] = [:]
    for (place, source) in Self.citedSources {
      if let known = byShort[source.short] {
        #expect(known == source, "\(place): two sources named \(source.short)")
      } else {
        byShort[source.short] = source
      }
    }
  }

  @Test func judgementsSaySoAndNothingElseDoes() {
    for (place, reason) in Self.reasons {
      #expect(!reason.text.isEmpty, "\(place): empty reason")
      let saysJudgement = reason.text.hasPrefix("smm's judgement:")
      #expect(
        saysJudgement == (reason.source.kind == .editorial),
        "\(place): \"\(reason.text)\" cites \(reason.source.short)")
    }
  }

  // MARK: Market, formats, goals, reach, effort

  @Test func strengthsAreBetweenZeroAndThree() {
    for entry in PlatformCatalog.builtIn {
      #expect((0...3).contains(entry.market.b2b), "\(entry.platform.rawValue) b2b")
      #expect((0...3).contains(entry.market.b2c), "\(entry.platform.rawValue) b2c")
      #expect(!entry.market.reasons.isEmpty, "\(entry.platform.rawValue) has no market reason")
    }
  }

  @Test func requiredFormatsAreRewardedFormats() {
    for entry in PlatformCatalog.builtIn {
      #expect(!entry.formats.isEmpty, "\(entry.platform.rawValue) rewards no format")
      #expect(Set(entry.formats).count == entry.formats.count, "\(entry.platform.rawValue)")
      for format in entry.requiredFormats {
        #expect(entry.formats.contains(format), "\(entry.platform.rawValue): \(format)")
      }
    }
  }

  @Test func goalsAndReachesAreListedOnce() {
    for entry in PlatformCatalog.builtIn {
      let goals = entry.goals.map(\.goal)
      let reaches = entry.reach.map(\.reach)
      #expect(!goals.isEmpty && Set(goals).count == goals.count, "\(entry.platform.rawValue)")
      #expect(!reaches.isEmpty && Set(reaches).count == reaches.count, "\(entry.platform.rawValue)")
    }
  }

  @Test func effortIsSane() {
    for entry in PlatformCatalog.builtIn {
      let effort = entry.effort
      #expect(effort.postsPerWeek.lowerBound >= 1, "\(entry.platform.rawValue)")
      #expect(effort.postsPerWeek.upperBound <= 50, "\(entry.platform.rawValue)")
      #expect(effort.hoursPerWeek > 0 && effort.hoursPerWeek <= 40, "\(entry.platform.rawValue)")
    }
  }

  // MARK: Profile fields

  @Test func profileKeysAreKnownAndUnique() {
    for entry in PlatformCatalog.builtIn {
      let keys = entry.profileFields.map(\.key)
      #expect(Set(keys).count == keys.count, "\(entry.platform.rawValue): \(keys)")
      for key in keys {
        #expect(Self.allowedKeys.contains(key), "\(entry.platform.rawValue): \(key)")
      }
      for field in entry.profileFields {
        #expect(!field.label.isEmpty, "\(entry.platform.rawValue) \(field.key)")
      }
    }
  }

  @Test(arguments: Platform.allCases)
  func everyPlatformHasTheBasicFields(_ platform: Platform) {
    let keys = PlatformCatalog.entry(platform).profileFields.map(\.key)
    for key in ["display-name", "bio", "avatar"] {
      #expect(keys.contains(key), "\(platform.rawValue) lacks \(key)")
    }
  }

  @Test func limitsArePositiveAndSourced() {
    for entry in PlatformCatalog.builtIn {
      for field in entry.profileFields {
        let place = "\(entry.platform.rawValue) \(field.key)"
        switch field.kind {
        case .text(let limit?, _):
          #expect(limit > 0, "\(place): \(limit)")
          #expect(field.source != nil, "\(place): a limit without a source")
        case .text(nil, _):
          // A field with no known maximum may still have a sourced shape (Facebook usernames:
          // at least 5 characters, letters, digits and periods).
          let shaped = field.minimum != nil || field.punctuation != nil
          #expect((field.source != nil) == shaped, "\(place): a source without a limit or shape")
        case .done:
          #expect(field.source == nil, "\(place): a done field with a source")
        }
      }
    }
  }

  @Test func imagesAreDoneFields() {
    for entry in PlatformCatalog.builtIn {
      for field in entry.profileFields
      where ["avatar", "banner", "pinned-post"].contains(field.key) {
        #expect(field.kind == .done, "\(entry.platform.rawValue) \(field.key)")
      }
    }
  }

  // MARK: Spot checks

  @Test func instagramUnderThirtyIsEightyPercentInPew2025() throws {
    let figure = try #require(
      PlatformCatalog.entry(.instagram).audience.first { $0.ages == 18...29 && $0.year == 2025 })
    #expect(figure.percent == 80)
    #expect(figure.source.short == "Pew 2025")
    #expect(figure.statement == "80% of US adults 18–29 use Instagram")
  }

  @Test func overallFiguresMatchPew() {
    let expected: [Platform: (Double, String)] = [
      .youtube: (84, "Pew 2025"), .facebook: (71, "Pew 2025"), .instagram: (50, "Pew 2025"),
      .tiktok: (37, "Pew 2025"), .whatsapp: (32, "Pew 2025"), .reddit: (26, "Pew 2025"),
      .snapchat: (25, "Pew 2025"), .x: (21, "Pew 2025"), .threads: (8, "Pew 2025"),
      .bluesky: (4, "Pew 2025"), .pinterest: (35, "Pew 2023"), .linkedin: (30, "Pew 2023"),
    ]
    for (platform, (percent, short)) in expected {
      let overall = PlatformCatalog.entry(platform).audience.first { $0.ages == nil }
      #expect(overall?.percent == percent, "\(platform.rawValue)")
      #expect(overall?.source.short == short, "\(platform.rawValue)")
    }
  }

  @Test func linkedinIsTheB2BNetwork() {
    let market = PlatformCatalog.entry(.linkedin).market
    #expect(market.b2b == 3)
    #expect(market.reasons.contains { $0.source.short == "ITSMA 2015" && $0.text.contains("82%") })
    #expect(market.reasons.contains { $0.source.short == "CMI 2015" && $0.text.contains("63%") })
  }

  @Test func facebookIsStrongForB2C() {
    let market = PlatformCatalog.entry(.facebook).market
    #expect(market.b2c == 3)
    #expect(market.reasons.contains { $0.text.contains("66%") })
  }

  @Test func requiredFormats() {
    #expect(PlatformCatalog.entry(.tiktok).requiredFormats == [.shortVideo])
    #expect(PlatformCatalog.entry(.youtube).requiredFormats == [.longVideo])
    #expect(PlatformCatalog.entry(.pinterest).requiredFormats == [.image])
    #expect(PlatformCatalog.entry(.blog).requiredFormats == [.longForm])
    #expect(PlatformCatalog.entry(.instagram).requiredFormats.isEmpty)
    #expect(PlatformCatalog.entry(.instagram).formats == [.shortVideo, .image])
  }

  @Test func profileLimitSpotChecks() {
    #expect(Self.limit(.x, "bio") == .text(limit: 160, unit: .utf16))
    #expect(Self.limit(.x, "display-name") == .text(limit: 50, unit: .utf16))
    #expect(Self.limit(.x, "handle") == .text(limit: 15, unit: .utf16))
    #expect(Self.limit(.instagram, "bio") == .text(limit: 150, unit: .utf16))
    #expect(Self.limit(.tiktok, "bio") == .text(limit: 80, unit: .utf16))
    #expect(Self.limit(.youtube, "bio") == .text(limit: 1_000, unit: .utf16))
    #expect(Self.limit(.bluesky, "display-name") == .text(limit: 64, unit: .graphemes))
    #expect(Self.limit(.bluesky, "bio") == .text(limit: 256, unit: .graphemes))
    #expect(Self.limit(.mastodon, "bio") == .text(limit: 500, unit: .graphemes))
    #expect(Self.limit(.pinterest, "bio") == .text(limit: 160, unit: .utf16))
  }

  // MARK: Helpers

  /// Whether `text` is a `YYYY-MM-DD` date with a plausible month and day.
  static func isDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return false }
    return (2000...2100).contains(year) && (1...12).contains(month) && (1...31).contains(day)
  }

  /// The kind of the field `key` on `platform`, or nil.
  static func limit(_ platform: Platform, _ key: String) -> ProfileFieldRule.Kind? {
    PlatformCatalog.entry(platform).profileFields.first { $0.key == key }?.kind
  }
}

/// The facts that moved from switches in the code into the platform files hold what the code
/// held (shapes, hashtag placement, "link in bio").
struct PlatformFactsMovedFromCodeTests {
  func platforms(_ test: (PlatformEntry) -> Bool) -> Set<Platform> {
    Set(PlatformCatalog.builtIn.filter(test).map(\.platform))
  }

  @Test func shapesAndHashtagPlacement() {
    #expect(Adapter.threadPlatforms == [.x, .threads, .bluesky, .mastodon])
    #expect(platforms { $0.post.shape == .titled } == [.youtube, .pinterest])
    #expect(platforms { $0.post.shape == .outline } == [.blog])
    #expect(platforms { $0.post.hashtagsAtEnd } == [.linkedin])
    #expect(
      platforms { $0.post.links.value == .notClickable } == [.instagram, .tiktok, .googleBusiness])
  }

  @Test func everyDefaultTonePhraseIsACatalogKey() {
    for entry in PlatformCatalog.builtIn {
      #expect(Strings.english.has(entry.defaults.tonePhrase), "\(entry.platform)")
      #expect(Strings.french.has(entry.defaults.tonePhrase), "\(entry.platform)")
    }
  }

  @Test func calendarCodesAndAliasesAreUnique() {
    let codes = PlatformCatalog.builtIn.map(\.calendarCode)
    #expect(Set(codes).count == codes.count)
    let words = PlatformCatalog.builtIn.flatMap { [$0.platform.rawValue] + $0.aliases }
    #expect(Set(words).count == words.count)
  }
}

/// A network smm does not cover is named plainly, never guessed from an everyday word.
struct UncoveredPlatformTests {
  @Test(arguments: [
    ("what about Discord?", "Discord"),
    ("on peut être sur Twitch ?", "Twitch"),
    ("et notre page Tumblr ?", "Tumblr"),
    ("our reviews on TripAdvisor", "Tripadvisor"),
    ("vinted", "Vinted"),
  ])
  func namesAnUncoveredNetwork(_ text: String, _ name: String) {
    #expect(UncoveredPlatform.named(in: text) == name)
  }

  @Test(arguments: [
    "we are on instagram", "a medium-sized bakery", "send a signal", "draw the line",
    "google it", "discordant",
  ])
  func readsNoNetworkInEverydayWords(_ text: String) {
    #expect(UncoveredPlatform.named(in: text) == nil)
  }

  @Test func anUnknownPlatformErrorSaysItIsNotCovered() {
    let error = SMMCoreError.unknownPlatform("twitch", suggestions: [])
    #expect(error.description.contains("does not cover Twitch"))
  }
}
