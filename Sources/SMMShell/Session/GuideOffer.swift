import Foundation
import SMMCore

/// The guide's offer as a conversation: "Profile picture: is it in place?", "Next: /spaces
/// recommend — go ahead?". Its ``step(_:in:)`` reads yes, no, an answer to its question, the
/// words every question takes (skip, later, stop, "what is…?"), or a request that runs while it
/// waits; a line that is not for the offer is read afresh (``ConversationStep/reread``).
///
/// Unlike a question, an offer yields to any line that is not for it, so the session keeps it
/// apart (``ShellSession/show(_:)``) and asks it only the free-text lines typed while it stands.
struct GuideOffer: Conversation {
  /// The action offered.
  let action: GuideAction

  /// Intents that run while the guide's question waits: the guide's own requests and undoing.
  /// The language changes only on an explicit request (``explicitLanguage(_:_:)``); hints only
  /// by `/hints`, so a bio that says "tips" or "English" stays a bio.
  static let offerIntents: Set<Intent> = ShellSession.guideIntents.union([.undo, .redo, .quit])

  /// Intents whose words often sit inside an answer ("we help…", "tips", "English", "we speak
  /// English and Italian" in a bio): a reading of them never counts as a request while a
  /// field's question waits.
  static let answerWordIntents: Set<Intent> = [
    .help, .hints, .language, .quit, .next, .brandSet,
  ]

  /// Requests read as frames that no short name holds: figures, a metrics file, a text to
  /// count, a file to save.
  static let framedRequests: Set<Intent> = [.metricsAdd, .metricsImport, .count, .save]

  /// The words from which an answer to the core message's question is the message itself.
  static let messageWords = 12

  /// Fields whose answer is a short name: any confident request typed there runs instead.
  static let shortFields: Set<String> = ["display-name", "handle", "link"]

  /// The question (or the command) as the guide shows it, unwrapped.
  var text: String { action.command }

