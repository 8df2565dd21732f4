import SMMCore
import SMMShell
import Testing

/// The plan's reply guide keeps a clinic's or a law firm's replies confidential (issue 15 §6):
/// the rule is stated, and the first replies never confirm a patient or a client.
struct ConfidentialPlanTests {
  @Test func aClinicsPlanStatesTheRuleAndItsRepliesConfirmNoPatient() throws {
    let clinic = try PlanExportTests.fullBrand().applying(
      .setProfile(.sector("physiotherapy clinic")))
    let english = MarkdownExport.plan(clinic)
    #expect(english.contains("never confirm in public that someone is a patient"))
    #expect(english.contains("We can't discuss anyone's care or situation in public"))
    #expect(!english.contains("that's not the experience we want you to have"))
    #expect(english.contains("in public, say only that you have been in touch"))
    #expect(!english.contains("apologise for the experience"))
    let french = MarkdownExport.plan(clinic, language: .fr)
    #expect(french.contains("ne confirmez jamais en public que quelqu'un est patient"))
    let bakery = MarkdownExport.plan(try PlanExportTests.fullBrand())
    #expect(!bakery.contains("never confirm in public"))
  }
}
