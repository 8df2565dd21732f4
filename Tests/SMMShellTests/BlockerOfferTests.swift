import Foundation
import SMMCore
import SMMShellTestSupport
import Testing

@testable import SMMShell

/// What keeps a plan from holding together is offered in plain words once nothing else is left
/// (issue 14): after the questions put off, before the plan is written; "no" sets it aside and
/// the export comes. Each case replays a walk-through as typed up to the point it needs.
struct BlockerOfferTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("TranscriptTests/Transcripts")

  /// A person's shell after the lines of walk-through `name` before its line `stop` (the whole
  /// script when nil).
  func shell(_ name: String, before stop: String?) throws -> TestShell {
    let text = try String(
      contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
    var lines = text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
    if let stop {
      let index = try #require(lines.firstIndex(of: stop), "\(stop) is in \(name)")
      lines = Array(lines[..<index])
    }
    let shell = try TestShell(interactive: true)
    for line in lines { shell.run(line) }
    return shell
  }

  func blockers(_ shell: TestShell) throws -> [String] {
    let state = try #require(shell.session.current?.state)
    return Guidance.blockers(Guidance.review(state)).map(\.phrase.key)
  }

  /// The walk-through's second message, typed when the repeated message is offered.
  static let secondMessage =
    "Nervous dog? We take it slow: a quiet room, breaks when it needs them and the same groomer every visit. Call 0117 496 0000 to book."

  @Test func theQuestionsPutOffComeBeforeWhatBlocks() throws {
    let shell = try shell("walkthrough-en-local.smm", before: "yep we put the logo up yesterday")
    #expect(try blockers(shell) == ["guide.weak.repetition", "guide.weak.engagementHours"])
    let offered = try #require(shell.session.shownOffer)
    #expect(offered.request.path == ["profile"], "the logo put off is asked first")
  }

  @Test func aRepeatedMessageIsOfferedInPlainWordsBeforeTheExport() throws {
    let last = "yes, the cover photo is up too"
    let shell = try shell("walkthrough-en-local.smm", before: last)
    let shown = shell.run(last).joined(separator: "\n")
      .replacingOccurrences(of: "\n  ", with: " ")
    #expect(shown.contains("Shall we write another message?"), "\(shown)")
    #expect(!shown.contains("/export"))
    #expect(shell.session.shownOffer?.request.path == ["content", "message", "add"])
  }

  @Test(arguments: ["no", "not now", "later"])
  func noSetsTheBlockerAsideAndTheNextComes(_ answer: String) throws {
    let last = "yes, the cover photo is up too"
    let shell = try shell("walkthrough-en-local.smm", before: last)
    shell.run(last, answer)
    #expect(try blockers(shell) == ["guide.weak.repetition", "guide.weak.engagementHours"])
    // The repeated message set aside, the hours that do not fit are asked next.
    #expect(shell.session.nextAction()?.request.path == ["brand", "set"])
    #expect(shell.session.completeHint().contains("2 points"), "the hint still says what blocks")
  }

  @Test func aLongMessageWithDomainWordsIsTheMessage() throws {
    let last = "yes, the cover photo is up too"
    let shell = try shell("walkthrough-en-local.smm", before: last)
    let message =
      "Our reviews say it best: every dog gets a bath, a trim and a calm hour, and the numbers on our calendar fill up fast."
    shell.run(last, message)
    let messages = try #require(shell.session.current?.state.content.messages)
    #expect(messages.last?.text == message)
  }

  @Test(arguments: ["yes, 5 hours is fine", "yes sure", "oui, 4 heures ça ira"])
  func aYesWithARemarkIsNotTheMessage(_ answer: String) throws {
    let shell = try shell("walkthrough-en-local.smm", before: Self.secondMessage)
    let before = shell.session.current?.state.content.messages.count
    let shown = shell.run(answer).joined(separator: " ")
    #expect(shell.session.current?.state.content.messages.count == before, "\(shown)")
    #expect(shown.contains("This needs your answer"), "\(shown)")
    #expect(shell.session.shownOffer?.request.path == ["content", "message", "add"])
  }

  /// The walk-through up to the hours question: Facebook and Google's listing with the
  /// lightest engagement need about 4.3 h, and the salon has 4.
  func atTheHoursQuestion() throws -> TestShell {
    let shell = try shell("walkthrough-en-local.smm", before: Self.secondMessage)
    shell.run(Self.secondMessage, "yes", "yes")
    #expect(shell.session.shownOffer?.request.path == ["brand", "set"])
    return shell
  }

  @Test(arguments: [
    ("yes", 5.0), ("yes, 5 hours is fine", 5), ("we can spend 6 hours on it", 6), ("6 h", 6),
  ])
  func theHoursAreReadAsTheInterviewReadsThem(_ answer: String, _ hours: Double) throws {
    let shell = try atTheHoursQuestion()
    shell.run(answer)
    #expect(shell.session.current?.state.profile.hours == hours)
  }

  @Test func tooFewHoursStillBlockAndAreAskedAgain() throws {
    let shell = try atTheHoursQuestion()
    let shown = shell.run("4 hours").joined(separator: " ")
    #expect(shell.session.current?.state.profile.hours == 4)
    #expect(shown.contains("4 h is still too few"), "said when the hours are set: \(shown)")
    #expect(try blockers(shell) == ["guide.weak.engagementHours"])
    shell.run("no")
    #expect(shell.session.nextAction()?.request.path == ["export"], "set aside, the plan comes")
  }

  @Test func noToTheHoursGoesOnToTheExport() throws {
    let shell = try atTheHoursQuestion()
    shell.run("no")
    #expect(shell.session.current?.state.profile.hours == 4)
    #expect(shell.session.nextAction()?.request.path == ["export"])
  }

  @Test(arguments: ["walkthrough-en-local.smm", "walkthrough-fr-public.smm"])
  func aWalkthroughLeavesNothingThatBlocks(_ name: String) throws {
    let shell = try shell(name, before: nil)
    #expect(try blockers(shell).isEmpty)
    let state = try #require(shell.session.current?.state)
    #expect(Guidance.ready(Guidance.review(state)), "every role is named at the end")
  }
}

