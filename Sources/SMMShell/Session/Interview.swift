import SMMCore

/// The guided interview: asks for each missing profile field in turn, one short question at a
/// time, and reads free-text answers (English or French).
package struct Interview: Equatable, Sendable {
  /// Fields the user skipped in this interview.
  package var skipped: Set<ProfileField> = []

  /// The next field to ask for, or nil when nothing is left.
  package func nextField(_ profile: BrandProfile) -> ProfileField? {
    profile.unansweredFields.first { !skipped.contains($0) }
  }

  /// The question for `field`, with the answers it takes, in `strings`' language.
  static func question(_ field: ProfileField, brand: String, _ strings: Strings) -> String {
    strings("interview.question.\(field.rawValue)", ["brand": brand])
  }

  /// What comes next for a brand in `state`: the question for the next field, or the lines that
  /// end the interview (settled). `guided`: the guide's offer follows, so the last line does
  /// not name the next step too.
  func following(_ state: BrandState, _ strings: Strings, guided: Bool = false)
    -> ConversationStep
  {
    guard let field = nextField(state.profile) else {
      let missing = state.profile.missingFields
      return .settled(
        CommandOutput(
          missing.isEmpty
            ? [
              strings.guidance(
                guided ? "interview.complete.guided" : "interview.complete",
                ["brand": state.name.value])
            ]
            : [
              strings.guidance(
                "interview.done.skipped",
                ["fields": PlanLabels(strings).fields(missing)])
            ]))
    }
    let question = InterviewQuestion(self, field: field, brand: state.name.value, strings)
    let total = state.profile.unansweredFields.count
    return .ask(
      question,
      lines: [
        strings.guidance(
          "interview.ask", ["question": .text(question.text), "count": .number(total)])
      ], command: nil)
  }
}

/// One question of the interview: an answer in plain words sets its field (the `/brand set`
/// command it makes is shown), then the next question comes.
struct InterviewQuestion: Conversation, Equatable, Sendable {
  /// The interview it belongs to.
  let interview: Interview
  /// The field asked for.
  let field: ProfileField
  let text: String

  init(_ interview: Interview, field: ProfileField, brand: String, _ strings: Strings) {
    self.interview = interview
    self.field = field
    text = Interview.question(field, brand: brand, strings)
  }

  func step(_ answer: String, in context: ConversationContext) -> ConversationStep {
    let strings = context.strings
    let receivesVisitors = SectorKind.of(context.state?.profile.sector)?.receivesVisitors ?? false
    // "What is b2b?" asks about a value of this question: it is no answer.
    if answer.hasSuffix("?"), AnswerCue.asksAbout(answer),
      asksAboutIt(answer)
        || AnswerInterpreter.interpret(answer, for: field, receivesVisitors: receivesVisitors)
          != nil
    {
      return explanation(context)
    }
    guard
      let value = AnswerInterpreter.interpret(
        answer, for: field, receivesVisitors: receivesVisitors)
    else {
      if asksAboutIt(answer) { return explanation(context) }
      let allowed = field.allowedValues
      let hint =
        allowed.isEmpty
        ? strings(
          [.hours, .team, .languages, .countries].contains(field)
            ? "interview.hint.\(field.rawValue)" : "interview.hint.text")
        : strings("interview.hint.values", ["values": allowed.joined(separator: ", ")])
      return .again(
        strings.guidance(
          "interview.reask", ["answer": answer, "field": field.rawValue, "hint": hint]))
    }
    let canonical = "/brand set \(field.rawValue) \(CommandText.quote(value.canonicalText))"
    return .commit(.setProfile(value), canonical: canonical, lines: ["→ \(canonical)"], then: self)
  }

  /// "Later", "skip", « plus tard »: the field is skipped, as `/skip` does, and the next comes.
  func universal(_ word: UniversalAnswer, in context: ConversationContext) -> ConversationStep? {
    guard word == .skip, let state = context.state else { return nil }
    var skipping = interview
    skipping.skipped.insert(field)
    let skipped = context.strings("interview.skipped", ["field": field.rawValue])
    switch skipping.following(state, context.strings, guided: context.guided) {
    case .ask(let next, let lines, let command):
      return .ask(next, lines: [skipped] + lines, command: command)
    case .settled(var output):
      output.lines.insert(skipped, at: 0)
      return .settled(output)
    default:
      return nil
    }
  }

  func resume(after state: BrandState, in context: ConversationContext) -> ConversationStep {
    interview.following(state, context.strings, guided: context.guided)
  }

  /// Whether `answer` asks what this question means: "what do you mean?", "what is reach?",
  /// « c'est quoi b2b ? » — a question about another thing ("what is a bio?") is not.
  private func asksAboutIt(_ answer: String) -> Bool {
    guard AnswerCue.asksAbout(answer) else { return false }
    return AnswerCue.sharesWord(answer, with: text + " " + field.rawValue)
      || answer.split(separator: " ").filter { $0.contains(where: \.isLetter) }.count <= 4
        && !answer.contains(where: \.isUppercase)
        && AnswerCue.sharesWord(answer, with: "mean meaning explain veut dire signifie")
  }

  /// What the field means, and the question again; the question stays.
  private func explanation(_ context: ConversationContext) -> ConversationStep {
    let help = context.strings("interview.help.\(field.rawValue)")
    let lines = TextWrap.wrap(help, width: context.width, firstIndent: "", indent: "  ")
    return .ask(self, lines: lines + [text], command: nil)
  }
}

extension ShellSession {
  /// Starts (or resumes) the interview on the open brand; returns the first question's lines.
  package func startInterview() throws(ShellError) -> [String] {
    let brand = try requireBrand()
    interview = Interview()
    return askNext(brand.state)
  }

  /// Skips the field being asked for; returns the next question's lines.
  package func skipInterviewField() throws(ShellError) -> [String] {
    let brand = try requireBrand()
    guard var current = interview, let field = current.nextField(brand.state.profile) else {
      throw .workspace(strings.guidance("interview.noQuestion"))
    }
    current.skipped.insert(field)
    interview = current
    return [strings("interview.skipped", ["field": field.rawValue])] + askNext(brand.state)
  }

  /// Ends the interview.
  package func stopInterview() throws(ShellError) -> [String] {
    guard interview != nil else {
      throw .workspace(strings.guidance("interview.notRunning"))
    }
    interview = nil
    pendingQuestion = nil
    let missing = current?.state.profile.missingFields ?? []
    if missing.isEmpty { return [strings("interview.stopped")] }
    return [
      strings.guidance(
        "interview.stopped.missing",
        ["fields": PlanLabels(strings).fields(missing)])
    ]
  }

  /// Asks the interview's next question for a brand in `state`, or ends the interview.
  private func askNext(_ state: BrandState) -> [String] {
    guard let interview else { return [] }
    switch interview.following(state, strings, guided: hintsOn) {
    case .ask(let question, let lines, _):
      pendingQuestion = question
      return lines
    case .settled(let output):
      self.interview = nil
      pendingQuestion = nil
      return output.lines
    default:
      return []
    }
  }
}
