import SMMCore
import Testing

/// The drill in plain words: the facts it shows, the answers it reads in either language, the
/// scoring of only what it showed, and its time target, the triage's.
struct CrisisDrillAnswerTests {
  static func state() throws -> BrandState {
    var state = BrandState(name: try BrandName("Le Fournil"))
    state = try state.applying(.chooseSpaces([.instagram, .x]))
    return try state.applying(
      .addRisk(CrisisRisk(name: "rumour", type: .rumor, likelihood: 3, impact: 3, channels: [])))
  }

  @Test func theScenarioShowsEveryFactItScores() throws {
    let risk = try Self.state().risks[0]
    for seed: UInt64 in [1, 7, 42, 99] {
      let scenario = CrisisDrill.scenario(risk, seed: seed)
      let keys = scenario.facts.map(\.key)
      #expect(keys.count == 1 + CrisisDrill.Fact.allCases.count)
      #expect(keys[1] == "crisis.drill.fact.veracity.\(scenario.veracity.rawValue)")
      #expect(keys[2] == "crisis.drill.fact.history.\(scenario.history ? "yes" : "no")")
      #expect(keys[3] == "crisis.drill.fact.reputation.\(scenario.reputation.rawValue)")
      #expect(keys[4] == "crisis.drill.fact.harm.\(scenario.harm.rawValue)")
      // Every fact shown reads in both languages.
      for fact in scenario.facts {
        #expect(!fact.render(.english).isEmpty && fact.render(.french) != fact.render(.english))
      }
    }
  }

  @Test(arguments: [
    ("it's true, a patient was hurt", CrisisDrill.Fact.veracity, "true - - injury"),
    ("c'est vrai, un patient a été blessé", .veracity, "true - - injury"),
    ("not true at all", .veracity, "false - - -"),
    ("ce n'est pas vrai", .veracity, "false - - -"),
    ("partly, it's out of context", .veracity, "truncated - - -"),
    ("à moitié vrai, sorti de son contexte", .veracity, "truncated - - -"),
    ("yes", .veracity, "true - - -"),
    ("non", .history, "- no - -"),
    ("yes, last year", .history, "- yes - -"),
    ("c'est la première fois", .history, "- no - -"),
    ("people liked us", .reputation, "- - good -"),
    ("plutôt mal vus", .reputation, "- - poor -"),
    ("ni bien ni mal", .reputation, "- - neutral -"),
    ("about 4.6 stars on Google", .reputation, "- - good -"),
    ("3,2 étoiles sur Google", .reputation, "- - neutral -"),
    ("2 stars, people moan a lot", .reputation, "- - poor -"),
    ("pretty solid", .reputation, "- - good -"),
    ("no one was hurt", .harm, "- - - none"),
    ("personne n'a été blessée", .harm, "- - - none"),
    ("some people lost money", .harm, "- - - financial"),
    ("une personne a été blessée", .harm, "- - - injury"),
    ("no", .harm, "- - - none"),
  ])
  func plainAnswersReadInEitherLanguage(
    _ answer: String, _ asked: CrisisDrill.Fact, _ recorded: String
  ) throws {
    let reading = try #require(CrisisDrill.Triage().reading(answer, asked: asked), "\(answer)")
    #expect(reading.recorded == recorded, "\(answer)")
  }

  @Test func wordsThatSayNothingAreNotAnAnswer() {
    #expect(CrisisDrill.Triage().reading("rumeur", asked: .veracity) == nil)
    #expect(CrisisDrill.Triage().reading("yes", asked: .harm) == nil, "which harm?")
    #expect(CrisisDrill.Triage().reading("good", asked: .veracity) == nil, "good is a reputation")
  }

