import SMMCore
import Testing

@testable import SMMShell

/// The drill's questions: the facts first, then plain questions one at a time (or answered in
/// one sentence), in English or French; bad answers are asked again; a drop records them.
struct DrillQuestionsTests {
  let scenario = CrisisDrill.scenario(
    CrisisRisk(name: "mould rumour", type: .rumor, likelihood: 3, impact: 4, channels: [.facebook]),
    seed: 42)

  /// Steps `answers` from the first question; the questions asked after each, as catalog text.
  func walk(_ answers: [String], _ context: ConversationContext) throws -> (
    any Conversation, [String]
  ) {
    var questions: any Conversation = CrisisDrillQuestions(scenario, strings: context.strings)
    var asked: [String] = []
    for answer in answers {
      let (next, lines, command) = try #require(
        ConversationTests.asked(questions.step(answer, in: context)), "\(answer)")
      #expect(command == "/crisis drill")
      #expect(lines.last == next.text)
      asked.append(next.text)
      questions = next
    }
    return (questions, asked)
  }

  @Test func plainEnglishAnswersOneAtATimeRecordTheDrill() throws {
    let (last, asked) = try walk(
      [
        "it's false", "no, never", "badly, lots of complaints", "nobody was hurt", "deny it",
        "not yet",
      ],
      ConversationTests.english)
    let s = Strings.english
    #expect(
      asked == [
        s("crisis.drill.q.history"), s("crisis.drill.q.reputation"), s("crisis.drill.q.harm"),
        s("crisis.drill.q.strategy"), s("crisis.drill.q.publish"), s("crisis.drill.q.publish"),
      ])
    let drill = try #require(
      ConversationTests.ran(last.step("publish now", in: ConversationTests.english))
        as? CrisisDrillCommand)
    #expect(drill.name == "mould rumour" && drill.seed == "42")
    #expect(drill.answers == "false no poor none|deny|wait|publish")
  }

  @Test func oneSentenceAnswersSeveralQuestions() throws {
    let first = CrisisDrillQuestions(scenario, strings: .english)
    #expect(first.text == Strings.english("crisis.drill.q.veracity"))
    let (next, _, _) = try #require(
      ConversationTests.asked(
        first.step("it's true, a patient was hurt", in: ConversationTests.english)))
    let questions = try #require(next as? CrisisDrillQuestions)
    #expect(questions.triage == CrisisDrill.Triage(veracity: .accurate, harm: .injury))
    #expect(questions.text == Strings.english("crisis.drill.q.history"))
  }

  @Test func frenchAnswersAreReadAndTheQuestionsAreFrench() throws {
    let (last, asked) = try walk(
      [
        "c'est faux", "non, c'est la première fois", "plutôt bien", "personne n'a été blessé",
        "on dément, preuves à l'appui",
      ],
      ConversationTests.french)
    #expect(asked.first == Strings.french("crisis.drill.q.history"))
    #expect(asked.last == Strings.french("crisis.drill.q.publish"))
    let drill = try #require(
      ConversationTests.ran(last.step("publier", in: ConversationTests.french))
        as? CrisisDrillCommand)
    #expect(drill.answers == "false no good none|deny|publish")
  }

  @Test func theFirstFormOfTheTriageStillAnswersItAll() throws {
    let (next, _, _) = try #require(
      ConversationTests.asked(
        CrisisDrillQuestions(scenario, strings: .english).step(
          "rumor true no good none", in: ConversationTests.english)))
    #expect(next.text == Strings.english("crisis.drill.q.strategy"))
    #expect((next as? CrisisDrillQuestions)?.answers == ["true no good none"])
  }

  @Test func badAnswersAreAskedAgainInTheSessionLanguage() {
    let first = CrisisDrillQuestions(scenario, strings: .french)
    #expect(
      ConversationTests.reason(first.step("rumeur", in: ConversationTests.french))
        == Strings.french("crisis.drill.again.veracity"))
    let harm = CrisisDrillQuestions(
      scenario, triage: CrisisDrill.Triage(veracity: .untrue, history: false, reputation: .good),
      strings: .english)
    #expect(harm.text == Strings.english("crisis.drill.q.harm"))
    #expect(
      ConversationTests.reason(harm.step("yes", in: ConversationTests.english))
        == Strings.english("crisis.drill.again.harm"), "yes does not say which harm")
    let strategy = CrisisDrillQuestions(
      scenario, answers: ["false no good none"], strings: .english)
    #expect(
      ConversationTests.reason(strategy.step("I think so", in: ConversationTests.english))
        == Strings.english("crisis.drill.again.strategy"))
    #expect(
      ConversationTests.reason(
        strategy.step("deny it and apologise", in: ConversationTests.english))
        == Strings.english("crisis.drill.again.mixed"), "deny never mixes (guideline 8)")
    let publish = CrisisDrillQuestions(
      scenario, answers: ["false no good none", "deny"], strings: .english)
    #expect(
      ConversationTests.reason(publish.step("maybe", in: ConversationTests.english))
        == Strings.english("crisis.drill.again.publish"))
  }

  @Test func aDroppedDrillRecordsTheAnswersSoFar() throws {
    let midway = CrisisDrillQuestions(
      scenario, answers: ["true no good none", "rebuild"], strings: .english)
    let drill = try #require(midway.onDrop as? CrisisDrillCommand)
    #expect(drill.answers == "true no good none|rebuild")
    #expect(midway.droppedNote == Strings.english("crisis.drill.dropped"))
    let begun = CrisisDrillQuestions(
      scenario, triage: CrisisDrill.Triage(veracity: .untrue), strings: .english)
    #expect((begun.onDrop as? CrisisDrillCommand)?.answers == "false - - -")
  }
}
