import Testing

@testable import SMMCore

/// The catalog generated from the platform files holds exactly what the hand-written Swift held,
/// platform by platform and field by field (kept until the hand-written catalog is deleted).
@Suite struct PlatformCatalogHandWrittenTests {
  static let calendarCodes: [Platform: String] = [
    .x: "x", .linkedin: "li", .facebook: "fb", .instagram: "ig", .tiktok: "tt", .youtube: "yt",
    .threads: "th", .bluesky: "bs", .mastodon: "ma", .pinterest: "pi", .reddit: "rd",
    .snapchat: "sc", .whatsapp: "wa", .blog: "bl",
  ]

  @Test(arguments: Platform.allCases)
  func generatedEntryEqualsTheHandWrittenOne(_ platform: Platform) throws {
    let generated = try #require(PlatformCatalog.builtIn.first { $0.platform == platform })
    let old = try #require(PlatformCatalog.entries.first { $0.platform == platform })
    #expect(generated.summary == old.summary)
    #expect(generated.frenchSummary == old.frenchSummary)
    #expect(generated.audience == old.audience)
    #expect(generated.market == old.market)
    #expect(generated.formats == old.formats)
    #expect(generated.requiredFormats == old.requiredFormats)
    #expect(generated.goals == old.goals)
    #expect(generated.reach == old.reach)
    #expect(generated.effort == old.effort)
    #expect(generated.profileFields == old.profileFields)
    #expect(generated.post == old.post)
    // The facts that lived elsewhere.
    #expect(generated.name.english == platform.displayName)
    #expect(generated.name.french == platform.displayName)
    #expect(generated.defaults.tone == ToneDefaults.tone(for: platform))
    #expect(generated.defaults.tonePhrase == ToneDefaults.phrase(for: platform).key)
    #expect(generated.defaults.postingTime == CalendarPlanner.time(for: platform))
    #expect(generated.calendarCode == Self.calendarCodes[platform])
    #expect(generated.aliases == (platform == .x ? ["twitter", "tweet"] : []))
    let words = IntentSlots.platformWords.filter { $0.1 == platform && $0.0 != platform.rawValue }
    #expect(generated.assistantWords.sorted() == words.map(\.0).sorted())
  }

  @Test func catalogOrderIsTheEnumOrder() {
    #expect(PlatformCatalog.builtIn.map(\.platform) == PlatformCatalog.entries.map(\.platform))
    #expect(PlatformCatalog.builtIn.map(\.platform) == Platform.allCases)
  }
}
