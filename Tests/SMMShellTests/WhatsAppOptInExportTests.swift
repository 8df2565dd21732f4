import Foundation
import SMMCore
import SMMShell
import Testing

/// The plan states WhatsApp's opt-in rule when WhatsApp is among the spaces (issue 15 §6): the
/// same sentence as `/content check`, its source in the notes, and `content.whatsapp_opt_in` in
/// the JSON, checked against the schema.
struct WhatsAppOptInExportTests {
  static func brand(withWhatsApp: Bool) throws -> BrandState {
    let state = try PlanExportTests.fullBrand()
    return withWhatsApp ? try state.applying(.chooseSpaces([.whatsapp])) : state
  }

  @Test func thePlanStatesTheOptInRuleOnlyWithWhatsApp() throws {
    let english = MarkdownExport.plan(try Self.brand(withWhatsApp: true))
    #expect(english.contains("WhatsApp: message only people who gave the brand their number"))
    #expect(english.contains("WhatsApp Business Messaging Policy"))
    let french = MarkdownExport.plan(try Self.brand(withWhatsApp: true), language: .fr)
    #expect(french.contains("WhatsApp : n'écrivez qu'aux personnes"))
    let html = HTMLExport.plan(try Self.brand(withWhatsApp: true))
    #expect(html.contains("said yes to its messages"))
    let without = MarkdownExport.plan(try Self.brand(withWhatsApp: false))
    #expect(!without.contains("said yes to its messages"))
  }

  @Test func theJSONCarriesTheRuleWithItsSourceAndMatchesTheSchema() throws {
    let state = try Self.brand(withWhatsApp: true)
    let text = PlanExport.json(state)
    #expect(try PlanReportTests.schemaProblems(text) == [])
    let rule = try #require(PlanReport.build(state).content.whatsappOptIn)
    #expect(rule.source == PrivacyRules.optInSource.short)
    #expect(rule.url == "https://business.whatsapp.com/policy")
    let without = try Self.brand(withWhatsApp: false)
    #expect(PlanReport.build(without).content.whatsappOptIn == nil)
    #expect(try PlanReportTests.schemaProblems(PlanExport.json(without)) == [])
  }
}
