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
      option: "--legitimacy", key: "crisis.question.legitimacy",
      answers: [
        "legitimate": "legitimate", "légitime": "legitimate", "legitime": "legitimate",
        "illegitimate": "illegitimate", "illégitime": "illegitimate",
        "illegitime": "illegitimate", "yes": "legitimate", "oui": "legitimate",
        "no": "illegitimate", "non": "illegitimate",
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

  /// The options put off ("skip", "I don't know"), asked again once the others are given.
  var putOff: [String] = []
  /// Whether an answer told of a product found bad without its cause ("mould in a loaf"):
  /// the type is then asked as its cause, and a cause alone gives a product-harm type.
  var product = false

  /// The next question: the first whose option is neither given nor put off, else the first
  /// put off.
  var next: Question? {
    let asked = Self.questions.filter(applies)
    return asked.first { given[$0.option] == nil && !putOff.contains($0.option) }
      ?? asked.first { given[$0.option] == nil }
  }

  /// Whether `question` is asked: the legitimacy only of a challenge.
  func applies(_ question: Question) -> Bool {
    question.option != "--legitimacy" || given["--type"] == CrisisType.challenge.rawValue
  }
  /// The catalog key of the next question: the type of a product found bad is asked as its
  /// cause.
  var nextKey: String? {
    next?.option == "--type" && product ? "crisis.question.cause" : next?.key
  }
  /// Whether every option the triage needs is given.
  var isComplete: Bool { next == nil }

  /// Reads `answer` to the next question: one of the question's words, or plain words
  /// (``read(_:)``) that may state several facts at once.
  func step(_ answer: String) -> Step {
    guard let question = next else { return .run(options: given) }
    var following = self
    if let value = question.answers[answer.lowercased()] {
      following.given[question.option] = value
    } else {
      let read = self.read(answer)
      let product =
        !self.product && read["--type"] == nil && given["--type"] == nil
        && CrisisSlots(IntentLine(answer, names: [])).product
      guard !read.isEmpty || product else { return .again(key: "crisis.triage.notAnAnswer") }
      following.given.merge(read) { _, new in new }
      following.product = self.product || product
    }
    guard let key = following.nextKey else { return .run(options: following.given) }
    return .ask(following, key: key)
  }

  /// The triage after "skip" or "I don't know": the question asked is put off and the next one
  /// comes; nil when every question left was put off already (the triage cannot go on).
  func puttingOff() -> Self? {
    guard let option = next?.option, !putOff.contains(option) else { return nil }
    var following = self
    following.putOff.append(option)
    guard let next = following.next, !putOff.contains(next.option), next.option != option
    else { return nil }
    return following
  }

  /// The question waiting in the shell: each answer steps, the last runs the triage.
  func pending(json: Bool, strings: Strings) -> Self {
    var pending = self
    pending.json = json
    pending.text = strings(nextKey ?? "")
    pending.droppedNote = strings.guidance("crisis.triage.dropped")
    return pending
  }

  static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.given == rhs.given && lhs.putOff == rhs.putOff && lhs.product == rhs.product
  }
}

extension CrisisTriageQuestions: Conversation {
  /// Steps with ``step(_:)``: the next question in the context's language, or the triage to run.
  func step(_ answer: String, in context: ConversationContext) -> ConversationStep {
    let s = context.strings
    switch step(answer) {
    case .again(let key):
      // The type in the SCCT's words is jargon: say what plain words it takes.
      let inWords =
        next?.option != "--type"
        ? "" : " " + s(product ? "crisis.triage.causeInWords" : "crisis.triage.typeInWords")
      return .again(s(key) + inWords)
    case .ask(let following, let key):
      // Plain words: say what was read from them, in words, before the next question.
      let noted = following.given.filter { given[$0.key] != $0.value }
      let exact = next.map { $0.answers[answer.lowercased()] != nil } ?? false
      let facts = Self.noted(noted, product: following.product && !product, s)
      let lines = exact || facts.isEmpty ? [] : [s("crisis.triage.noted", ["facts": facts])]
      return .ask(
        following.pending(json: json, strings: s), lines: lines + [s(key)],
        command: "/crisis triage")
    case .run(let options): return .run(CrisisTriageCommand(options: options, json: json))
    }
  }

  /// What `options` say, in the reader's words ("faulty product from human error; no one
  /// harmed; seen by about 1,200 people"), in the questions' order; `product` adds a product
  /// found bad whose cause is asked next. Empty when nothing is said.
  static func noted(_ options: [String: String], product: Bool, _ s: Strings) -> String {
    let labels = PlanLabels(s)
    var facts: [String] = []
    if let type = options["--type"].flatMap(CrisisType.init(rawValue:)) {
      facts.append(s("crisis.noted.type", ["type": labels.crisisType(type)]))
    } else if product {
      facts.append(s("crisis.noted.product"))
    }
    if let veracity = options["--veracity"].flatMap(Veracity.init(rawValue:)) {
      facts.append(s("crisis.noted.veracity", ["value": labels.veracity(veracity)]))
    }
    if let legitimacy = options["--legitimacy"] {
      facts.append(s("crisis.noted.legitimacy.\(legitimacy)"))
    }
    if let history = options["--history"] { facts.append(s("crisis.noted.history.\(history)")) }
    if let reputation = options["--reputation"] {
      facts.append(s("crisis.noted.reputation.\(reputation)"))
    }
    if let harm = options["--harm"].flatMap(Harm.init(rawValue:)) {
      facts.append(labels.harm(harm))
    }
    for (option, key) in [
      ("--reach", "crisis.noted.reach"), ("--velocity", "crisis.noted.velocity"),
    ] {
      if let text = options[option], let value = Int(text) {
        facts.append(s(key, ["n": s.language.grouped(value)]))
      }
    }
    return facts.joined(separator: s("crisis.noted.separator"))
  }

  /// "Skip", "I don't know", « je ne sais pas »: the question is put off and the next comes;
  /// put off a second time, the triage is left, and says how to start it again.
  func universal(_ word: UniversalAnswer, in context: ConversationContext) -> ConversationStep? {
    guard word == .skip else { return nil }
    guard let following = puttingOff(), let key = following.nextKey else {
      return .settled(CommandOutput([context.strings.guidance("crisis.triage.dropped")]))
    }
    return .ask(
      following.pending(json: json, strings: context.strings),
      lines: [context.strings("crisis.triage.putOff"), context.strings(key)],
      command: "/crisis triage")
  }
}
