import SMMCore
import Testing

/// WhatsApp opt-in (issue 15 §6): the WhatsApp Business Messaging Policy and GDPR / UK GDPR
/// art. 7 (consent) apply when WhatsApp is among the chosen spaces.
struct PrivacyRulesTests {
  @Test(
    arguments: [
      ([Platform.whatsapp, .instagram], true), ([.instagram, .facebook], false), ([], false),
    ] as [([Platform], Bool)])
  func optInIsNeededWhereWhatsAppIsChosen(_ spaces: [Platform], _ needed: Bool) {
    #expect(PrivacyRules.needsOptIn(spaces) == needed)
  }

  @Test func theOptInRuleCitesThePolicyAndTheLaw() {
    let source = PrivacyRules.optInSource
    #expect(source.kind == .official)
    #expect(source.citation.contains("WhatsApp Business Messaging Policy"))
    #expect(source.citation.contains("GDPR"))
    #expect(source.reference?.url == "https://business.whatsapp.com/policy")
  }
}
