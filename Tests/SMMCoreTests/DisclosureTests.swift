import Foundation
import SMMCore
import Testing

/// Sponsored content (issue 15 §6): each market's rule with its source, the label put first on
/// every adapted variant, and messages saved before the flag existed read as not sponsored.
struct DisclosureTests {
  /// The rule of each market, its label and the publisher of its source:
  /// FR — loi n° 2023-451 du 9 juin 2023, art. 5 (Légifrance);
  /// GB — CAP Code rule 2.1 and the CMA, "Influencers' guide to making clear that ads are ads";
  /// US — FTC, Guides Concerning the Use of Endorsements and Testimonials (16 CFR Part 255).
  @Test(arguments: [
    ("FR", "Publicité", "Légifrance"),
    ("GB", "#ad", "Advertising Standards Authority, CAP and Competition and Markets Authority"),
    ("US", "#ad", "Federal Trade Commission"),
  ])
  func eachMarketHasItsRuleAndSource(_ country: String, _ label: String, _ publisher: String) {
    let rule = DisclosureRule.of(country)
    #expect(rule.country == country)
    #expect(rule.label == label)
    #expect(rule.source.kind == .official)
    #expect(rule.source.reference?.publisher == publisher)
    #expect(rule.source.reference?.url?.hasPrefix("https://") == true)
  }

  @Test func aMarketWithoutARuleFallsBackToTheFTCAndSaysSo() {
    let rule = DisclosureRule.of("CH")
    #expect(rule.country == nil)
    #expect(rule.label == "#ad")
    #expect(rule.summary.key == "disclosure.fallback")
    #expect(rule.summary.render(Strings.of(.en)).contains("CH"))
  }

  @Test func onlyALabelUpFrontDiscloses() {
    let france = DisclosureRule.france
    #expect(france.isDisclosed("Publicité · Notre seigle"))
    #expect(france.isDisclosed("  collaboration commerciale avec le Moulin Bio"))
    #expect(!france.isDisclosed("Notre seigle, avec le Moulin Bio. Publicité"))
    #expect(DisclosureRule.unitedKingdom.isDisclosed("#ad Our new rye"))
    #expect(!DisclosureRule.unitedKingdom.isDisclosed("Our new rye #bread #ad"))
    #expect(france.disclosed("Notre seigle") == "Publicité · Notre seigle")
    #expect(france.disclosed("Publicité : notre seigle") == "Publicité : notre seigle")
  }

  static func brand(_ country: String) throws -> BrandState {
    try BrandState(name: BrandName("Le Fournil"))
      .applying(.setProfile(.countries([country])))
      .applying(.chooseSpaces([.x, .instagram]))
  }

  @Test func aSponsoredMessageStartsWithTheLabelEvenWhenShortened() throws {
    let long = String(repeating: "Our rye rises slowly with the mill's flour. ", count: 12)
    let state = try Self.brand("GB")
      .applying(.addMessage(long, .brand, sponsored: true))
      .applying(.adaptMessage(1, [.x, .instagram]))
    let message = try #require(state.content.messages.first)
    #expect(message.sponsored)
    for platform in [Platform.x, .instagram] {
      let variant = try #require(message.variants[platform])
      #expect(variant.text.hasPrefix("#ad · "), "\(platform)")
      #expect(variant.notes.contains { $0.key == "adapt.disclosed" })
    }
    #expect(PlatformCounter.count(try #require(message.variants[.x]).parts[0], on: .x).valid)
  }

  @Test func aMessageNotSponsoredIsLeftAsWritten() throws {
    let state = try Self.brand("FR")
      .applying(.addMessage("Le pain du jour est sorti", .brand))
      .applying(.adaptMessage(1, [.instagram]))
    #expect(state.content.messages[0].variants[.instagram]?.text == "Le pain du jour est sorti")
  }

  @Test func markingAMessageSponsoredAdaptsItsVariantsAgainButNotOneWrittenByHand() throws {
    let state = try Self.brand("FR")
      .applying(.addMessage("Notre seigle au Moulin Bio", .brand))
      .applying(.adaptMessage(1, [.x, .instagram]))
      .applying(.editVariant(1, .x, "Notre seigle, écrit à la main"))
      .applying(.sponsorMessage(1, true))
    let message = state.content.messages[0]
    #expect(message.variants[.instagram]?.text == "Publicité · Notre seigle au Moulin Bio")
    #expect(message.variants[.x]?.text == "Notre seigle, écrit à la main")
    let back = try state.applying(.sponsorMessage(1, false))
    #expect(back.content.messages[0].variants[.instagram]?.text == "Notre seigle au Moulin Bio")
    #expect(throws: SMMCoreError.self) { try state.applying(.sponsorMessage(9, true)) }
  }

  @Test func aMessageSavedBeforeTheFlagIsNotSponsored() throws {
    let old = #"{"id":1,"text":"Hello","tag":"brand","variants":{}}"#
    let message = try JSONDecoder().decode(ContentMessage.self, from: Data(old.utf8))
    #expect(!message.sponsored)
    let encoded = String(decoding: try JSONEncoder().encode(message), as: UTF8.self)
    #expect(!encoded.contains("sponsored"))
    var sponsored = message
    sponsored.sponsored = true
    let again = try JSONDecoder().decode(
      ContentMessage.self, from: try JSONEncoder().encode(sponsored))
    #expect(again.sponsored)
  }
}
