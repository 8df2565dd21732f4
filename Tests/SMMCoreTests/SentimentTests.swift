import SMMCore
import Testing

/// The sentiment reading: lexicon, negation, intensifiers, contrast, emoji, capitals, French
/// elision and missing accents, and the language of a mention.
struct SentimentTests {
  static func score(_ text: String, _ language: SentimentLanguage? = nil) -> Double {
    var analyzer = SentimentAnalyzer()
    return analyzer.read(text, language: language).score
  }

  static func label(_ text: String, _ language: SentimentLanguage? = nil) -> SentimentLabel {
    var analyzer = SentimentAnalyzer()
    return analyzer.read(text, language: language).label
  }

  @Test func lexiconWordsGiveTheirSign() {
    #expect(Self.label("The bread was great", .en) == .positive)
    #expect(Self.label("The bread was awful", .en) == .negative)
    #expect(Self.label("The bread was delivered at noon", .en) == .neutral)
    #expect(Self.label("Le pain était délicieux", .fr) == .positive)
    #expect(Self.label("Le pain était immonde", .fr) == .negative)
    #expect(Self.label("Le pain est arrivé à midi", .fr) == .neutral)
  }

  @Test func theScoreStaysBetweenMinusOneAndOne() {
    let worst = Self.score("horrible awful terrible disgusting scam scam scam!!!!!", .en)
    let best = Self.score("amazing wonderful perfect excellent love love love!!!!", .en)
    #expect(worst < -0.9 && worst >= -1)
    #expect(best > 0.9 && best <= 1)
  }

  @Test func negationTurnsTheValence() {
    #expect(Self.label("this is not good", .en) == .negative)
    #expect(Self.label("this isn't good", .en) == .negative)
    #expect(Self.label("this isn’t good", .en) == .negative)
    #expect(Self.label("I don't like it", .en) == .negative)
    #expect(Self.label("never happy with this shop", .en) == .negative)
    #expect(Self.label("not bad at all", .en) == .positive)
    // The scope ends with the clause.
    #expect(Self.label("not today, but it was great", .en) == .positive)
  }

  @Test func frenchNegationInEveryForm() {
    #expect(Self.label("ce n'est pas bon", .fr) == .negative)
    #expect(Self.label("je ne suis pas content", .fr) == .negative)
    #expect(Self.label("je n'aime pas", .fr) == .negative)
    #expect(Self.label("j'aime pas", .fr) == .negative)
    #expect(Self.label("c'est pas terrible… enfin pas génial", .fr) == .negative)
    #expect(Self.label("je ne suis plus satisfait", .fr) == .negative)
    #expect(Self.label("jamais satisfait de ce service", .fr) == .negative)
    #expect(Self.label("aucun souci, livré sans problème", .fr) == .positive)
    #expect(Self.label("pas mal du tout", .fr) == .positive)
    // « plus » without « ne » strengthens.
    #expect(Self.score("le plus beau gâteau", .fr) > Self.score("le beau gâteau", .fr))
  }

  @Test func intensifiersAndDampeners() {
    #expect(Self.score("very good", .en) > Self.score("good", .en))
    #expect(Self.score("so bad", .en) < Self.score("bad", .en))
    #expect(Self.score("really disappointed", .en) < Self.score("disappointed", .en))
    #expect(Self.score("kind of good", .en) < Self.score("good", .en))
    #expect(Self.score("kind of good", .en) > 0)
    #expect(Self.score("très bon", .fr) > Self.score("bon", .fr))
    #expect(Self.score("vraiment déçu", .fr) < Self.score("déçu", .fr))
    #expect(Self.score("trop cher", .fr) < Self.score("cher", .fr))
    #expect(Self.score("c'est grave nul", .fr) < Self.score("c'est nul", .fr))
    #expect(Self.score("un peu déçu", .fr) > Self.score("déçu", .fr))
    #expect(Self.score("un peu déçu", .fr) < 0)
    // « peu » alone is a negation: « peu fiable » is unreliable.
    #expect(Self.label("un service peu fiable", .fr) == .negative)
    // Kind, with no "of", is still kind.
    #expect(Self.label("the staff were so kind", .en) == .positive)
  }

  @Test func capitalsStrengthenAWordUnlessTheWholeTextShouts() {
    #expect(Self.score("the bread was AWFUL", .en) < Self.score("the bread was awful", .en))
    #expect(Self.score("THE BREAD WAS AWFUL", .en) == Self.score("the bread was awful", .en))
    #expect(Self.score("c'est NUL", .fr) < Self.score("c'est nul", .fr))
  }

  @Test func exclamationMarksStrengthenTheWhole() {
    #expect(Self.score("awful!!!", .en) < Self.score("awful", .en))
    #expect(Self.score("great!", .en) > Self.score("great", .en))
    #expect(Self.score("super !", .fr) > Self.score("super", .fr))
    // Four at most.
    #expect(Self.score("great!!!!!!!", .en) == Self.score("great!!!!", .en))
    // Nothing to strengthen: still neutral.
    #expect(Self.label("open at noon!!!", .en) == .neutral)
  }