  @Test func strategiesAndPublishReadInWords() {
    #expect(
      CrisisDrill.readStrategy("apologise and make amends") == .chosen(.rebuild, bolstering: false))
    #expect(
      CrisisDrill.readStrategy("on dément, preuves à l'appui") == .chosen(.deny, bolstering: false))
    #expect(
      CrisisDrill.readStrategy("réparer et rappeler nos bonnes actions")
        == .chosen(.rebuild, bolstering: true))
    #expect(CrisisDrill.readStrategy("diminish+") == .chosen(.diminish, bolstering: true))
    #expect(
      CrisisDrill.readStrategy("on s'excuse et on dédommage")
        == .chosen(.rebuild, bolstering: false))
    #expect(CrisisDrill.readStrategy("minimiser") == .chosen(.diminish, bolstering: false))
    // Telling people what happened is informing them, in either language.
    for said in [
      "we tell people what happened and when it will be fixed", "keep everyone posted",
      "on informe les clients de ce qui s'est passé", "on les tient au courant",
    ] {
      #expect(CrisisDrill.readStrategy(said) == .chosen(.inform, bolstering: false), "\(said)")
    }
    #expect(CrisisDrill.readStrategy("deny and apologise") == .mixed)
    #expect(CrisisDrill.readStrategy("hmm") == .unclear)
    #expect(CrisisDrill.readPublish("publier") == true)
    #expect(CrisisDrill.readPublish("yes, post it") == true)
    #expect(CrisisDrill.readPublish("on attend") == false)
    #expect(CrisisDrill.readPublish("not yet") == false)
    #expect(CrisisDrill.readPublish("maybe") == nil)
  }

  @Test func theOldAndTheNewRecordedFormsScoreTheSame() throws {
    let state = try Self.state()
    let scenario = CrisisDrill.scenario(state.risks[0], seed: 42)
    let truth = CrisisDrill.Triage(scenario).recorded
    let new = try CrisisDrill.debrief(scenario, answers: [truth, "deny", "publish"], state: state)
    var old = try CrisisDrill.debrief(
      scenario, answers: ["rumor " + truth, "deny", "publish"], state: state)
    #expect(old.answers != new.answers, "each keeps what was typed")
    old.answers = new.answers
    #expect(new == old)
    #expect(new.triageFit == 4 && new.triageAsked == 4)
    #expect(!new.fixes.contains { $0.key == "crisis.fix.fact" })
  }

  @Test func onlyTheFactsShownAreScoredAndAMissIsSaidInWords() throws {
    let state = try Self.state()
    let scenario = CrisisDrill.scenario(state.risks[0], seed: 42)
    var given = CrisisDrill.Triage(scenario)
    given.reputation = scenario.reputation == .good ? .poor : .good
    let result = try CrisisDrill.debrief(
      scenario, answers: [given.recorded, "deny", "publish"], state: state)
    #expect(result.triageFit == 3)
    let misses = result.fixes.filter { $0.key == "crisis.fix.fact" }
    #expect(misses.count == 1)
    #expect(misses[0].render(.english).hasPrefix("reputation before: the scenario said"))
    #expect(misses[0].render(.french).hasPrefix("réputation avant : le scénario disait"))
  }

  @Test(arguments: [UInt64(1), 7, 42, 99, 2024])
  func theTargetIsTheTriagesForTheSameFacts(_ seed: UInt64) throws {
    let state = try Self.state()
    let scenario = CrisisDrill.scenario(state.risks[0], seed: seed)
    let result = try CrisisDrill.debrief(scenario, answers: [], state: state)
    // What /crisis triage gives for the facts shown, with the mentions an hour shown at T+0.
    let triage = try CrisisTriage.assess(
      type: scenario.risk.type, veracity: scenario.veracity, history: scenario.history,
      reputation: scenario.reputation, harm: scenario.harm, reach: nil,
      velocity: scenario.mentions[0])
    #expect(result.targetMinutes == triage.respondWithinMinutes)
    #expect(result.level == triage.level)
    #expect(result.targetMinutes == (triage.level >= 3 ? 15 : 60))
  }
}
