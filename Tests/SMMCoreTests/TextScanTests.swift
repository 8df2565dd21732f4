import Foundation
import Testing

@testable import SMMCore

/// The shared scan's shortcuts (no NFC work below U+0300, no URL search without a dot, one scan
/// for every platform) give the same counts as the general path.
struct TextScanTests {
  /// Pieces that exercise every shortcut's edge: ASCII, Latin-1, combining marks just at and
  /// above U+0300, CJK, emoji with modifiers, ZWJ and variation selectors, keycaps, flags, URLs
  /// with and without a protocol, hashtags, mentions, refused code points.
  static let pieces = [
    "Hello", " ", "world", ".", "Café", "e\u{301}", "\u{300}", "a\u{2FF}", "你好", "👍🏽", "👨‍👩‍👧‍👦",
    "☀️", "🏔️", "1️⃣", "#️⃣", "🇫🇷", "https://example.com/a?b=1", "example.co", "www.test.fr",
    "t.co/abc", "#bread", "#été", "#1", "@alice", "@alice@example.social", "\u{FEFF}", "!!",
    "\n", "Ω", "Å", "ﬁ", "x.com", "(https://a.org/b_(c))", "Ｈ", "📞",
  ]

  /// A deterministic text of a few pieces.
  static func text(_ seed: inout UInt64) -> String {
    seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    let length = Int(seed >> 59) + 1
    var text = ""
    for _ in 0..<length {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      text += pieces[Int(seed >> 33) % pieces.count]
    }
    return text
  }

  @Test func theWeightedLengthIsTheSameWithAndWithoutShortcuts() {
    var seed: UInt64 = 7
    for _ in 0..<3_000 {
      let text = Self.text(&seed)
      let fast = TwitterText.parse(TextScan(text))
      let general = TwitterText.parse(TextScan(text, shortcuts: false))
      #expect(fast == general, "\(text.debugDescription)")
    }
  }