  func step(_ answer: String, in context: ConversationContext) -> ConversationStep {
    let matched = context.reading ?? .none
    let strings = context.strings
    var reply = Affirmation.read(answer)
    // "yep it's there", « oui c'est fait »: a yes with a few words more, unless a request.
    let lenient =
      reply ?? (Self.isRequestReading(matched) ? nil : AnswerCue.leadingReply(answer))
    // "Back", « retour »: the last change is undone; the guide then offers again.
    if AnswerCue.isBack(answer) { return .request("/undo") }
    switch action.kind {
    case .run:
      reply = lenient
      if answer.isEmpty || reply == true { return .request(action.command) }
      if reply == false || Postponement.read(answer) || AnswerCue.isStop(answer) {
        return declined(strings)
      }
      return .reread
    case .ask(_, let suggestion, let shape):
      let field = action.profileField(of: context.brandID)
      if AnswerCue.isStop(answer) { return declined(strings) }
      if let field,
        Postponement.read(answer) || (reply == nil && shape == .yesNo && AnswerCue.putsOff(answer))
      {
        return .effect(.putOff(field))
      }
      // "We don't have a lawyer", "skip": the role stays open, the next role is asked.
      if let role = action.teamRole(of: context.brandID),
        Postponement.read(answer)
          || (shape == .nameAndContact && reply == nil && AnswerCue.saysNoOne(answer)
            && !AnswerCue.isSamePerson(answer) && AnswerCue.sameAs(answer) == nil)
      {
        return .effect(.leaveOpen(role))
      }
      if Postponement.read(answer) { return declined(strings) }
      if reply == nil, AnswerCue.asksAbout(answer) {
        // "What is a pinned post?" while the cover photo is asked: that field's help, and
        // the question stays.
        // "What is a bio?" to the field called "Business description", whose key is bio: its
        // own help, whatever its label says.
        if let field, let key = AnswerCue.profileField(named: answer) {
          return key != field.key ? explanation(context, key: key) : explanation(context)
        }
        if AnswerCue.sharesWord(answer, with: topic(of: suggestion, context)) {
          return explanation(context)
        }
      }
      // "The facebook handle is kineticleeds" while the bio is asked: another field, said
      // with its value, is set (the guide then asks again what is still missing).
      if let field, case .run(.profileSet, let command) = matched,
        !command.hasPrefix("/profile \(field.platform.rawValue) set \(field.key) ")
      {
        return .request(command)
      }
      // Undo only when the line says only that: "undo the damage of desk work" is a theme.
      if case .run(let intent, let command) = matched,
        Self.offerIntents.contains(intent) || Self.explicitLanguage(intent, answer),
        ![.undo, .redo].contains(intent) || AnswerCue.isBareUndo(answer)
      {
        return .request(command)
      }
      // "Drop Instagram" to "…give it 10 h a week, or shall we drop Instagram?": the person
      // picks a choice the guide offered, so the drop runs (free text never runs one else).
      if case .confirm(.spacesDrop, let command) = matched,
        case .ask(let question, _, _) = action.kind,
        question.key == "guide.ask.hoursOrDrop"
      {
        return .request(command)
      }
      // "new brand Boulangerie Martin" to "What is the brand called?": the name the request
      // gives, not the whole line.
      if action.request.path == ["new"], case .run(.newBrand, let command) = matched {
        return .request(command)
      }
      if shape == .yesNo {
        // "yep we put the logo up yesterday": a yes or a no first, then a statement.
        reply = lenient ?? (Self.isRequestReading(matched) ? nil : AnswerCue.firstWordReply(answer))
      }
      if shape == .nameAndContact, reply == nil {
        // "Same as before", "the same person", "same as the community manager": that person
        // (before "no one": « la même personne » holds « personne »).
        if let member = samePerson(answer, context.state),
          let command = action.command(answering: member.name + " " + member.contact)
        {
          return .request(command)
        }
        if AnswerCue.saysNoOne(answer) { return declined(strings) }
        // « finalement on commence le calendrier le 1er février »: no contact in it, and a
        // request or too many words for a name — read as a request, never stored as a person.
        if !Self.holdsContact(answer),
          Self.isRequestReading(matched) || answer.split(separator: " ").count > 5
        {
          return .reread
        }
        if let again = AnswerCue.named(again: answer),
          let member = context.state?.crisisTeam.first(where: {
            $0.name.lowercased() == again || $0.name.lowercased().hasPrefix(again + " ")
          }),
          let command = action.command(answering: member.name + " " + member.contact)
        {
          return .request(command)
        }
      }
      if shape == .yesNo {
        // Not yes or no: the line is read as a request; the question stands if it fails.
        guard let reply, let command = action.command(answering: reply ? "yes" : "no") else {
          return .reread
        }
        return .request(command)
      }
      // "Yes, 4 hours is fine" to "Shall we write another message? Type it in full": a yes
      // and a remark, not the message; the question asks for the text itself.
      if reply == nil, suggestion == nil, action.request.path == ["content", "message", "add"],
        AnswerCue.firstWordReply(answer) == true, answer.split(separator: " ").count <= 6
      {
        return .again(
          strings("assistant.needAnswer", ["question": action.questionText(strings)]))
      }
      var text = answer
      if reply == nil, let field, let copied = copiedValue(answer, for: field, context.state) {
        text = copied
      } else if reply == nil, AnswerCue.sameAs(answer) != nil {
        return .reread  // a platform without that value, or none named: not stored literally
      } else if reply == true || answer.isEmpty {
        guard let suggestion else {
          return .again(
            strings("assistant.needAnswer", ["question": action.questionText(strings)]))
        }
        text = suggestion
      } else if reply == false {
        return declined(strings)
      } else if isRequest(answer, matched, for: field) {
        // "what's the capital of Peru", "undo that": never stored as the field's value.
        return .reread
      } else if isShort(field) {
        text = AnswerCue.value(answer)
        // "Bristol Bike Repair Shop" for a username: a handle is one word; the guide offers
        // that name as one, and the question stays.
        if let field, field.key == "handle", text.contains(" ") {
          return oneWordHandle(text, field, context)
        }
      }
      if reply == nil, let field = action.brandField,
        let value = AnswerInterpreter.interpret(text, for: field)
      {
        // "4 hours", « 3 h par semaine »: the value read as the interview reads it.
        text = value.canonicalText
      }
      guard let command = action.command(answering: text) else { return .reread }
      return .request(command)
    }
  }

