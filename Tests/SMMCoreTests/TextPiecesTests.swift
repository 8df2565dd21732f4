import Testing

@testable import SMMCore

/// The byte-level shortcuts of `TextPieces` give what the character-by-character definitions
/// give, on texts built to hit their edges: a space before a combining mark or a skin tone,
/// "\r\n", prepended marks, URLs and hashtags in any case, CJK and emoji.
struct TextPiecesTests {
  static let pieces = [
    "word", "Café", "e\u{301}", " \u{301}", "\u{301}", "\r\n", "\r", "\n", "\t", " ", "  ", "日本",
    "👍🏽", " 🏽", "👨‍👩‍👧‍👦", " \u{200D}", "\u{600}", "\u{600} ", "\u{110BD}", "\u{D4E}", "#tag",
    "#", "#\u{301}", "#Été", "HTTPS://Example.com/x.", "http://a.b", "Www.test.fr", "www.日本.jp",
    "www.\u{301}x", "http://localhost", "ftp://x.y", "!!", ".", "…", "?", "SHOUT", "ﬀ", "İ",
    "— ", " —", "日本の", "\u{FF9E}", "\u{302A}", "\u{3099}", "\u{1F3FB}", "\u{E0020}", "\u{FE0F}",
    "\u{20DD}", "ก\u{E31}", "\u{93F}", "한국", "\u{1100}\u{1161}", "\u{37E}", "\u{212A}", "<",
  ]

  static func texts(_ count: Int) -> [String] {
    var seeded = SeededTexts(seed: 20_261_204)
    return (0..<count).map { _ in seeded.text(of: pieces, most: 10, spaced: true) }
  }

  static func referenceWords(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
  }

  @Test func wordsSplitOnBytesAsOnCharacters() {
    var fast = 0
    for text in Self.texts(5_000) + Self.pieces {
      #expect(TextPieces.words(text) == Self.referenceWords(text), "\(text.debugDescription)")
      if TextPieces.fastWords(text) != nil { fast += 1 }
    }
    // The shortcut serves many of these texts, made to hit its edges, or it is no shortcut.
    #expect(fast > 1_000)
  }

  /// Every code point the byte split lets follow a space without a second look makes a
  /// character of its own there; every code point it lets precede one does too.
  @Test func theRangesOfTheByteSplitHoldForEveryCodePoint() {
    var wrong: [String] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let character = String(Character(scalar))
      if TextPieces.neverExtends(value), (" " + character).count != 2 {
        wrong.append("U+\(String(value, radix: 16)) after a space")
      }
      if !TextPieces.mayPrepend(value), (character + " ").count != 2 {
        wrong.append("U+\(String(value, radix: 16)) before a space")
      }
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(20))")
  }

  @Test func sentencesCutOnBytesAsOnCharacters() {
    var fast = 0
    let texts =
      Self.texts(5_000) + Self.pieces + ["A. B! C? D… E.\nF", "x. \u{301}y", "\u{600}. z"]
    for text in texts {
      #expect(
        TextPieces.sentences(text) == TextPieces.characterSentences(text),
        "\(text.debugDescription)")
      if TextPieces.fastSentences(text) != nil { fast += 1 }
    }
    #expect(fast > 1_000)
  }

  @Test func byteSearchFindsWhatCharactersFind() {
    for text in Self.texts(3_000) {
      for needle in ["word", "e", "Café", "日本", "!!", "#tag", " ", "http", "é"] {
        #expect(
          text.containsText(needle) == text.contains(needle), "\(text.debugDescription) \(needle)")
      }
      for character: Character in ["<", ">", ";", "K", "w", "é", "#"] {
        #expect(text.containsCharacter(character) == text.contains(character))
      }
      #expect(text.replacingAll("word", with: "W") == referenceReplacing(text, "word", "W"))
      #expect(text.replacingAll(" ", with: "") == referenceReplacing(text, " ", ""))
    }
  }

  /// Every occurrence of `target`'s bytes replaced, the plain way.
  private func referenceReplacing(_ text: String, _ target: String, _ replacement: String)
    -> String
  {
    let hay = Array(text.utf8)
    let needle = Array(target.utf8)
    var out: [UInt8] = []
    var index = 0
    while index < hay.count {
      if index + needle.count <= hay.count, Array(hay[index..<(index + needle.count)]) == needle {
        out += Array(replacement.utf8)
        index += needle.count
      } else {
        out.append(hay[index])
        index += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  @Test func urlsAndHashtagsAreThoseOfTheCharacterDefinitions() {
    for text in Self.texts(5_000) {
      let words = Self.referenceWords(text)
      let urls = words.filter { word in
        let lower = word.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
      }.map { $0.trimmingTrailing(".,;:!?)") }
      let tags = words.filter { $0.hasPrefix("#") && $0.count > 1 }.map {
        $0.trimmingTrailing(".,;:!?)")
      }
      #expect(TextPieces.urls(text) == urls, "\(text.debugDescription)")
      #expect(TextPieces.hashtags(text) == tags, "\(text.debugDescription)")
    }
  }
}
