import SMMCore
import Testing

struct CrisisPlaybookTests {
  @Test(arguments: Platform.allCases)
  func holdingStatementsFitEveryPlatform(_ platform: Platform) throws {
    let long = String(repeating: "very long risk name ", count: 12)
    for name in ["food poisoning reported", long] {
      let risk = CrisisRisk(
        name: name, type: .technicalProductHarm, likelihood: 2, impact: 5, channels: [platform])
      let text = HoldingStatement.write(risk: risk, brand: "Le Fournil", platform: platform)
      #expect(PlatformCounter.isValid(text, on: platform), "\(platform): \(text)")
      #expect(text.contains("We know about"), "it starts from what is known")
    }
  }

  @Test func thePlaybookCoversEveryChosenChannelAndNamesTheTeam() throws {
    var state = BrandState(name: try BrandName("Le Fournil"))
    state = try state.applying(.chooseSpaces([.instagram, .x, .bluesky]))
    state = try state.applying(
      .addRisk(CrisisRisk(name: "rumour", type: .rumor, likelihood: 3, impact: 3, channels: [.x])))
    state = try state.applying(
      .setCrisisRole(CrisisRole(role: "Spokesperson", name: "Paul", contact: "+33")))
    let playbook = CrisisPlaybook.build(state.risks[0], for: state)
    #expect(playbook.statements.map(\.platform) == [.instagram, .x, .bluesky])
    let allValid = playbook.statements.allSatisfy { $0.valid }
    #expect(allValid)
    #expect(playbook.team.first { $0.role == "spokesperson" }?.member?.name == "Paul")
    // A role nobody holds yet has no member (the views say "to name" in their language).
    #expect(playbook.team.first { $0.role == "legal" }?.member == nil)
    #expect(playbook.escalation.count == 4)
    #expect(playbook.checklist.first?.render(.english).hasPrefix("0–10 min") == true)
    #expect(playbook.darkSite?.contains("Next update") == true)
  }

  @Test func aStatementOverItsLimitIsRefusedAndNothingChanges() throws {
    var state = BrandState(name: try BrandName("Le Fournil"))
    state = try state.applying(
      .addRisk(CrisisRisk(name: "rumour", type: .rumor, likelihood: 3, impact: 3, channels: [.x])))
    let long = String(repeating: "too long ", count: 40)
    #expect(throws: SMMCoreError.self) { try state.applying(.setStatement("rumour", .x, long)) }
    #expect(throws: SMMCoreError.self) {
      try state.applying(
        .addRisk(CrisisRisk(name: "RUMOUR", type: .rumor, likelihood: 1, impact: 1, channels: [])))
    }
    #expect(throws: SMMCoreError.self) {
      try state.applying(
        .addRisk(CrisisRisk(name: "x", type: .rumor, likelihood: 6, impact: 1, channels: [])))
    }
  }
}

struct CrisisDrillTests {
  @Test func theSameSeedGivesTheSameDrillAndDebrief() throws {
    var state = BrandState(name: try BrandName("Le Fournil"))
    state = try state.applying(.chooseSpaces([.instagram, .x]))
    state = try state.applying(
      .addRisk(CrisisRisk(name: "rumour", type: .rumor, likelihood: 3, impact: 3, channels: [])))
    let risk = state.risks[0]
    #expect(CrisisDrill.scenario(risk, seed: 42) == CrisisDrill.scenario(risk, seed: 42))
    #expect(
      CrisisDrill.scenario(risk, seed: 42).mentions != CrisisDrill.scenario(risk, seed: 43).mentions
    )
    #expect(CrisisDrill.scenario(risk, seed: 42).veracity == .untrue, "a rumour is false")
    let answers = ["rumor false no good none", "deny", "publish"]
    let first = try CrisisDrill.debrief(
      CrisisDrill.scenario(risk, seed: 42), answers: answers, state: state)
    let again = try state.applying(.recordDrill(risk: "rumour", seed: 42, answers: answers)).drills
      .last
    #expect(again == first)
    #expect(first.strategyFit)
    #expect(first.minutesToFirstResponse != nil)
    let silent = try CrisisDrill.debrief(
      CrisisDrill.scenario(risk, seed: 42), answers: ["x", "rebuild", "wait"], state: state)
    #expect(silent.minutesToFirstResponse == nil)
    #expect(silent.fixes.english.contains { $0.hasPrefix("no public response") })
    #expect(silent.score < first.score)
  }
}
