import Testing

@testable import SMMCore

/// Contests have rules (issue 15 §6): each market's, with its source, and Meta's.
struct ContestRuleTests {
  @Test(arguments: [
    "Giveaway: win a free sports massage!",
    "Enter to win a year of coffee",
    "Our summer competition is open: send us your best photo",
    "Jeu-concours : une galette à gagner",
    "Tentez de gagner un panier garni, tirage au sort vendredi",
    "Concours photo de la médiathèque",
  ])
  func readsAContest(_ text: String) {
    #expect(ContestRule.isContest(text))
  }

  @Test(arguments: [
    "Free posture checks every Friday", "Notre seigle au Moulin Bio",
    "We won the best bakery award", "Book a table for Saturday",
  ])
  func readsNoContestInAnEverydayPost(_ text: String) {
    #expect(!ContestRule.isContest(text))
  }

  @Test(arguments: [
    ("FR", "L121-20", "legifrance.gouv.fr"), ("GB", "CAP Code s. 8", "asa.org.uk"),
    ("US", "US sweepstakes law", "law.cornell.edu"),
  ])
  func eachMarketHasItsSourcedRule(_ country: String, _ short: String, _ host: String) {
    let rule = ContestRule.of(country)
    #expect(rule.country == country)
    #expect(rule.source.short.contains(short))
    #expect(rule.source.kind == .official)
    #expect(rule.source.reference?.url?.contains(host) == true)
    #expect(!rule.summary.english.isEmpty && rule.summary.render(.french) != rule.summary.english)
  }

  @Test func anUnrecordedMarketGetsTheUSRuleSaidAsAFallback() {
    let rule = ContestRule.of("CH")
    #expect(rule.country == nil)
    #expect(rule.summary.english.contains("no contest rule recorded for CH"))
    #expect(rule.summary.english.contains("No purchase necessary"))
  }

  @Test func metaRulesApplyOnMetasPlatformsOnly() {
    #expect(
      ContestRule.metaApplies([.x, .instagram, .linkedin, .facebook]) == [.instagram, .facebook])
    #expect(ContestRule.metaApplies([.x, .googleBusiness]).isEmpty)
    #expect(ContestRule.meta.citation.contains("release"))
  }
}
