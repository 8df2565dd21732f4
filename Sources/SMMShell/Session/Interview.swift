import SMMCore

/// The guided interview: asks for each missing profile field in turn, one short question at a
/// time, and reads free-text answers (English or French).
public struct Interview: Equatable, Sendable {
  /// Fields the user skipped in this interview.
  public var skipped: Set<ProfileField> = []

  /// The next field to ask for, or nil when nothing is left.
  public func nextField(_ profile: BrandProfile) -> ProfileField? {
    profile.missingFields.first { !skipped.contains($0) }
  }

  /// The question for `field`, with the answers it takes.
  static func question(_ field: ProfileField, brand: String) -> String {
    switch field {
    case .name: return "What is the brand called?"
    case .sector:
      return "What does \(brand) do, in a few words? (e.g. artisan bakery, B2B software)"
    case .market: return "Who does \(brand) sell to: consumers (b2c), companies (b2b), or both?"
    case .ages:
      return
        "How old are the people it wants to reach? (13-17, 18-24, 25-34, 35-44, 45-54, 55-64, 65+; several allowed)"
    case .goals:
      return
        "What should social media bring it? (awareness, traffic, leads, sales, recruitment, customer-care, community, reputation; several allowed)"
    case .hours: return "How many hours a week can it spend on social media?"
    case .formats:
      return "What can it produce? (text, image, short-video, long-video, long-form, live, audio)"
    case .reach: return "Where are its customers: local, national or international?"
    case .languages:
      return "In which languages does it speak to them? (e.g. English and French, or en,fr)"
    }
  }
}

extension ShellSession {
  /// Starts (or resumes) the interview on the open brand; returns the first question's lines.
  public func startInterview() throws(ShellError) -> [String] {
    let brand = try requireBrand()
    interview = Interview()
    return askNext(brand.state)
  }

  /// Skips the field being asked for; returns the next question's lines.
  public func skipInterviewField() throws(ShellError) -> [String] {
    let brand = try requireBrand()
    guard var current = interview, let field = current.nextField(brand.state.profile) else {
      throw .workspace("no interview question is waiting; /interview starts one")
    }
    current.skipped.insert(field)
    interview = current
    return ["Skipped \(field.rawValue)."] + askNext(brand.state)
  }

  /// Ends the interview.
  public func stopInterview() throws(ShellError) -> [String] {
    guard interview != nil else {
      throw .workspace("no interview is running; /interview starts one")
    }
    interview = nil
    pendingQuestion = nil
    let missing = current?.state.profile.missingFields ?? []
    return [
      "Interview stopped."
        + (missing.isEmpty
          ? ""
          : " Still missing: \(missing.map(\.rawValue).joined(separator: ", ")); /interview resumes.")
    ]
  }

  private func askNext(_ state: BrandState) -> [String] {
    guard let interview, let field = interview.nextField(state.profile) else {
      self.interview = nil
      pendingQuestion = nil
      let missing = state.profile.missingFields
      return missing.isEmpty
        ? ["The profile of \(state.name) is complete. Next: /spaces recommend ranks the platforms."]
        : [
          "Interview done; skipped: \(missing.map(\.rawValue).joined(separator: ", ")). /interview asks again."
        ]
    }
    let total = state.profile.missingFields.count
    let text = Interview.question(field, brand: state.name.value)
    pendingQuestion = PendingQuestion(
      text: text, droppedNote: nil
    ) { answer, session throws(ShellError) in
      try session.answerInterview(answer, field: field)
    }
    let remaining = total == 1 ? "last question" : "\(total) to go"
    return ["\(text) [\(remaining); /skip, /stop]"]
  }

  private func answerInterview(_ answer: String, field: ProfileField) throws(ShellError)
    -> PendingQuestion.Outcome
  {
    guard let value = AnswerInterpreter.interpret(answer, for: field) else {
      let allowed = field.allowedValues
      let hint =
        allowed.isEmpty
        ? (field == .hours
          ? "a number of hours, e.g. 4"
          : field == .languages
            ? "languages such as English, French, or codes en, fr" : "a few words")
        : allowed.joined(separator: ", ")
      return .askAgain(
        "I could not read \"\(answer)\" as the \(field.rawValue); answer with \(hint) (or /skip, /stop)."
      )
    }
    let canonical = "/brand set \(field.rawValue) \(ShellQuoting.quote(value.canonicalText))"
    let (brand, notes) = try commit(.setProfile(value), canonical: canonical)
    let lines = ["→ \(canonical)"] + askNext(brand.state)
    return .settled(CommandOutput(lines, notes: notes, command: canonical))
  }
}
