import SMMCore
import Testing

struct MethodStepTests {
  @Test func theMethodHasFourStepsInOrder() {
    #expect(MethodStep.allCases.map(\.number) == [1, 2, 3, 4])
    #expect(MethodStep.allCases.map(\.slug) == ["spaces", "content", "communities", "crisis"])
    #expect(MethodStep.allCases.sorted() == MethodStep.allCases)
  }

  @Test func everyStepSaysWhatItIsAndNeedsInBothLanguages() {
    for step in MethodStep.allCases {
      for strings in [Strings.english, Strings.french] {
        for part in ["title", "purpose", "needs", "slug"] {
          #expect(strings.has(step.key(part)), "\(step.key(part)) in \(strings.language)")
        }
      }
    }
  }

  @Test func aNewBrandStartsAtStepOne() throws {
    let state = BrandState(name: try BrandName("acme"))
    let reviews = Guidance.review(state)
    #expect(Guidance.currentStep(reviews) == .spaces)
    #expect(reviews.map(\.step) == MethodStep.allCases)
    #expect(reviews.allSatisfy { $0.stage == .notStarted })
    let missing = reviews.map { $0.missing.map { $0.phrase.render(.english) } }
    #expect(missing[0].count == 2, "the profile and the choice of platforms")
    #expect(missing[0][0].contains("sector, market, ages, goals, hours"))
    #expect(missing[1].count == 3, "pillars, messages, calendar: \(missing[1])")
    #expect(missing[2].count == 2, "a community map and an engagement plan: \(missing[2])")
    #expect(missing[3].count == 3, "risks, team, drill: \(missing[3])")
  }
}
