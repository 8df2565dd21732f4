import SMMCore

/// The triage's questions as a value: the options given so far, and a pure ``step(_:)`` that
/// reads an answer and says what comes next.
struct CrisisTriageQuestions: Equatable, Sendable {
  /// One question: the option it fills, its catalog key and the answers it takes (in both
  /// languages) with the value each one gives.
  struct Question: Sendable {
    var option: String
    var key: String
    var answers: [String: String]
  }

  /// What an answer leads to.
  enum Step: Equatable {
    /// Ask the next question (its catalog key) with these options given.
    case ask(CrisisTriageQuestions, key: String)
    /// Not an answer: say so (a catalog key) and ask the same question again.
    case again(key: String)
    /// Every option is given: run the triage with them.
    case run(options: [String: String])
  }

  /// The options given so far.
  var given: [String: String]
  /// Whether the triage, once run, prints JSON.
  var json = false
  /// The question waiting, as shown.
  var text = ""
  /// What a command typed instead of an answer says.
  var droppedNote: String?

  static let questions: [Question] = [
    Question(
      option: "--type", key: "crisis.question.type",
      answers: Dictionary(
        uniqueKeysWithValues: CrisisType.allCases.map { ($0.rawValue, $0.rawValue) })),
    Question(
      option: "--veracity", key: "crisis.question.veracity",
      answers: [
        "true": "true", "vrai": "true", "false": "false", "faux": "false", "truncated": "truncated",
        "tronqué": "truncated", "tronque": "truncated",
      ]),
    Question(
      option: "--history", key: "crisis.question.history",
      answers: ["yes": "yes", "oui": "yes", "no": "no", "non": "no"]),
    Question(
      option: "--reputation", key: "crisis.question.reputation",
      answers: [
        "good": "good", "bonne": "good", "neutral": "neutral", "neutre": "neutral", "poor": "poor",
        "mauvaise": "poor",
      ]),
    Question(
      option: "--harm", key: "crisis.question.harm",
      answers: [
        "none": "none", "aucun": "none", "financial": "financial", "financier": "financial",
        "injury": "injury", "blessure": "injury",
      ]),
  ]

  /// The first question whose option is not given yet.
  var next: Question? { Self.questions.first { given[$0.option] == nil } }
  /// The catalog key of the next question.
  var nextKey: String? { next?.key }
  /// Whether every option the triage needs is given.
  var isComplete: Bool { next == nil }

  /// Reads `answer` to the next question.
  func step(_ answer: String) -> Step {
    guard let question = next else { return .run(options: given) }
    guard let value = question.answers[answer.lowercased()] else {
      return .again(key: "crisis.triage.notAnAnswer")
    }
    var following = self
    following.given[question.option] = value
    guard let key = following.nextKey else { return .run(options: following.given) }
    return .ask(following, key: key)
  }

  /// The question waiting in the shell: each answer steps, the last runs the triage.
  func pending(json: Bool, strings: Strings) -> Self {
    var pending = self
    pending.json = json
    pending.text = strings(nextKey ?? "")
    pending.droppedNote = strings.guidance("crisis.triage.dropped")
    return pending
  }

  static func == (lhs: Self, rhs: Self) -> Bool { lhs.given == rhs.given }
}

extension CrisisTriageQuestions: Conversation {
  /// Steps with ``step(_:)``: the next question in the context's language, or the triage to run.
  func step(_ answer: String, in context: ConversationContext) -> ConversationStep {
    switch step(answer) {
    case .again(let key): return .again(context.strings(key))
    case .ask(let following, let key):
      return .ask(
        following.pending(json: json, strings: context.strings), lines: [context.strings(key)],
        command: "/crisis triage")
    case .run(let options): return .run(CrisisTriageCommand(options: options, json: json))
    }
  }
}