  @Test func countingForEveryPlatformAtOnceGivesEachPlatformsOwnCount() {
    var seed: UInt64 = 11
    for _ in 0..<300 {
      let text = Self.text(&seed)
      let together = PlatformCounter.count(text, on: Platform.allCases)
      for (platform, count) in zip(Platform.allCases, together) {
        #expect(
          count == PlatformCounter.count(text, on: platform), "\(platform) \(text.debugDescription)"
        )
        #expect(count.valid == PlatformCounter.isValid(text, on: platform))
      }
    }
  }

  @Test func aTextBelowU0300IsTakenAsNFCAndOneAboveIsNormalised() {
    #expect(TextScan("Café, crème brûlée").isAlreadyNFC)
    #expect(!TextScan("Cafe\u{301}").isAlreadyNFC)
    #expect(
      TextScan("Cafe\u{301}").normalized.unicodeScalars.elementsEqual("Caf\u{E9}".unicodeScalars))
    // U+212B ANGSTROM SIGN becomes U+00C5 under NFC: not stable, so it is normalised.
    #expect(TextScan("\u{212B}").normalizedScalars == ["\u{C5}"])
    #expect(TextScan("日本 👍🏽 — ok").isAlreadyNFC)
  }

  /// Every code point the scan takes as stable under NFC is unchanged by Foundation's NFC, alone
  /// and after each of a range of bases (Latin, Greek, Cyrillic, kana, Hangul jamo, ideographs,
  /// emoji) — so a text made of them needs no NFC pass.
  @Test func theCodePointsTakenAsStableAreUnchangedByNFC() {
    let stable = (0...0x10FFFF).compactMap { value -> Unicode.Scalar? in
      guard TextScan.isStableUnderNFC(UInt32(value)) else { return nil }
      return Unicode.Scalar(UInt32(value))
    }
    #expect(stable.count > 24_000)
    #expect(!TextScan.isStableUnderNFC(0x300) && !TextScan.isStableUnderNFC(0x2000))
    #expect(!TextScan.isStableUnderNFC(0x3099) && !TextScan.isStableUnderNFC(0x212B))
    var alone = String.UnicodeScalarView()
    alone.append(contentsOf: stable)
    #expect(TwitterText.nfc(String(alone)).unicodeScalars.elementsEqual(stable))
    let bases: [Unicode.Scalar] = [
      "a", "e", "A", "\u{3B1}", "\u{438}", "\u{304B}", "\u{30AB}", "\u{1100}", "\u{4E00}",
      "\u{1F44D}", " ",
    ]
    for base in bases {
      var pairs = String.UnicodeScalarView()
      for scalar in stable {
        pairs.append(base)
        pairs.append(scalar)
      }
      let text = String(pairs)
      // Compared code point by code point: String's == is canonical equivalence.
      #expect(
        TwitterText.nfc(text).unicodeScalars.elementsEqual(text.unicodeScalars),
        "after U+\(String(base.value, radix: 16))")
    }
  }

  /// The standard library's NFC, which counting uses, is Foundation's, code point by code point.
  @Test func theNormaliserAgreesWithFoundations() {
    var texts =
      Self.pieces + [
        "Cafe\u{301} cre\u{300}me", "\u{212B}\u{2126}\u{1E0B}\u{323}", "\u{1100}\u{1161}\u{11A8}",
        "a\u{328}\u{301}", "\u{FB2C}", "\u{0958}", "\u{1D15E}", "\u{2000}\u{2001}", "ﬀ",
      ]
    // Every code point from U+0000 to U+FFFF, after an "a" (composition) and alone.
    for start in stride(from: 0, to: 0x10000, by: 512) {
      var view = String.UnicodeScalarView()
      for value in start..<(start + 512) {
        guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
        view.append("a")
        view.append(scalar)
      }
      texts.append(String(view))
    }
    for text in texts {
      #expect(
        TwitterText.nfc(text).unicodeScalars.elementsEqual(
          text.precomposedStringWithCanonicalMapping.unicodeScalars),
        "\(text.unicodeScalars.prefix(4).map { String($0.value, radix: 16) })")
    }
  }

  /// Normalising only the stretches around unstable code points gives the whole text's NFC.
  @Test func normalisingByStretchesIsNormalisingTheWhole() {
    var seeded = SeededTexts(seed: 4)
    let pieces =
      Self.pieces + [
        "\u{301}", "\u{327}", "\u{308}\u{301}", "\u{1100}", "\u{1161}", "\u{11A8}", "\u{AC00}",
        "\u{212B}", "\u{FB2C}", "\u{0958}", "\u{3099}", "か", "\u{1D15E}", "\u{2000}", "ﬀ", "ع",
        "\u{654}", "ا", "\u{93C}", "क", "\u{F73}", "\u{F71}\u{F72}",
      ]
    for _ in 0..<3_000 {
      let text = seeded.text(of: pieces, most: 12)
      let scalars = Array(text.unicodeScalars)
      #expect(
        TextScan.nfcByStretches(scalars).elementsEqual(TwitterText.nfc(text).unicodeScalars),
        "\(scalars.map { String($0.value, radix: 16) })")
    }
  }

  /// Every emoji code point passes the emoji check's first test (so none is missed by it).
  @Test func everyEmojiCodePointMightBeAnEmoji() {
    var missed: [String] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value), scalar.properties.isEmoji else { continue }
      let keycapOrFlag = value < 0x80 || (0x1F1E6...0x1F1FF).contains(value)
      if !keycapOrFlag && !TwitterText.mightBeEmoji(value) {
        missed.append(String(value, radix: 16))
      }
    }
    #expect(missed.isEmpty, "\(missed.prefix(20))")
  }

  /// The URL search that skips where no URL can start finds what trying every position finds.
  @Test func theURLShortcutsFindWhatEveryPositionFinds() {
    var seeded = SeededTexts(seed: 11)
    let pieces = [
      "https://", "http://", "HTTP://", "www.", "example", ".com", ".co", ".fr", ".", "..", "/path",
      "?q=1", ":8080", "t.co/", "abc", "日本", ".日本", "é", " ", "  ", "\u{3000}", "-", "_", "@",
      "#", "$", "(", ")", "xn--", "p1ai", "a.b", "test.co", "4am.", "x.com", "\u{200E}", "…",
      "ex_ample", ".xn--p1ai", "\n", ",", "!",
    ]
    var withURLs = 0
    for _ in 0..<4_000 {
      let text = seeded.text(of: pieces, most: 10)
      let scalars = Array(text.unicodeScalars)
      if !TwitterText.urlRanges(in: scalars, everyPosition: true).isEmpty { withURLs += 1 }
      let fast = TwitterText.urlRanges(in: scalars).map { "\($0.range) \($0.hasProtocol)" }
      let every = TwitterText.urlRanges(in: scalars, everyPosition: true).map {
        "\($0.range) \($0.hasProtocol)"
      }
      #expect(fast == every, "\(text.debugDescription)")
    }
    // Enough of the texts hold URLs for the comparison to say something.
    #expect(withURLs > 600, "\(withURLs)")
  }

  @Test func aTextWithoutADotHasNoURLAndTheScanSaysSo() {
    #expect(TextScan("no link here, just words and #tags").urlRanges.isEmpty)
    #expect(TextScan("see https://example.com").urlRanges.count == 1)
  }
}