/// Hours that do not fit on two platforms: more hours, or the costliest platform dropped, as
/// the person chooses in plain words.
struct HoursChoiceTests {
  /// A bakery with Instagram (5 h) and Facebook (3 h) and 4 h a week, the guide asking.
  func shell(_ language: Language = .en) throws -> TestShell {
    let shell = try TestShell(interactive: true)
    shell.run(
      "/lang \(language.rawValue)", "/new \"Le Fournil\"", "/stop",
      "/brand set sector \"artisan bakery\"", "/brand set market b2c",
      "/brand set ages 25-34,35-44", "/brand set goals sales", "/brand set hours 4",
      "/brand set formats image", "/brand set reach local",
      "/brand set languages \(language.rawValue)", "/spaces choose instagram facebook")
    let state = try #require(shell.session.current?.state)
    let action = try #require(Guidance.blockers(Guidance.review(state)).first?.action)
    shell.session.show(action)
    return shell
  }

  @Test func theQuestionNamesThePlatformThatTakesTheMostHours() throws {
    let shell = try shell()
    let offer = try #require(shell.session.shownOffer)
    let text = offer.questionText(Strings(.en))
    #expect(text.contains("drop Instagram"), "\(text)")
    #expect(text.contains("give it 8 h a week"), "Instagram 5 h and Facebook 3 h: \(text)")
  }

  @Test(arguments: [("drop instagram", Language.en), ("retire instagram", .fr)])
  func droppingTheCostliestPlatformIsAChoice(_ answer: String, _ language: Language) throws {
    let shell = try shell(language)
    shell.run(answer)
    #expect(shell.session.current?.state.spaces == [.facebook])
    #expect(Guidance.blockers(Guidance.review(try #require(shell.session.current?.state))).isEmpty)
  }

  @Test func yesGivesThePlanTheHoursItNeeds() throws {
    let shell = try shell()
    shell.run("yes")
    #expect(shell.session.current?.state.profile.hours == 8)
    #expect(shell.session.current?.state.spaces == [.instagram, .facebook])
  }
}

/// Words the walk-throughs met that smm did not read (issue 13).
struct WalkthroughWordsTests {
  @Test(arguments: [
    "je ne sais pas", "Je ne sais pas.", "je n'en sais rien", "je ne suis pas sûre",
    "i don't know",
  ])
  func iDontKnowPutsTheQuestionOff(_ answer: String) {
    #expect(Postponement.read(answer))
  }

  @Test func jeNeSaisPasToAnInterviewQuestionGoesOnToTheNext() throws {
    let shell = try TestShell(interactive: true)
    shell.run("/lang fr", "/new \"Muddy Paws\"", "toilettage canin")
    #expect((shell.session.pendingQuestion as? InterviewQuestion)?.field == .market)
    shell.run("je ne sais pas")
    let field = (shell.session.pendingQuestion as? InterviewQuestion)?.field
    #expect(field != nil && field != .market, "the next question is asked")
    #expect(shell.session.current?.state.profile.market == nil, "nothing is recorded")
  }

  @Test(arguments: [
    ("our lawyer is Ann Lee from Bristol Law, ann@bristollaw.example", Language.en),
    ("notre avocate est Ann Lee du cabinet Martin, ann@bristollaw.example", .fr),
  ])
  func theLawyerTypedOutsideTheQuestionIsNamed(_ line: String, _ language: Language) throws {
    let shell = try TestShell(interactive: true)
    shell.run("/lang \(language.rawValue)", "/new \"Muddy Paws\"", "/stop", line)
    let legal = shell.session.current?.state.crisisTeam.first { $0.role == "legal" }
    #expect(legal?.name == "Ann Lee")
    #expect(legal?.contact == "ann@bristollaw.example")
  }

  @Test(arguments: [
    ("Ann Lee from Bristol Law", "Ann Lee"), ("Ann Lee, Bristol Law,", "Ann Lee"),
    ("Ann Lee at Bristol Law", "Ann Lee"), ("me, Sarah Patel,", "Sarah Patel"),
    ("Maître Anne Leroy du cabinet Martin", "Maître Anne Leroy"),
    ("Anne Leroy chez Martin Avocats", "Anne Leroy"), ("Anne de Villiers", "Anne de Villiers"),
    ("it's Tom -", "Tom"),
  ])
  func theNameBeforeAContactLeavesTheOrganisationOut(_ typed: String, _ name: String) {
    #expect(GuideAction.personName(typed.split(separator: " ").map(String.init)) == name)
  }
}
