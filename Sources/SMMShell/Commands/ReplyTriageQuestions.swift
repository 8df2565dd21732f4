import SMMCore

/// The yes-or-no questions of `/reply triage` as a value: the answers so far decide the kind of
/// negative post. Asked while every answer is no; the first yes decides. Instead of a yes or
/// no, the post itself or a few words about it may be given: ``NegativePost/read(_:)`` reads
/// it (a real bad experience is an unhappy customer, however angry).
struct ReplyTriageQuestions: Conversation {
  /// The questions, in order, as shown.
  let questions: [String]
  /// The brand replying (its name and language go into the first reply).
  let state: BrandState
  /// The platform the post is on.
  let platform: Platform
  /// The answers so far (yes is true).
  var answers: [Bool] = []
  let droppedNote: String?

  init(questions: [String], state: BrandState, platform: Platform, droppedNote: String?) {
    self.questions = questions
    self.state = state
    self.platform = platform
    self.droppedNote = droppedNote
  }

  var text: String { questions[answers.count] }

  func step(_ answer: String, in context: ConversationContext) -> ConversationStep {
    let s = context.strings
    guard let yes = Affirmation.read(answer) else {
      // The post itself, or a description of it, instead of a yes or no: read it.
      guard let kind = NegativePost.read(answer) else { return .again(s("reply.triage.yesNo")) }
      return settle(kind, context)
    }
    var next = self
    next.answers.append(yes)
    let all = next.answers
    if all.count < questions.count && !all.contains(true) {
      return .ask(next, lines: [next.text], command: "/reply triage")
    }
    let kind = NegativePost.classify(
      troll: all[0], rager: all.count > 3 && all[3], wrongFacts: all.count > 1 && all[1],
      badExperience: all.count > 2 && all[2])
    guard let kind else {
      return .settled(
        CommandOutput([s.guidance("reply.triage.notNegative")], command: "/reply triage"))
    }
    return settle(kind, context)
  }

  /// The verdict for `kind`, with its first reply.
  private func settle(_ kind: NegativePost, _ context: ConversationContext) -> ConversationStep {
    .settled(
      CommandOutput(
        ReplyCommand.verdict(
          kind, state: state, platform: platform, width: context.width, context.strings),
        command: "/reply triage --kind \(kind.rawValue) --platform \(platform.rawValue)"))
  }
}
