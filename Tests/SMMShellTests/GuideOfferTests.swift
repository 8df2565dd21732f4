import SMMCore
import Testing

@testable import SMMShell

/// The guide's offer is a value: the same answer in the same context gives the same step, and
/// reading it touches no session.
struct GuideOfferTests {
  /// "Pinned post on Facebook: is it in place?", for brand 7.
  static let pinnedPost = GuideOffer(
    action: GuideAction(
      CommandRequest(
        ["profile"],
        arguments: [.value("facebook"), .value("set"), .value("pinned-post"), .answer]),
      kind: .ask(
        question: Phrase(
          "guide.ask.profileDone",
          ["label": .profileField(.facebook, "pinned-post"), "platform": .text("Facebook")]),
        suggestion: nil, shape: .yesNo),
      reason: Phrase("guide.why.profileField", text: ["platform": "Facebook"])))

  /// "Next: /spaces recommend".
  static let recommend = GuideOffer(
    action: GuideAction(
      CommandRequest(["spaces", "recommend"]), reason: Phrase("guide.why.profileField")))

  static func context(_ language: Language = .en, reading: IntentCommand? = nil)
    -> ConversationContext
  {
    ConversationContext(
      strings: Strings(language), width: 80, brandID: 7, reading: reading)
  }

  @Test(arguments: [
    ("yes", Language.en), ("yep, it's there", .en), ("oui c'est fait", .fr),
  ])
  func aYesRunsTheCommandWithYes(_ answer: String, _ language: Language) {
    guard case .request(let command) = Self.pinnedPost.step(answer, in: Self.context(language))
    else {
      Issue.record("\(answer) ran nothing")
      return
    }
    #expect(command == "/profile facebook set pinned-post yes")
  }

  @Test(arguments: ["later", "not yet", "plus tard", "skip"])
  func laterPutsTheItemOff(_ answer: String) {
    let step = Self.pinnedPost.step(answer, in: Self.context())
    guard case .effect(.putOff(let field)) = step else {
      Issue.record("\(answer): \(step)")
      return
    }
    #expect(field == PostponedField(brand: 7, platform: .facebook, key: "pinned-post"))
  }

  @Test func aQuestionAboutTheQuestionIsAnsweredAndTheOfferStays() {
    let step = Self.pinnedPost.step("what is a pinned post?", in: Self.context())
    guard case .ask(let next, let lines, _) = step, let offer = next as? GuideOffer else {
      Issue.record("not answered: \(step)")
      return
    }
    #expect(offer.action == Self.pinnedPost.action)
    #expect(lines.first?.hasPrefix("A pinned post stays at the top") == true)
    #expect(lines.last?.hasPrefix("→ ") == true)
  }

  /// Another field of a profile, said with its value while one is asked, is set; the asked
  /// field's own value is an answer as before.
  @Test func anotherFieldSaidWithItsValueIsSet() {
    let line = "the facebook handle is northsidebakes actually"
    let reading = IntentCommand(IntentMatcher.match(line, context: IntentContext(hasBrand: true)))
    #expect(reading == .run(.profileSet, command: "/profile facebook set handle northsidebakes"))
    let step = Self.pinnedPost.step(line, in: Self.context(reading: reading))
    guard case .request("/profile facebook set handle northsidebakes") = step else {
      Issue.record("the handle became \(step)")
      return
    }
    let same = IntentCommand.run(.profileSet, command: "/profile facebook set pinned-post yes")
    if case .request(let command) = Self.pinnedPost.step("yes", in: Self.context(reading: same)) {
      #expect(command == "/profile facebook set pinned-post yes")
    } else {
      Issue.record("yes was not an answer")
    }
  }

  @Test func anUndoRunsWhileTheOfferWaits() {
    let step = Self.pinnedPost.step(
      "hmm, undo that", in: Self.context(reading: .run(.undo, command: "/undo")))
    guard case .request("/undo") = step else {
      Issue.record("undo became \(step)")
      return
    }
  }

  @Test func stopAndNoDeclineAndAnotherRequestIsReadAfresh() {
    for answer in ["stop", "no"] {
      guard case .settled(let output) = Self.recommend.step(answer, in: Self.context()) else {
        Issue.record("\(answer) did not decline")
        continue
      }
      #expect(output.lines.count == 1)
    }
    guard case .request("/spaces recommend") = Self.recommend.step("", in: Self.context())
    else {
      Issue.record("Enter did not take up the offer")
      return
    }
    let other = Self.recommend.step(
      "show me the calendar", in: Self.context(reading: .run(.calendar, command: "/calendar")))
    guard case .reread = other else {
      Issue.record("a request was taken as an answer: \(other)")
      return
    }
  }
}
