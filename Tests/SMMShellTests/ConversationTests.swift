import SMMCore
import Testing

@testable import SMMShell

/// Every conversation is a value with a pure step: these read answers without a session, in
/// both languages, and check bad answers are asked again and what a drop records.
struct ConversationTests {
  static let english = ConversationContext(strings: .english)
  static let french = ConversationContext(strings: .french)

  /// The command a `.run` step runs, if the step is one.
  static func ran(_ step: ConversationStep) -> (any ShellCommand)? {
    if case .run(let command) = step { return command }
    return nil
  }

  /// The reason of an `.again` step, if the step is one.
  static func reason(_ step: ConversationStep) -> String? {
    if case .again(let reason) = step { return reason }
    return nil
  }

  /// The output of a `.settled` step, if the step is one.
  static func output(_ step: ConversationStep) -> CommandOutput? {
    if case .settled(let output) = step { return output }
    return nil
  }

  static func asked(_ step: ConversationStep) -> (any Conversation, [String], String?)? {
    if case .ask(let next, let lines, let command) = step { return (next, lines, command) }
    return nil
  }
}

/// `/delete` and `/repair` ask yes or no before what cannot be undone.
struct ConfirmationTests {
  func confirmation() throws -> ConfirmationQuestion {
    ConfirmationQuestion(
      text: "Delete acme?", droppedNote: "acme was not deleted",
      confirmed: try DeleteCommand(ParsedArguments(["acme"], flags: ["--yes"])), kept: "kept",
      keptCommand: "/delete cancelled")
  }

  @Test(arguments: ["yes", "oui", "Y"])
  func yesRunsTheConfirmedCommand(_ answer: String) throws {
    let command = ConversationTests.ran(
      try confirmation().step(answer, in: ConversationTests.english))
    let delete = try #require(command as? DeleteCommand)
    #expect(delete.name == "acme" && delete.confirmed)
  }

  @Test(arguments: ["no", "non"])
  func noKeepsEverything(_ answer: String) throws {
    let output = ConversationTests.output(
      try confirmation().step(answer, in: ConversationTests.french))
    #expect(output == CommandOutput(["kept"], command: "/delete cancelled"))
  }

  @Test func anythingElseIsAskedAgainInTheSessionLanguage() throws {
    let question = try confirmation()
    #expect(
      ConversationTests.reason(question.step("maybe", in: ConversationTests.english))
        == Strings.english("question.yesNo"))
    #expect(
      ConversationTests.reason(question.step("peut-être", in: ConversationTests.french))
        == Strings.french("question.yesNo"))
    #expect(question.onDrop == nil, "a dropped confirmation records nothing")
  }
}

/// "Which command did you mean?": a number picks, anything else is a new request.
struct CommandChoiceTests {
  let choice = CommandChoice(text: "which?", commands: ["/spaces drop tiktok", "/delete tiktok"])

  @Test func aNumberRunsThatCommand() {
    guard case .request(let command) = choice.step("2", in: ConversationTests.english) else {
      Issue.record("2 should run the second command")
      return
    }
    #expect(command == "/delete tiktok")
  }

  @Test func aNumberOutOfRangeIsAskedAgain() {
    #expect(
      ConversationTests.reason(choice.step("5", in: ConversationTests.french))
        == Strings.french("assistant.whichAgain", ["count": "2"]))
  }

  @Test func yesPicksTheOnlyCommandAndOtherwiseIsANewRequest() {
    let single = CommandChoice(text: "which?", commands: ["/status"])
    guard case .request(let command) = single.step("oui", in: ConversationTests.french) else {
      Issue.record("oui should run the only command")
      return
    }
    #expect(command == "/status")
    guard case .reread = choice.step("yes", in: ConversationTests.english) else {
      Issue.record("yes among two commands is no choice")
      return
    }
    guard case .reread = choice.step("show the plan", in: ConversationTests.english) else {
      Issue.record("a sentence is a new request")
      return
    }
  }
}

/// Each interview question reads plain words for its field and commits what they make.
struct InterviewQuestionTests {
  func question(_ field: ProfileField, _ strings: Strings) -> InterviewQuestion {
    InterviewQuestion(Interview(), field: field, brand: "acme", strings)
  }

  @Test(arguments: [
    ("we sell to other companies", Language.en), ("nous vendons à des entreprises", Language.fr),
  ])
  func anAnswerInWordsCommitsItsCommand(_ answer: String, _ language: Language) {
    let strings = Strings.of(language)
    let context = ConversationContext(strings: strings)
    guard
      case .commit(let change, let canonical, let lines, let then) = question(.market, strings)
        .step(answer, in: context)
    else {
      Issue.record("\(answer) should set the market")
      return
    }
    #expect(change == .setProfile(.market(.b2b)))
    #expect(canonical == "/brand set market b2b")
    #expect(lines == ["→ /brand set market b2b"])
    #expect(then is InterviewQuestion)
  }

