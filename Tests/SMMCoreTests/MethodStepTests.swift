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
    #expect(StepProgress.current(state) == .spaces)
    let progress = StepProgress.evaluate(state)
    #expect(progress.map(\.step) == MethodStep.allCases)
    #expect(progress.allSatisfy { $0.stage == .notStarted })
    #expect(progress[0].missing.count == 2, "the profile and the choice of platforms")
    #expect(progress[0].missing[0].contains("sector, market, ages, goals, hours"))
    #expect(progress[1].missing.count == 3, "pillars, messages, calendar: \(progress[1].missing)")
    #expect(
      progress[2].missing.count == 2,
      "a community map and an engagement plan: \(progress[2].missing)")
    #expect(progress[3].missing.count == 3, "risks, team, drill: \(progress[3].missing)")
  }
}
