import Testing

@testable import SMMCore

struct PlatformCounterTests {
  // MARK: Every platform, in its own unit

  /// Texts that count differently in each unit.
  static let samples: [(name: String, text: String)] = [
    ("ascii", "Hello, world"),
    ("precomposed", "Caf\u{E9}"),  // é as one code point
    ("combining", "Cafe\u{301}"),  // e + combining acute: NFC makes it "Café"
    ("cjk", "你好世界"),
    ("skinTone", "👍🏽"),  // U+1F44D U+1F3FD
    ("family", "👨‍👩‍👧‍👦"),  // 4 people joined by 3 ZWJ: 11 UTF-16 units, 25 bytes
    ("marks", "a\u{300}\u{301}\u{302}"),  // one grapheme, 4 code points
    ("url", "Read https://example.com/a"),  // 5 + 21
    ("mention", "Hi @alice@example.social"),  // 3 + 6 + 15
  ]

  /// Expected lengths per unit, in the order of `samples`.
  static let expected: [CountingUnit: [Int]] = [
    .utf16: [12, 4, 5, 4, 4, 11, 4, 26, 24],
    .utf8Bytes: [12, 5, 6, 12, 8, 25, 7, 26, 24],
    .graphemes: [12, 4, 4, 4, 1, 1, 1, 26, 24],
    // NFC first; CJK 2 each; an emoji sequence 2; a URL 23.
    .weightedX: [12, 4, 4, 8, 2, 2, 3, 28, 24],
    // Code points; an emoji sequence counts its UTF-8 bytes.
    .emojiAsUTF8Bytes: [12, 4, 5, 4, 8, 25, 4, 26, 24],
  ]

  /// Mastodon counts graphemes, but a URL as 23 and @user@domain as @user.
  static let mastodonOverrides: [String: Int] = ["url": 28, "mention": 9]

  static let units: [Platform: CountingUnit] = [
    .x: .weightedX, .linkedin: .utf16, .facebook: .utf16, .instagram: .utf16, .tiktok: .utf16,
    .youtube: .utf8Bytes, .threads: .emojiAsUTF8Bytes, .bluesky: .graphemes,
    .mastodon: .graphemes, .pinterest: .utf16, .reddit: .utf16, .snapchat: .utf16,
    .whatsapp: .utf16, .blog: .graphemes, .googleBusiness: .utf16, .nextdoor: .utf16,
  ]

  @Test(arguments: Platform.allCases)
  func everyPlatformCountsInItsOwnUnit(_ platform: Platform) throws {
    let unit = try #require(Self.units[platform], "no unit for \(platform.rawValue)")
    let lengths = try #require(Self.expected[unit])
    for (index, sample) in Self.samples.enumerated() {
      let count = PlatformCounter.count(sample.text, on: platform)
      var expected = lengths[index]
      if platform == .mastodon, let override = Self.mastodonOverrides[sample.name] {
        expected = override
      }
      #expect(count.platform == platform)
      #expect(count.unit == unit, "\(platform.rawValue)")
      #expect(count.length == expected, "\(platform.rawValue) \(sample.name)")
      #expect(count.valid, "\(platform.rawValue) \(sample.name): \(count.notes)")
      if let limit = count.limit {
        #expect(count.remaining == limit - count.length, "\(platform.rawValue) \(sample.name)")
      } else {
        #expect(count.remaining == nil, "\(platform.rawValue) \(sample.name)")
      }
    }
  }

