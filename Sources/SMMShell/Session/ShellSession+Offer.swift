import Foundation
import SMMCore

/// The guide's offer taken up by a free-text line: yes, no, an answer to its question — or
/// one of the words every question takes (skip, later, stop, "what is…?"), or a request that
/// runs while the offer waits. A line that is not for the offer is read afresh (nil), and the
/// offer stands again if that fails.
extension ShellSession {
  /// Intents that run while the guide's question waits: the guide's own requests and undoing.
  /// The language changes only on an explicit request (``explicitLanguage(_:_:)``); hints only
  /// by `/hints`, so a bio that says "tips" or "English" stays a bio.
  static let offerIntents: Set<Intent> = guideIntents.union([.undo, .redo, .quit])

  /// Intents whose words often sit inside an answer ("we help…", "tips", "English"): a
  /// reading of them never counts as a request while a field's question waits.
  static let answerWordIntents: Set<Intent> = [.help, .hints, .language, .quit, .next]

  /// Fields whose answer is a short name: any confident request typed there runs instead.
  static let shortFields: Set<String> = ["display-name", "handle", "link"]

  /// Takes up `offer` with `answer`, or nil when the line is not for it.
  func takeUp(_ offer: GuideAction, answer: String, matched: IntentCommand)
    -> (CommandResult, ShellEffect?)?
  {
    var reply = Affirmation.read(answer)
    // "yep it's there", « oui c'est fait »: a yes with a few words more, unless a request.
    let lenient =
      reply ?? (Self.isRequestReading(matched) ? nil : AnswerCue.leadingReply(answer))
    switch offer.kind {
    case .run:
      reply = lenient
      if answer.isEmpty || reply == true { return runFromText(offer.command, typed: answer) }
      if reply == false || Postponement.read(answer) || AnswerCue.isStop(answer) {
        return declined(answer)
      }
      return nil
    case .ask(_, let suggestion, let shape):
      let field = offer.profileField(of: current?.record.id)
      if AnswerCue.isStop(answer) { return declined(answer) }
      if let field,
        Postponement.read(answer) || (reply == nil && shape == .yesNo && AnswerCue.putsOff(answer))
      {
        return postpone(field, typed: answer)
      }
      if Postponement.read(answer) { return declined(answer) }
      if reply == nil, AnswerCue.asksAbout(answer),
        AnswerCue.sharesWord(answer, with: offer.questionText(strings))
      {
        return explain(offer, typed: answer)
      }
      if case .run(let intent, let command) = matched,
        Self.offerIntents.contains(intent) || explicitLanguage(intent, answer)
      {
        return runFromText(command, typed: answer)
      }
      if shape == .yesNo { reply = lenient }
      if shape == .nameAndContact, reply == nil {
        if AnswerCue.saysNoOne(answer) { return declined(answer) }
        if let again = AnswerCue.named(again: answer),
          let member = current?.state.crisisTeam.first(where: {
            $0.name.lowercased() == again || $0.name.lowercased().hasPrefix(again + " ")
          }),
          let command = offer.command(answering: member.name + " " + member.contact)
        {
          return runFromText(command, typed: answer)
        }
      }
      if shape == .yesNo {
        // Not yes or no: the line is read as a request; the question stands if it fails.
        guard let reply, let command = offer.command(answering: reply ? "yes" : "no") else {
          return nil
        }
        return runFromText(command, typed: answer)
      }
      var text = answer
      if reply == nil, let field, let copied = copiedValue(answer, for: field) {
        text = copied
      } else if reply == nil, AnswerCue.sameAs(answer) != nil {
        return nil  // a platform without that value, or none named: not stored literally
      } else if reply == true || answer.isEmpty {
        guard let suggestion else {
          show(offer)
          return (
            CommandResult(
              command: answer, ok: false,
              error: strings("assistant.needAnswer", ["question": offer.questionText(strings)])),
            nil
          )
        }
        text = suggestion
      } else if reply == false {
        return declined(answer)
      } else if isRequest(answer, matched, for: field, offer: offer) {
        // "what's the capital of Peru", "undo that": never stored as the field's value.
        return nil
      } else if isShort(offer, field) {
        text = AnswerCue.value(answer)
      }
      guard let command = offer.command(answering: text) else { return nil }
      return runFromText(command, typed: answer)
    }
  }

