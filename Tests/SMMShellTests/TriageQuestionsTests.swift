import SMMCore
import SMMShellTestSupport
import Testing

@testable import SMMShell

/// The triage's questions are a value: each answer steps to the next question or to the run.
struct TriageQuestionsTests {
  @Test func answersStepThroughTheQuestionsInEitherLanguage() {
    var questions = CrisisTriageQuestions(given: ["--type": "rumor"])
    #expect(questions.nextKey == "crisis.question.veracity")
    #expect(questions.step("maybe") == .again(key: "crisis.triage.notAnAnswer"))
    for (answer, key) in [
      ("faux", "crisis.question.history"), ("No", "crisis.question.reputation"),
      ("bonne", "crisis.question.harm"),
    ] {
      guard case .ask(let next, let asked) = questions.step(answer) else {
        Issue.record("\(answer) should ask the next question")
        return
      }
      #expect(asked == key)
      questions = next
    }
    #expect(
      questions.step("aucun")
        == .run(options: [
          "--type": "rumor", "--veracity": "false", "--history": "no", "--reputation": "good",
          "--harm": "none",
        ]))
  }

  @Test func triageAskedInTheShellRunsWithEveryAnswer() throws {
    let shell = try TestShell()
    shell.run("/new acme")
    let asked = shell.run("/crisis triage --type rumor").joined(separator: "\n")
    #expect(asked.contains(Strings.english("crisis.question.veracity")))
    shell.run("false", "no", "good")
    let result = shell.execute("none")
    #expect(result.ok)
    #expect(
      result.command
        == "/crisis triage --type rumor --veracity false --history no --reputation good --harm none"
    )
  }

  @Test func asAConversationItAsksInTheSessionLanguageAndRunsTheTriage() throws {
    let french = ConversationContext(strings: .french)
    let questions = CrisisTriageQuestions(given: ["--type": "rumor"]).pending(
      json: true, strings: .french)
    #expect(questions.text == Strings.french("crisis.question.veracity"))
    #expect(questions.droppedNote == Strings.french.guidance("crisis.triage.dropped"))
    #expect(
      ConversationTests.reason(questions.step("peut-être", in: french))
        == Strings.french("crisis.triage.notAnAnswer"))
    var current: any Conversation = questions
    for answer in ["faux", "non", "bonne"] {
      current = try #require(ConversationTests.asked(current.step(answer, in: french))).0
    }
    #expect(current.text == Strings.french("crisis.question.harm"))
    let triage = try #require(
      ConversationTests.ran(current.step("aucun", in: french)) as? CrisisTriageCommand)
    #expect(triage.json)
    // Logged as the change it records: `--json` is how it is shown, not part of it.
    #expect(
      triage.canonical
        == "/crisis triage --type rumor --veracity false --history no --reputation good --harm none"
    )
  }
}