  @Test func theClauseAfterButWeighsMore() {
    #expect(Self.label("the bread is good but the service is awful", .en) == .negative)
    #expect(Self.label("the service is awful but the bread is good", .en) == .positive)
    #expect(Self.label("le pain est bon mais le service est nul", .fr) == .negative)
    #expect(Self.label("le service est nul mais le pain est délicieux", .fr) == .positive)
  }

  @Test func emojiAndEmoticons() {
    #expect(Self.label("my order 😡", .en) == .negative)
    #expect(Self.label("my order 😍", .en) == .positive)
    #expect(Self.label("ma commande 👎", .fr) == .negative)
    #expect(Self.label("ma commande ❤️", .fr) == .positive)
    #expect(Self.label("thanks :)", .en) == .positive)
    #expect(Self.label("delivered late :(", .en) == .negative)
    #expect(Self.label("ma commande :-(", .fr) == .negative)
    // A skin tone changes nothing.
    #expect(Self.score("ok 👍🏽", .en) == Self.score("ok 👍", .en))
    #expect(Self.score("😡😡😡", .en) < Self.score("😡", .en))
    // An emoticon is read whole, never as the word inside it: `</3` is no `3`.
    #expect(Self.label("my order </3", .en) == .negative)
    #expect(Self.label("Bought bread today #3", .en) == .neutral)
    #expect(Self.label("order 143 is here", .en) == .neutral)
  }

  @Test func frenchAccentsMayBeMissing() {
    #expect(Self.score("tres decu", .fr) == Self.score("très déçu", .fr))
    #expect(Self.score("TRÈS DÉÇU", .fr) == Self.score("très déçu", .fr))
    #expect(Self.score("c'etait degoutant", .fr) == Self.score("c'était dégoûtant", .fr))
    #expect(Self.label("franchement decue", .fr) == .negative)
    #expect(
      Self.score("un chef-d’œuvre de pâtisserie", .fr)
        == Self.score("un chef-d'oeuvre de patisserie", .fr))
  }

  @Test func lettersRepeatedForEmphasisStillRead() {
    #expect(Self.score("goood", .en) == Self.score("good", .en))
    #expect(Self.score("sooo good", .en) == Self.score("so good", .en))
    #expect(Self.score("c'est nuuul", .fr) == Self.score("c'est nul", .fr))
    #expect(Self.score("trop bieeeen", .fr) == Self.score("trop bien", .fr))
    // A double letter of the word itself stays.
    #expect(Self.score("coool", .en) == Self.score("cool", .en))
  }

  @Test func frenchElisionSplitsTheWords() {
    #expect(Self.label("c'est génial", .fr) == .positive)
    #expect(Self.label("c’est génial", .fr) == .positive)
    #expect(Self.label("l'accueil m'a déçu", .fr) == .negative)
    #expect(Self.label("j'adore", .fr) == .positive)
    #expect(Self.label("qu'il est mauvais", .fr) == .negative)
    #expect(Self.score("n'est pas bon", .fr) == Self.score("ne est pas bon", .fr))
  }

  @Test func theLanguageOfAMentionIsDetected() {
    var analyzer = SentimentAnalyzer()
    #expect(analyzer.read("the bread is good and the staff was nice").language == .en)
    #expect(analyzer.read("le pain est bon et la vendeuse est gentille").language == .fr)
    #expect(analyzer.read("c'est nul", fallback: .en).language == .fr)
    #expect(analyzer.read("j'ai adoré").language == .fr)
    #expect(analyzer.read("I can't believe this is so bad", fallback: .fr).language == .en)
    // Nothing to tell: the fallback.
    #expect(analyzer.read("croissant 🥐", fallback: .fr).language == .fr)
    #expect(analyzer.read("croissant 🥐", fallback: .en).language == .en)
    // Given, the language is not detected.
    #expect(analyzer.read("the bread", language: .fr).language == .fr)
    // Detected French reads with the French lexicon.
    #expect(analyzer.read("le pain était immonde", fallback: .en).label == .negative)
  }

  @Test func oneAnalyserReadsManyTextsTheSame() {
    var analyzer = SentimentAnalyzer()
    let texts = ["awful service", "great bread", "c'est nul", "rien à dire", "ok"]
    let first = texts.map { analyzer.read($0) }
    let again = texts.map { analyzer.read($0) }
    #expect(first == again)
    #expect(first.map(\.label) == [.negative, .positive, .negative, .neutral, .positive])
  }

  @Test func labelsFollowTheStatedThresholds() {
    #expect(SentimentLabel(score: -0.05) == .negative)
    #expect(SentimentLabel(score: -0.049) == .neutral)
    #expect(SentimentLabel(score: 0.049) == .neutral)
    #expect(SentimentLabel(score: 0.05) == .positive)
  }
}