  @Test func textLengthAgreesWithTheCounterForPlainText() {
    for (platform, unit) in Self.units where platform != .mastodon {
      for sample in Self.samples {
        #expect(
          TextLength.count(sample.text, in: unit)
            == PlatformCounter.count(sample.text, on: platform).length,
          "\(platform.rawValue) \(sample.name)")
      }
    }
  }

  @Test func mainLimits() {
    // TikTok: the in-app caption; Pinterest: the Help Centre's description; Reddit: a self post
    // (issue 15 §5, sources in PlatformLimitsTests).
    let limits: [Platform: Int?] = [
      .x: 280, .linkedin: 3_000, .facebook: 63_206, .instagram: 2_200, .tiktok: 4_000,
      .youtube: 5_000, .threads: 500, .bluesky: 300, .mastodon: 500, .pinterest: 500,
      .reddit: 40_000, .snapchat: nil, .whatsapp: 4_096, .blog: nil, .googleBusiness: 1_500,
      .nextdoor: nil,
    ]
    for platform in Platform.allCases {
      #expect(PlatformCounter.count("", on: platform).limit == limits[platform] ?? nil)
    }
  }

  @Test(arguments: Platform.allCases)
  func atTheLimitIsValidAndOneMoreIsNot(_ platform: Platform) {
    guard let limit = PlatformCatalog.entry(platform).post.text.limit else { return }
    let atLimit = PlatformCounter.count(String(repeating: "a", count: limit), on: platform)
    #expect(atLimit.length == limit, "\(platform.rawValue)")
    #expect(atLimit.remaining == 0, "\(platform.rawValue)")
    #expect(atLimit.valid, "\(platform.rawValue): \(atLimit.notes)")
    let over = PlatformCounter.count(String(repeating: "a", count: limit + 1), on: platform)
    #expect(over.remaining == -1, "\(platform.rawValue)")
    #expect(!over.valid, "\(platform.rawValue)")
    #expect(over.notes.contains { $0.hasPrefix("over the \(limit)-") }, "\(over.notes)")
  }

  // MARK: X

  @Test func xCountsEveryURLAs23() {
    let long = "https://example.com/" + String(repeating: "p", count: 200)
    #expect(PlatformCounter.count(long, on: .x).length == 23)
    #expect(PlatformCounter.count("http://t.co", on: .x).length == 23)
    #expect(PlatformCounter.count("test.co", on: .x).length == 23)  // a bare domain too
    let two = PlatformCounter.count("a https://example.com b example.org", on: .x)
    #expect(two.length == 2 + 23 + 3 + 23)
    #expect(two.notes.contains("2 URLs counted 23 each"))
    #expect(PlatformCounter.count("see example.com", on: .x).notes.contains("1 URL counted 23"))
    // A 64-character host label is no URL: counted character by character.
    let badHost = String(repeating: "a", count: 64) + ".com"
    #expect(PlatformCounter.count(badHost, on: .x).length == 68)
  }

  @Test func xCountsEveryEmojiSequenceAs2() {
    for emoji in [
      "😀", "👍🏽", "👨‍👩‍👧‍👦", "🇫🇷", "1\u{FE0F}\u{20E3}", "1\u{20E3}", "❤\u{FE0F}", "🏳\u{FE0F}‍🌈",
      "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", "🧑🏽‍💻",
    ] {
      let count = PlatformCounter.count(emoji, on: .x)
      #expect(count.length == 2, "\(emoji.unicodeScalars.map { $0.value })")
      #expect(count.notes.contains("1 emoji counted 2"), "\(count.notes)")
    }
    // v2 would count the family 11 (4 × 2 + 3 ZWJ × 1); v3 counts it once.
    #expect(TwitterText.parse("👨‍👩‍👧‍👦", configuration: .v2).weightedLength == 11)
    // Text-style symbols stay code points: © weighs 1 without U+FE0F.
    #expect(PlatformCounter.count("©", on: .x).length == 1)
    #expect(PlatformCounter.count("a1b", on: .x).length == 3)
  }

  @Test func xLimitIs280WeightedCharacters() {
    #expect(PlatformCounter.count(String(repeating: "你", count: 140), on: .x).valid)
    let cjk = PlatformCounter.count(String(repeating: "你", count: 141), on: .x)
    #expect(cjk.length == 282 && !cjk.valid && cjk.remaining == -2)
    #expect(PlatformCounter.count(String(repeating: "😀", count: 140), on: .x).valid)
    #expect(!PlatformCounter.count(String(repeating: "😀", count: 141), on: .x).valid)
  }

  @Test func xRefusesInvalidCharacters() {
    let count = PlatformCounter.count("abc\u{FEFF}", on: .x)
    #expect(!count.valid)
    #expect(count.notes.contains("X refuses U+FEFF"))
    #expect(!TwitterText.parse("a\u{FFFE}").valid)
    #expect(TwitterText.parse("a\u{FFFE}").validRangeEnd == 0)
  }

  @Test func xNormalisesBeforeCounting() {
    // "é" written as e + U+0301 counts one character after NFC; ranges stay in the original.
    let result = TwitterText.parse("Cafe\u{301}")
    #expect(result.weightedLength == 4)
    #expect(result.displayRangeEnd == 4)
    #expect(result.validRangeEnd == 4)
  }

  @Test func xHashtagAdviceIsANoteNotALimit() {
    let count = PlatformCounter.count("#a #b #c", on: .x)
    #expect(count.valid)
    #expect(count.notes.contains("3 hashtags: guides advise 1–2 on X"))
  }

  @Test func urlExtraction() {
    let urls = TwitterText.extractURLs("Go to https://example.com/x?y=1, or test.co. Not a.b")
    #expect(urls.map(\.url) == ["https://example.com/x?y=1", "test.co"])
    #expect(urls.map(\.hasProtocol) == [true, false])
    #expect(urls.first?.range == 6..<31)
    // Preceded by @ or a letter, a domain is not a URL; an email address is not either.
    #expect(TwitterText.extractURLs("@example.com").isEmpty)
    #expect(TwitterText.extractURLs("mail me: alice@example.com").isEmpty)
    // An unknown TLD is not a URL.
    #expect(TwitterText.extractURLs("file.txt").isEmpty)
    // IDN TLDs, and a path ending before trailing punctuation.
    #expect(
      TwitterText.extractURLs("http://foobar.پاکستان/").map(\.url) == ["http://foobar.پاکستان/"])
    #expect(
      TwitterText.extractURLs("(see https://example.com/a.)").map(\.url) == [
        "https://example.com/a"
      ])
  }

  // MARK: Bluesky

  @Test func blueskyCountsGraphemesAndBytes() {
    let count = PlatformCounter.count("Caf\u{E9} 👨‍👩‍👧‍👦", on: .bluesky)
    #expect(count.length == 6)
    #expect(count.secondary == TextCount.Secondary(length: 31, limit: 3_000, unit: .utf8Bytes))
    #expect(count.valid)
  }

  @Test func blueskyTextUnder300GraphemesButOver3000BytesIsInvalid() {
    let text = String(repeating: "👨‍👩‍👧‍👦", count: 250)  // 250 graphemes, 6,250 bytes
    let count = PlatformCounter.count(text, on: .bluesky)
    #expect(count.length == 250)
    #expect(count.remaining == 50)
    #expect(count.secondary?.length == 6_250)
    #expect(!count.valid)
    #expect(count.notes.contains("6250 bytes: over Bluesky's 3000-byte limit by 3250"))
    // 120 families are exactly 3,000 bytes; 121 are one too many.
    #expect(PlatformCounter.count(String(repeating: "👨‍👩‍👧‍👦", count: 120), on: .bluesky).valid)
    #expect(!PlatformCounter.count(String(repeating: "👨‍👩‍👧‍👦", count: 121), on: .bluesky).valid)
  }

  // MARK: Mastodon

  @Test func mastodonCountsEveryURLAs23() {
    let url = "https://example.com/" + String(repeating: "p", count: 80)  // 100 characters
    let text = String(repeating: "a", count: 470) + " " + url
    let count = PlatformCounter.count(text, on: .mastodon)
    #expect(text.count == 571)
    #expect(count.length == 470 + 1 + 23)
    #expect(count.valid)
    #expect(count.notes.contains("1 URL counted 23"))
    // Only URLs with a protocol: a bare domain counts as written.
    #expect(PlatformCounter.count("example.com", on: .mastodon).length == 11)
  }

  @Test func mastodonCountsOnlyTheUserPartOfARemoteMention() {
    let count = PlatformCounter.count("Thanks @alice@example.social and @bob!", on: .mastodon)
    #expect(count.length == "Thanks @alice and @bob!".count)
    #expect(count.notes == ["@alice@example.social counted as @alice"])
    // A mention inside a URL is the URL's.
    let inURL = PlatformCounter.count("https://example.social/@alice@example.social", on: .mastodon)
    #expect(inURL.length == 23)
    // An email address is not a mention: @ after a word character.
    #expect(PlatformCounter.count("bob@example.org", on: .mastodon).length == 15)
  }

  // MARK: Threads

  @Test func threadsCountsEmojiAsTheirUTF8Bytes() {
    #expect(PlatformCounter.count("😀", on: .threads).length == 4)
    #expect(PlatformCounter.count("a😀b", on: .threads).length == 6)
    let family = PlatformCounter.count("👨‍👩‍👧‍👦", on: .threads)
    #expect(family.length == 25)
    #expect(family.notes.contains("1 emoji counted as its UTF-8 bytes (25 in all)"))
    // 125 emoji of 4 bytes fill the 500.
    #expect(PlatformCounter.count(String(repeating: "😀", count: 125), on: .threads).valid)
    #expect(!PlatformCounter.count(String(repeating: "😀", count: 126), on: .threads).valid)
  }

  @Test func threadsCapsLinksAndHashtags() {
    let five = (1...5).map { "https://example.com/\($0)" }.joined(separator: " ")
    #expect(PlatformCounter.count(five, on: .threads).valid)
    let six = five + " example.org"
    let count = PlatformCounter.count(six, on: .threads)
    #expect(!count.valid)
    #expect(count.notes.contains("6 links: Threads accepts at most 5"))
    // The same URL twice is one link.
    #expect(PlatformCounter.count(five + " https://example.com/1", on: .threads).valid)
    #expect(PlatformCounter.count("#one topic", on: .threads).valid)
    #expect(!PlatformCounter.count("#one #two", on: .threads).valid)
  }

  // MARK: Instagram, TikTok, Pinterest, YouTube, LinkedIn

  @Test func instagramCapsHashtagsAtFiveAndMentionsAtTwenty() {
    let five = PlatformCounter.count("#a #b #c #d #e", on: .instagram)
    #expect(five.valid)
    let six = PlatformCounter.count("#a #b #c #d #e #f", on: .instagram)
    #expect(!six.valid)
    #expect(six.notes.contains("6 hashtags: Instagram allows at most 5"))
    // Not hashtags: a number, a fragment inside a word.
    #expect(PlatformCounter.hashtagCount(in: "#1 a#b #ok #été") == 2)
    let mentions = (1...21).map { "@user\($0)" }.joined(separator: " ")
    #expect(!PlatformCounter.count(mentions, on: .instagram).valid)
  }

  @Test func linksInCaptionsAreNotClickableOnInstagramAndTikTok() {
    for platform in [Platform.instagram, .tiktok] {
      let count = PlatformCounter.count("Shop at https://example.com", on: platform)
      #expect(count.valid)
      #expect(count.notes.contains { $0.contains("put the link in the bio") }, "\(count.notes)")
    }
    let pin = PlatformCounter.count("Recipe: example.com/soup", on: .pinterest)
    #expect(pin.notes.contains { $0.contains("use the link field (up to 2048 characters)") })
    #expect(PlatformCounter.count("https://example.com", on: .linkedin).notes.isEmpty)
  }

  @Test func youtubeDescriptionCountsBytesAndTitleCharacters() {
    #expect(PlatformCounter.count(String(repeating: "a", count: 5_000), on: .youtube).valid)
    let cjk = PlatformCounter.count(String(repeating: "你", count: 1_667), on: .youtube)
    #expect(cjk.length == 5_001)  // 1,667 characters, 3 bytes each
    #expect(!cjk.valid)
    let angle = PlatformCounter.count("a <b> tag", on: .youtube)
    #expect(!angle.valid)
    #expect(angle.notes.contains("YouTube refuses \"<\" and \">\" in a description"))

    let title = PlatformCounter.countTitle(String(repeating: "你", count: 100), on: .youtube)
    #expect(title?.length == 100 && title?.unit == .utf16 && title?.valid == true)
    #expect(
      PlatformCounter.countTitle(String(repeating: "a", count: 101), on: .youtube)?.valid == false)
    #expect(PlatformCounter.countTitle("<b>", on: .youtube)?.valid == false)
    #expect(
      PlatformCounter.countTitle(String(repeating: "a", count: 100), on: .pinterest)?.valid == true)
    #expect(PlatformCounter.countTitle("a", on: .x) == nil)
  }

  @Test func linkedinHashtagAdvice() {
    let one = PlatformCounter.count("Hiring! #jobs", on: .linkedin)
    #expect(one.valid)
    #expect(one.notes == ["1 hashtag: guides advise 3–5 on LinkedIn"])
    #expect(PlatformCounter.count("#a #b #c", on: .linkedin).notes.isEmpty)
  }

  @Test func platformsWithoutALimitSaySo() {
    let blog = PlatformCounter.count(String(repeating: "a", count: 100_000), on: .blog)
    #expect(blog.limit == nil && blog.remaining == nil && blog.valid)
    #expect(blog.notes == ["no limit: the brand's own site takes articles of any length"])
    let snap = PlatformCounter.count("hi", on: .snapchat)
    #expect(snap.limit == nil && snap.valid)
    #expect(snap.notes.first?.hasPrefix("no caption limit from Snap was found") == true)
  }

  /// A long text without spaces (CJK prose) is read once, not once per character: read from
  /// each position, these 35,004 code points would take seconds.
  @Test func longTextsWithoutSpacesCountInLinearTime() {
    let cjk = String(repeating: "故人西辞黄鹤楼", count: 5_000) + ".com"
    // One 35,000-character host label: no URL (over 63 once punycode-encoded), so counted
    // character by character.
    #expect(PlatformCounter.count(cjk, on: .x).length == 70_004)
    #expect(PlatformCounter.count(cjk, on: .blog).length == 35_004)
  }

  // MARK: Catalog data

  @Test(arguments: Platform.allCases)
  func postRulesAreSourced(_ platform: Platform) {
    let rules = PlatformCatalog.entry(platform).post
    for (rule, source) in rules.sources {
      #expect(!source.short.isEmpty && !source.citation.isEmpty, "\(platform.rawValue) \(rule)")
      #expect(PlatformCatalogTests.isDate(source.checked), "\(platform.rawValue) \(rule)")
    }
    for limit in [rules.text, rules.secondary, rules.title].compactMap({ $0 }) {
      if let value = limit.limit {
        #expect(value > 0, "\(platform.rawValue) \(limit.field)")
        #expect(limit.source.kind != .editorial, "\(platform.rawValue) \(limit.field)")
      } else {
        #expect(rules.note != nil, "\(platform.rawValue): no limit and no note saying why")
      }
    }
  }

  @Test func postSourcesShareNoShortNameWithAnotherSource() {
    var byShort: [String: Source] = [:]
    let postSources = PlatformCatalog.builtIn.flatMap { entry in
      entry.post.sources.map { ("\(entry.platform.rawValue) post \($0.rule)", $0.source) }
    }
    for (place, source) in PlatformCatalogTests.citedSources + postSources {
      if let known = byShort[source.short] {
        #expect(known == source, "\(place): two sources named \(source.short)")
      } else {
        byShort[source.short] = source
      }
    }
  }

  @Test func postRuleSpotChecks() {
    let x = PlatformCatalog.entry(.x).post
    #expect(x.urlWeight?.value == 23 && x.hashtagAdvice?.value == 1...2)
    let mastodon = PlatformCatalog.entry(.mastodon).post
    #expect(mastodon.urlWeight?.value == 23 && mastodon.mentions?.value == .userPartOnly)
    #expect(PlatformCatalog.entry(.linkedin).post.hashtagAdvice?.value == 3...5)
    #expect(PlatformCatalog.entry(.facebook).post.hashtagAdvice?.value == 1...2)
    #expect(PlatformCatalog.entry(.instagram).post.hashtagCap?.value == 5)
    #expect(PlatformCatalog.entry(.threads).post.hashtagCap?.value == 1)
    #expect(PlatformCatalog.entry(.instagram).post.links.value == .notClickable)
    #expect(PlatformCatalog.entry(.tiktok).post.links.value == .notClickable)
    #expect(PlatformCatalog.entry(.pinterest).post.links.value == .separateField(limit: 2_048))
    let bluesky = PlatformCatalog.entry(.bluesky).post
    #expect(bluesky.text.limit == 300 && bluesky.text.unit == .graphemes)
    #expect(bluesky.secondary?.limit == 3_000 && bluesky.secondary?.unit == .utf8Bytes)
    let youtube = PlatformCatalog.entry(.youtube).post
    #expect(youtube.text.field == "description" && youtube.text.unit == .utf8Bytes)
    #expect(youtube.title?.limit == 100 && youtube.title?.field == "title")
    #expect(PlatformCatalog.entry(.pinterest).post.title?.limit == 100)
    for platform in Platform.allCases where ![.x, .mastodon].contains(platform) {
      #expect(PlatformCatalog.entry(platform).post.urlWeight == nil, "\(platform.rawValue)")
    }
  }

  @Test func textLengthUsesTheTwitterTextEngine() {
    #expect(
      TextLength.count("https://example.com/" + String(repeating: "x", count: 50), in: .weightedX)
        == 23)
    #expect(TextLength.count("👨‍👩‍👧‍👦", in: .weightedX) == 2)
    #expect(TextLength.count("👨‍👩‍👧‍👦", in: .emojiAsUTF8Bytes) == 25)
  }
}
