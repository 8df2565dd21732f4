import Testing

@testable import SMMCore

/// CamelCase hashtags (issue 15 §6): a screen reader sounds out a hashtag whose words run
/// together (University of Michigan College of Engineering, Digital Accessibility, "Hashtags";
/// Accessible Social, "Hashtags"); smm writes the CamelCase form where the brand's words and
/// its common words give one split, and says "capitalise each word" where they do not.
struct HashtagCaseTests {
  static let annecy = HashtagCase.knownWords(
    brand: "Office de tourisme du Lac d'Annecy", pillars: ["randonnées"],
    sector: "office de tourisme", text: "Le lac au lever du jour #lacannecy")
  static let leeds = HashtagCase.knownWords(
    brand: "Leeds Physio", pillars: [], sector: "physiotherapy clinic",
    text: "Back pain? #PHYSIOLEEDS")

  /// Each row: the hashtag, the brand's words, the advice (nil: fine as written).
  @Test(
    arguments: [
      ("#lacannecy", annecy, HashtagCase.Advice.write("#LacAnnecy")),
      ("#PHYSIOLEEDS", leeds, .write("#PhysioLeeds")),
      ("#smallbusiness", leeds, .write("#SmallBusiness")),
      ("#officedetourisme", annecy, .write("#OfficeDeTourisme")),
      ("#LacAnnecy", annecy, nil),
      ("#annecy", annecy, nil),
      ("#NHS", leeds, nil),
      ("#sourdough", leeds, nil),
      ("#backpainrelieftipsforrunners", leeds, .capitaliseEachWord),
      ("#QWERTYUIOP", leeds, .capitaliseEachWord),
    ] as [(String, HashtagCase.KnownWords, HashtagCase.Advice?)])
  func eachHashtagGetsItsAdvice(
    _ tag: String, _ known: HashtagCase.KnownWords, _ advice: HashtagCase.Advice?
  ) {
    #expect(HashtagCase.advice(tag, known: known) == advice)
  }

  /// #superbowl splits as super + bowl or superb + owl: two splits tie, so no guess.
  @Test func twoEqualSplitsAreNotGuessed() {
    let known: HashtagCase.KnownWords = ["super", "bowl", "superb", "owl"]
    #expect(HashtagCase.advice("#superbowl", known: known) == nil)
    #expect(HashtagCase.advice("#superbowlpartynightevent", known: known) == .capitaliseEachWord)
  }

  @Test func accentsAreKeptInTheCamelCaseForm() {
    let known = HashtagCase.knownWords(
      brand: "Fête du Pain", pillars: [], sector: nil, text: "")
    #expect(HashtagCase.advice("#fêtedupain", known: known) == .write("#FêteDuPain"))
  }

  @Test func theAdapterWritesTheHashtagsInCamelCase() throws {
    let state = try BrandState(name: BrandName("Office de tourisme du Lac d'Annecy"))
      .applying(.chooseSpaces([.instagram]))
      .applying(.addMessage("Le lac au lever du jour #lacannecy #LacAnnecy2 #lacannecyfun", .brand))
      .applying(.adaptMessage(1, [.instagram]))
    let variant = try #require(state.content.messages[0].variants[.instagram])
    #expect(variant.text.contains("#LacAnnecy "))
    #expect(variant.text.contains("#LacAnnecy2"))
    #expect(variant.text.contains("#lacannecyfun"), "fun is no known word: left as written")
    #expect(variant.notes.contains { $0.key == "adapt.camelCase" })
    #expect(HashtagCase.source.reference?.url == "https://accessibility.engin.umich.edu/hashtags/")
  }
}

/// The one-pass reading of a brand's words and the byte-by-byte folding give what the
/// character definitions give.
struct HashtagWordsEquivalenceTests {
  static let pieces = [
    "Lac", "d'Annecy", "Café", "CRÈME", "e\u{301}", "#tag", "#Été", "日本", "👍🏽", "2024", "x",
    "œuvre", "ß", "`quoted`", "’", "\u{A0}", "\u{2003}", "\r\n", "\t", ",", "-", "_", "İ", "ǅ",
    "#", " ", "  ", "١٢٣", "Ⅻ",
  ]

  static func texts(_ count: Int) -> [String] {
    var seeded = SeededTexts(seed: 77)
    return (0..<count).map { _ in seeded.text(of: pieces, most: 8, spaced: true) }
  }

  @Test func theWordsAreThoseOfTheTwoLevelSplit() {
    for text in Self.texts(3_000) {
      var expected = Set<String>()
      let plain = text.split(whereSeparator: \.isWhitespace).filter { !$0.hasPrefix("#") }
      for source in plain {
        for word in source.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
          let folded = word.map { CueWords.fold($0) }.joined()
          if folded.count >= 2 { expected.insert(folded) }
        }
      }
      var words = Set<String>()
      HashtagCase.addWords(of: text, to: &words)
      #expect(words == expected, "\(text.debugDescription)")
      #expect(
        HashtagCase.fold(text) == text.map { CueWords.fold($0) }.joined(),
        "\(text.debugDescription)")
    }
  }
}