  @Test func aBadAnswerIsAskedAgainWithTheAnswersItTakes() {
    let reason = ConversationTests.reason(
      question(.market, .french).step("bleu", in: ConversationTests.french))
    #expect(reason?.contains("bleu") == true)
    #expect(reason?.contains("b2b") == true)
  }

  @Test(arguments: ["later", "not yet", "Skip.", "plus tard", "pas encore", "passer"])
  func aWordThatPutsTheQuestionOffSkipsTheField(_ answer: String) throws {
    let state = BrandState(name: try BrandName("acme"))
    let first = try #require(Interview().nextField(state.profile))
    let context = ConversationContext(strings: .english, state: state)
    let (next, lines, _) = try #require(
      ConversationTests.asked(question(first, .english).respond(to: answer, in: context)))
    let following = try #require(next as? InterviewQuestion)
    #expect(following.interview.skipped == [first])
    #expect(following.field != first)
    #expect(lines.first == Strings.english("interview.skipped", ["field": first.rawValue]))
  }

  @Test func afterTheAnswerTheNextMissingFieldIsAskedUntilNoneIsLeft() throws {
    var state = BrandState(name: try BrandName("acme"))
    let first = try #require(Interview().nextField(state.profile))
    let resumed = question(first, .english).resume(after: state, in: ConversationTests.english)
    let (next, lines, _) = try #require(ConversationTests.asked(resumed))
    #expect((next as? InterviewQuestion)?.field == first)
    #expect(lines.count == 1 && lines[0].contains(next.text))
    var skipped = Interview()
    skipped.skipped = Set(ProfileField.allCases)
    state = BrandState(name: try BrandName("acme"))
    let done = ConversationTests.output(skipped.following(state, .english))
    let left = try #require(done?.lines.first)
    #expect(state.profile.missingFields.allSatisfy { left.contains($0.rawValue) })
    #expect(question(first, .english).onDrop == nil && question(first, .english).droppedNote == nil)
  }
}

/// Words every question takes are read before the kind's own step.
struct UniversalAnswerTests {
  @Test(arguments: ["skip", "later", "Not yet!", "plus tard", "pas encore", "on verra"])
  func wordsThatPutAQuestionOff(_ answer: String) {
    #expect(UniversalAnswer.read(answer) == .skip)
  }

  @Test(arguments: ["no", "non", "yes", "skipping rope classes", "later this week we open"])
  func otherAnswersAreLeftToTheQuestion(_ answer: String) {
    #expect(UniversalAnswer.read(answer) == nil)
  }

  @Test func aKindThatTakesNoUniversalWordReadsItAsAnAnswer() throws {
    let confirmation = ConfirmationQuestion(
      text: "Delete?", droppedNote: nil,
      confirmed: try DeleteCommand(ParsedArguments(["acme"], flags: ["--yes"])), kept: "kept",
      keptCommand: "/delete cancelled")
    #expect(
      ConversationTests.output(confirmation.respond(to: "not yet", in: ConversationTests.english))
        == CommandOutput(["kept"], command: "/delete cancelled"),
      "not yet is a no to a confirmation")
  }
}

/// `/reply triage` asks yes-or-no questions while every answer is no; the first yes decides.
struct ReplyTriageQuestionsTests {
  func questions() throws -> ReplyTriageQuestions {
    ReplyTriageQuestions(
      questions: ["troll?", "facts?", "experience?", "rant?"],
      state: BrandState(name: try BrandName("acme")), platform: .facebook, droppedNote: "dropped")
  }

  @Test func noAsksTheNextQuestionAndYesGivesTheVerdict() throws {
    let (next, lines, _) = try #require(
      ConversationTests.asked(try questions().step("non", in: ConversationTests.french)))
    #expect(next.text == "facts?" && lines == ["facts?"])
    let verdict = try #require(
      ConversationTests.output(next.step("yes", in: ConversationTests.english)))
    #expect(verdict.command == "/reply triage --kind misguided --platform facebook")
    #expect(verdict.lines.first == Strings.english("reply.verdict.misguided"))
  }

  @Test func fourNosAreNotANegativePostAndOtherWordsAreAskedAgain() throws {
    var current: any Conversation = try questions()
    #expect(
      ConversationTests.reason(current.step("perhaps", in: ConversationTests.english))
        == Strings.english("reply.triage.yesNo"))
    for _ in 0..<3 {
      current = try #require(
        ConversationTests.asked(current.step("no", in: ConversationTests.english))
      ).0
    }
    let settled = ConversationTests.output(current.step("non", in: ConversationTests.french))
    #expect(settled?.lines == [Strings.french.guidance("reply.triage.notNegative")])
  }
}
