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

  /// A product found bad ("mould in a loaf") has potential victims: its cause, asked next,
  /// gives a product-harm type (Coombs 2007: product harm is a crisis with victims, even
  /// before anyone is hurt); a cause said with it gives the type at once.
  @Test func aProductFoundBadIsAskedItsCauseAndTheCauseGivesTheType() {
    let questions = CrisisTriageQuestions(given: [:])
    guard case .ask(let cause, let key) = questions.step("a customer found mould in a loaf")
    else {
      Issue.record("a product found bad should ask its cause")
      return
    }
    #expect(key == "crisis.question.cause")
    #expect(cause.product && cause.given["--type"] == nil)
    for (answer, type) in [
      ("one of us forgot to check the batch", CrisisType.humanErrorProductHarm),
      ("the oven's thermostat had a defect", .technicalProductHarm),
      ("someone tampered with the jars", .tampering),
      ("c'est la faute d'un employé", .humanErrorProductHarm),
    ] {
      guard case .ask(let next, _) = cause.step(answer) else {
        Issue.record("\(answer) should give the type")
        continue
      }
      #expect(next.given["--type"] == type.rawValue, "\(answer)")
    }
    #expect(cause.step("no idea at all") == .again(key: "crisis.triage.notAnAnswer"))
    for (line, type) in [
      ("expired yoghurts were sold by mistake", CrisisType.humanErrorProductHarm),
      ("du pain moisi vendu en connaissance de cause", .misdeed),
      ("a faulty kettle, the machine at the factory failed", .technicalProductHarm),
    ] {
      let slots = CrisisSlots(IntentLine(line, names: []))
      #expect(slots.type == type && !slots.product, "\(line)")
    }
    // A claim's harm is asked, not read, until the claim is known true.
    let reader = CrisisTriageQuestions(given: [:])
    #expect(reader.read("someone says our product made them ill")["--harm"] == nil)
    #expect(reader.read("on dit que notre pain rend malade, c'est faux")["--harm"] == nil)
    #expect(reader.read("people say it made them ill, and it's true")["--harm"] == "injury")
    #expect(CrisisTriageQuestions.statesMore("a customer found mould in a loaf"))
    #expect(!CrisisTriageQuestions.statesMore("it's going viral, a rumour"))
    // Harm named to deny it leaves the product found bad.
    for line in [
      "a customer found mould in their loaf, nobody was ill",
      "un client a trouvé du moisi dans son pain, personne n'a été malade",
    ] {
      let slots = CrisisSlots(IntentLine(line, names: []))
      #expect(slots.product && slots.type == nil, "\(line)")
    }
    // A false report of mould is a rumour, not a product crisis.
    let rumour = CrisisSlots(IntentLine("a fake story about mould in our bread", names: []))
    #expect(
      rumour.type == .rumor && !rumour.product,
      "\(String(describing: rumour.type)) \(String(describing: rumour.veracity)) \(rumour.product)")
  }

  /// What plain words gave is said back in words, not as option values.
  @Test func whatWasReadIsSaidInWords() {
    let said = CrisisTriageQuestions.noted(
      [
        "--type": "human-error-product-harm", "--veracity": "true", "--harm": "none",
        "--reach": "1200",
      ], product: false, .english)
    #expect(
      said
        == "faulty product from human error; the information is true; no one harmed; seen by about 1,200 people"
    )
    #expect(
      CrisisTriageQuestions.noted(["--history": "no"], product: true, .french)
        == "un produit trouvé mauvais (sa cause est demandée ensuite) ; une première fois")
  }
}