  /// The question's own words, without the names it carries (the platform, the brand, the
  /// suggestion): "what does the Facebook page still need?" shares only "Facebook" with
  /// "Facebook profile — Profile picture: is it in place?" and is a request, not about the
  /// picture.
  private func topic(of suggestion: String?, _ context: ConversationContext) -> String {
    var text = action.questionText(context.strings)
    let names =
      Platform.allCases.map(\.displayName)
      + [context.state?.name.value, suggestion]
      .compactMap { $0 }
    for name in names where !name.isEmpty {
      text = text.replacingOccurrences(of: name, with: " ", options: .caseInsensitive)
    }
    return text
  }

  /// The offer as the guide shows it, wrapped to `width`.
  static func line(_ action: GuideAction, _ strings: Strings, width: Int) -> String {
    let text: String
    switch action.kind {
    case .run:
      text =
        action.offer.map { "→ " + $0.render(strings) }
        ?? strings.guidance("hint.run", ["command": .text(action.command)])
    case .ask: text = "→ " + action.questionText(strings)
    }
    return TextWrap.wrap(text, width: width, firstIndent: "", indent: "  ")
      .joined(separator: "\n")
  }

  /// "No", "stop", "no one": the offer is dropped, and the guide says how to come back.
  private func declined(_ strings: Strings) -> ConversationStep {
    .settled(CommandOutput([strings.guidance("assistant.declined")]))
  }

  /// The answer to "what is…?" about the offer's question: the field's help (or the reason
  /// for the step), and the question again; the offer stays.
  private func explanation(_ context: ConversationContext, key: String? = nil)
    -> ConversationStep
  {
    let strings = context.strings
    let help: String
    if let field = action.profileField(of: context.brandID) {
      // A field of its own on one platform (Google's business description) has its own help.
      let general = "guide.fieldHelp.\(key ?? field.key)"
      let own = "guide.fieldHelp.\(field.platform.rawValue).\(key ?? field.key)"
      help = strings(
        Strings.english.has(own) ? own : general, ["platform": field.platform.displayName])
    } else {
      help = action.reason.render(strings)
    }
    let wrapped = TextWrap.wrap(help, width: context.width, firstIndent: "", indent: "  ")
      .joined(separator: "\n")
    return .ask(
      self, lines: [wrapped, Self.line(action, strings, width: context.width)], command: nil)
  }

  /// The offer again, suggesting `name` as the one-word handle it could be.
  private func oneWordHandle(
    _ name: String, _ field: PostponedField, _ context: ConversationContext
  ) -> ConversationStep {
    let handle = Guidance.handle(from: name, on: field.platform)
    var again = action
    again.kind = .ask(
      question: Phrase(
        "guide.ask.profileTextSuggested",
        [
          "label": .profileField(field.platform, field.key),
          "platform": .text(field.platform.displayName), "suggestion": .text(handle),
        ]), suggestion: handle, shape: .text)
    let offer = GuideOffer(action: again)
    let note = context.strings.format("guide.handleOneWord", ["suggestion": .text(handle)])
    let wrapped = TextWrap.wrap(note, width: context.width, firstIndent: "", indent: "  ")
      .joined(separator: "\n")
    return .ask(
      offer, lines: [wrapped, Self.line(again, context.strings, width: context.width)],
      command: nil)
  }

  /// The crisis team member "same as before" names: the one of the role it names ("same as
  /// the spokesperson"), or else the one named for the role before the one asked.
  private func samePerson(_ answer: String, _ state: BrandState?) -> CrisisRole? {
    guard let state, let asked = action.teamRole(of: 0)?.role,
      let rest = AnswerCue.sameAs(answer) ?? (AnswerCue.isSamePerson(answer) ? "" : nil)
    else { return nil }
    if let role = CrisisPlaybook.roles.first(where: { rest.contains($0) }),
      let member = state.crisisTeam.first(where: { $0.role == role })
    {
      return member
    }
    let before = CrisisPlaybook.roles.prefix { $0 != asked }
    return before.reversed().lazy.compactMap { role in
      state.crisisTeam.first { $0.role == role }
    }.first
  }

