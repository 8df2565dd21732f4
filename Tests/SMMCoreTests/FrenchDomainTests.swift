import Foundation
import Testing

@testable import SMMCore

/// The domain's explanations render in the session's language; names the brand uses publicly
/// follow the brand's.
@Suite struct FrenchDomainTests {
  static func profile(languages: [String]) -> BrandProfile {
    var profile = BrandProfile()
    profile.sector = "boulangerie"
    profile.market = .b2c
    profile.goals = [.awareness, .recruitment]
    profile.formats = [.image]
    profile.reach = .local
    profile.hours = 3
    profile.languages = languages
    return profile
  }

  @Test func scoringReasonsRenderInEitherLanguage() {
    let tiktok = SpaceScoring.rank(Self.profile(languages: ["fr"])).first { $0.platform == .tiktok }
    let penalty = tiktok?.penaltyNote
    #expect(
      penalty?.english == "TikTok needs short-video, which the brand does not produce: score × 0.6")
    #expect(
      penalty?.render(.french)
        == "TikTok demande le format vidéo courte, que la marque ne produit pas : score × 0,6")
    let market = SpaceScore.Component(
      criterion: .market, value: 0.5, notes: [Phrase("score.market.unset")])
    #expect(market.notes[0].render(.french).hasPrefix("Marché non renseigné"))
  }

  @Test func theProposalExplainsItselfInFrench() {
    let ranking = SpaceScoring.rank(Self.profile(languages: ["fr"]))
    let proposal = SpaceScoring.propose(ranking, hours: 3)
    #expect(proposal.explanation.hasPrefix("With 3 h a week"))
    #expect(
      proposal.note.render(.french).hasPrefix("Avec 3 h par semaine, mieux vaut un seul profil"))
  }

  @Test func suggestedNamesFollowTheBrandsLanguage() throws {
    var state = try BrandState.fold([.create(try BrandName("Le Fournil"))])
    state.profile = Self.profile(languages: ["fr", "en"])
    let french = CommunitySuggestions.suggest(state)
    // A bakery: its first community is the neighbourhood's food lovers (issue 15 §7).
    #expect(french.first?.name == "gourmands du quartier")
    #expect(french.first?.why.hasPrefix("people who photograph and recommend") == true)
    #expect(french.first?.reason.render(.french).hasPrefix("ceux qui photographient") == true)
    state.profile.languages = ["en"]
    #expect(CommunitySuggestions.suggest(state).first?.name == "food lovers of the neighbourhood")
  }

  @Test func phrasesRoundTripAndOldTextDecodes() throws {
    let phrase = Phrase(
      "adapt.fits",
      ["length": .number(3), "limit": .number(5), "unit": .phrase(Phrase("unit.characters"))])
    let data = try JSONEncoder().encode(phrase)
    #expect(try JSONDecoder().decode(Phrase.self, from: data) == phrase)
    let old = try JSONDecoder().decode([Phrase].self, from: Data(#"["written by hand"]"#.utf8))
    #expect(old[0].render(.french) == "written by hand")
    #expect(Phrase("adapt.byHand").render(.french) == "rédigé à la main")
  }
}

/// A catalog sentence placed after a colon continues the sentence: its first letter goes to
/// lower case, unless it starts with a name.
struct ContinuingASentenceTests {
  @Test(arguments: [
    ("Environ la moitié des adultes", "environ la moitié des adultes"),
    ("Utilisé par 55 %", "utilisé par 55 %"),
    ("80 % des adultes", "80 % des adultes"),
    ("LinkedIn reaches", "LinkedIn reaches"),
    ("Instagram rewards", "Instagram rewards"),
    ("B2B buyers", "B2B buyers"),
    ("A", "A"),
    ("", ""),
  ])
  func firstLetterFollowsTheColon(_ text: String, _ expected: String) {
    #expect(LocalizedText(english: text, french: text).continuingASentence.french == expected)
  }
}