  /// The value another platform's profile has for `field`'s key, for "same as facebook".
  private func copiedValue(_ answer: String, for field: PostponedField) -> String? {
    guard let named = AnswerCue.sameAs(answer), let state = current?.state,
      let platform = Platform.allCases.first(where: {
        $0.rawValue == named || $0.displayName.lowercased() == named
      })
    else { return nil }
    return state.profiles[platform]?.texts[field.key]
  }

  /// Whether `offer` asks for a short name: the brand's name, a page name, a handle, a link.
  private func isShort(_ offer: GuideAction, _ field: PostponedField?) -> Bool {
    offer.request.path == ["new"] || field.map { Self.shortFields.contains($0.key) } == true
  }

  /// Whether the matcher's reading is a request (to run, or to confirm).
  static func isRequestReading(_ matched: IntentCommand) -> Bool {
    switch matched {
    case .run, .confirm: return true
    default: return false
    }
  }

  /// Whether `answer` is a request rather than a value for the question: it reads as one
  /// ("how…?", "can you…"), the matcher is sure of a request whose words do not often sit in
  /// answers, or — for a short name field — it could not be a name at all.
  private func isRequest(
    _ answer: String, _ matched: IntentCommand, for field: PostponedField?, offer: GuideAction
  ) -> Bool {
    // A theme or a message may start "how…" or "what…": only a question mark makes one a
    // request there; a name's question takes no line that starts like a request.
    if isShort(offer, field) ? AnswerCue.isRequestLike(answer) : answer.hasSuffix("?") {
      return true
    }
    // A name ("Northwind Analytics", "call it Kinetic Physio") is the answer to a name's
    // question whatever words it holds; a line that could be no name is a request.
    // A handle or a link is one word ("kinetic.physio", "https://…").
    if isShort(offer, field) {
      let oneWord = !answer.trimmingCharacters(in: .whitespaces).contains(" ")
      let address = field.map { ["handle", "link"].contains($0.key) } == true
      return !(address && oneWord) && !AnswerCue.couldBeName(answer)
    }
    switch matched {
    case .confirm: return true
    case .run(let intent, _): return !Self.answerWordIntents.contains(intent)
    case .ask, .none: return false
    }
  }

  /// Whether `answer` asks for the language explicitly ("speak English", « parle français »):
  /// a short line the matcher reads as `/lang`, not a sentence that mentions a language.
  private func explicitLanguage(_ intent: Intent, _ answer: String) -> Bool {
    intent == .language && answer.split(separator: " ").count <= 4
  }

  /// The answer to "what is…?" about the offer's question: the field's help (or the reason
  /// for the step), and the question again; the offer stays.
  private func explain(_ offer: GuideAction, typed: String) -> (CommandResult, ShellEffect?) {
    let help: String
    if let field = offer.profileField(of: current?.record.id) {
      help = strings("guide.fieldHelp.\(field.key)", ["platform": field.platform.displayName])
    } else {
      help = offer.reason.render(strings)
    }
    show(offer)
    return (
      CommandResult(
        command: typed, ok: true, output: [wrapped(help), offerLine(offer)]), nil
    )
  }

  func declined(_ typed: String) -> (CommandResult, ShellEffect?) {
    (CommandResult(command: typed, ok: true, output: [strings.guidance("assistant.declined")]), nil)
  }
}

extension ShellSession {
  /// "Stop" to a waiting question: the interview stops as `/stop` does; any other question is
  /// dropped (what it recorded is said) and the guide says how to come back.
  func stop(_ question: any Conversation, typed: String) -> (CommandResult, ShellEffect?) {
    if question is InterviewQuestion, let lines = try? stopInterview() {
      return (CommandResult(command: typed, ok: true, output: lines), nil)
    }
    pendingQuestion = nil
    let notes = drop(question)
    return (
      CommandResult(
        command: typed, ok: true, output: [strings.guidance("guide.stopped")], notes: notes),
      nil
    )
  }
}
