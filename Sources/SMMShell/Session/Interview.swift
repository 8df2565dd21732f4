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

  /// The question for `field`, with the answers it takes, in `strings`' language.
  static func question(_ field: ProfileField, brand: String, _ strings: Strings) -> String {
    strings("interview.question.\(field.rawValue)", ["brand": brand])
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
      throw .workspace(strings("interview.noQuestion"))
    }
    current.skipped.insert(field)
    interview = current
    return [strings("interview.skipped", ["field": field.rawValue])] + askNext(brand.state)
  }

  /// Ends the interview.
  public func stopInterview() throws(ShellError) -> [String] {
    guard interview != nil else {
      throw .workspace(strings("interview.notRunning"))
    }
    interview = nil
    pendingQuestion = nil
    let missing = current?.state.profile.missingFields ?? []
    if missing.isEmpty { return [strings("interview.stopped")] }
    return [
      strings(
        "interview.stopped.missing",
        ["fields": missing.map(\.rawValue).joined(separator: ", ")])
    ]
  }

  private func askNext(_ state: BrandState) -> [String] {
    guard let interview, let field = interview.nextField(state.profile) else {
      self.interview = nil
      pendingQuestion = nil
      let missing = state.profile.missingFields
      return missing.isEmpty
        ? [strings("interview.complete", ["brand": state.name.value])]
        : [
          strings(
            "interview.done.skipped",
            ["fields": missing.map(\.rawValue).joined(separator: ", ")])
        ]
    }
    let total = state.profile.missingFields.count
    let text = Interview.question(field, brand: state.name.value, strings)
    pendingQuestion = PendingQuestion(
      text: text, droppedNote: nil
    ) { answer, session throws(ShellError) in
      try session.answerInterview(answer, field: field)
    }
    return [strings.format("interview.ask", ["question": .text(text), "count": .number(total)])]
  }

  private func answerInterview(_ answer: String, field: ProfileField) throws(ShellError)
    -> PendingQuestion.Outcome
  {
    guard let value = AnswerInterpreter.interpret(answer, for: field) else {
      let allowed = field.allowedValues
      let hint =
        allowed.isEmpty
        ? strings(
          field == .hours
            ? "interview.hint.hours"
            : field == .languages ? "interview.hint.languages" : "interview.hint.text")
        : strings("interview.hint.values", ["values": allowed.joined(separator: ", ")])
      return .askAgain(
        strings("interview.reask", ["answer": answer, "field": field.rawValue, "hint": hint]))
    }
    let canonical = "/brand set \(field.rawValue) \(CommandText.quote(value.canonicalText))"
    let (brand, notes) = try commit(.setProfile(value), canonical: canonical)
    let lines = ["→ \(canonical)"] + askNext(brand.state)
    return .settled(CommandOutput(lines, notes: notes, command: canonical))
  }
}