  /// The value another platform's profile has for `field`'s key, for "same as facebook".
  private func copiedValue(_ answer: String, for field: PostponedField, _ state: BrandState?)
    -> String?
  {
    guard let named = AnswerCue.sameAs(answer), let state,
      let platform = Platform.allCases.first(where: {
        $0.rawValue == named || $0.displayName.lowercased() == named
      })
    else { return nil }
    return state.profiles[platform]?.texts[field.key]
  }

  /// Whether the offer asks for a short name: the brand's name, a page name, a handle, a link.
  private func isShort(_ field: PostponedField?) -> Bool {
    action.request.path == ["new"] || field.map { Self.shortFields.contains($0.key) } == true
  }

  /// Whether the matcher's reading is a request (to run, or to confirm).
  /// Whether `answer` holds a contact: an e-mail address or a phone number (six digits or
  /// more).
  static func holdsContact(_ answer: String) -> Bool {
    answer.contains("@") || answer.filter(\.isNumber).count >= 6
  }

  static func isRequestReading(_ matched: IntentCommand) -> Bool {
    switch matched {
    case .run, .confirm: return true
    default: return false
    }
  }

  /// Whether `answer` is a request rather than a value for the question: it reads as one
  /// ("how…?", "can you…"), the matcher is sure of a request whose words do not often sit in
  /// answers, or — for a short name field — it could not be a name at all.
  private func isRequest(_ answer: String, _ matched: IntentCommand, for field: PostponedField?)
    -> Bool
  {
    // A theme or a message may start "how…" or "what…": only a question mark makes one a
    // request there; a name's question takes no line that starts like a request.
    if isShort(field) ? AnswerCue.isRequestLike(answer) : answer.hasSuffix("?") {
      return true
    }
    // A name ("Northwind Analytics", "call it Kinetic Physio") is the answer to a name's
    // question whatever words it holds; a line that could be no name is a request.
    // A handle or a link is one word ("kinetic.physio", "https://…").
    if isShort(field) {
      // Figures, a file, a text to count, said in a sentence ("instagram now has 2500
      // followers"), or a request verb the matcher is sure of ("add Instagram please"): no name.
      if case .run(let intent, _) = matched,
        Self.framedRequests.contains(intent) || AnswerCue.startsWithRequestVerb(answer)
      {
        return true
      }
      let oneWord = !answer.trimmingCharacters(in: .whitespaces).contains(" ")
      let address = field.map { ["handle", "link"].contains($0.key) } == true
      return !(address && oneWord) && !AnswerCue.couldBeName(answer)
    }
    // "les animations et ateliers", "our regulars": a theme or a text that starts like a noun
    // phrase is the answer, whatever domain words it holds.
    if AnswerCue.startsLikeValue(answer) { return false }
    // "undo the damage of desk work": a theme that says "undo", not a request to undo.
    if case .run(let intent, _) = matched, intent == .undo || intent == .redo,
      !AnswerCue.isBareUndo(answer)
    {
      return false
    }
    // A core message written in full ("Month-end close is where finance teams lose their
    // evenings…") is the answer, whatever words it holds (numbers, calendar, reviews): a
    // request is rarely this long.
    if action.request.path == ["content", "message", "add"],
      answer.split(separator: " ").count >= Self.messageWords
    {
      return false
    }
    switch matched {
    case .confirm: return true
    case .run(let intent, _): return !Self.answerWordIntents.contains(intent)
    case .ask, .none: return false
    }
  }

  /// Whether `answer` asks for the language explicitly ("speak English", « parle français »):
  /// a short line the matcher reads as `/lang`, not a sentence that mentions a language.
  private static func explicitLanguage(_ intent: Intent, _ answer: String) -> Bool {
    intent == .language && answer.split(separator: " ").count <= 4
  }
}
