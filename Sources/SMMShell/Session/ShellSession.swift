import Foundation
import SMMCore

/// The shell as a state machine: it takes logical lines and returns results, keeping the open
/// brand, the pending question and the workspace in step. It never touches the terminal.
package final class ShellSession {
  /// The world as the shell sees it.
  package let environment: ShellEnvironment
  /// The durable store (``SQLiteWorkspace`` from SMMStore, or any other ``WorkspaceStore``).
  package let workspace: any WorkspaceStore
  /// The brand being worked on.
  package internal(set) var current: OpenBrand?
  /// The question waiting for a free-text answer.
  package internal(set) var pendingQuestion: (any Conversation)?
  /// The interview in progress, if any.
  package internal(set) var interview: Interview?
  /// The batch transaction in which `current` was last checked against the workspace.
  var verifiedBatchEpoch = -1
  /// The language the shell speaks (`/lang`, else the workspace's choice, else the locale).
  package internal(set) var language: Language
  /// Whether someone chose the language (`/lang`, the workspace's saved choice, the locale),
  /// or it was offered once this session: a line in the other language is then just read.
  var languageSettled: Bool
  /// Whether a one-line hint on what comes next follows each command (`/hints`).
  package internal(set) var hintsOn: Bool
  /// The guide's action last shown (by a hint or `/next`): "yes" or an answer takes it up,
  /// until the next line.
  var shownOffer: GuideAction?
  /// Profile checklist items put off this session ("later"): the guide asks the next first.
  var postponed: Set<PostponedField> = []
  /// The crisis team's roles left open in this session ("we don't have a lawyer").
  var openRoles: Set<OpenRole> = []
  /// What keeps a plan from holding together that the user said no to fixing this session
  /// (the brand's id and the finding's key): the guide offers the plan's export instead.
  var setAsideBlockers: Set<String> = []
  /// The guide's last recommendation, which `/why` explains.
  package internal(set) var lastAdvice: GuideAction?
  /// The open brand and its log version when ``lastAdvice`` was given (nil: no brand open).
  var lastAdviceAt: (brand: Int64, version: Int)?
  /// The last hint shown and the log position it was shown at: the same hint is not repeated
  /// after commands that changed nothing.
  var lastHint: (text: String, brand: Int64?, head: Int?)?
  /// The guide's last review and what fits where, remembered between commands.
  var reviewMemo = ReviewMemo()
  /// Steps whose "going ahead of the method" note was already given this session.
  var warnedAhead: Set<MethodStep> = []
  /// Notes for the user not tied to one command (a damaged log found while opening a brand):
  /// the next result, or the welcome, carries them.
  var pendingNotices: [String] = []
  /// The brands (and their log versions) whose damaged entries this session already described.
  var damageNoticed: [Int64: Int] = [:]

  /// Opens a session on `workspace`, resuming the brand it last worked on.
  package init(workspace: any WorkspaceStore, environment: ShellEnvironment) throws(ShellError) {
    self.workspace = workspace
    self.environment = environment
    self.hintsOn = environment.isInteractive
    // One read transaction reads the saved language and reopens the brand last worked on
    // (no write lock: a shell starts at once while another replays a script).
    func resume(withBrand: Bool) throws(ShellError) -> (String?, OpenBrand?) {
      try workspace.readingTogether { store -> (String?, OpenBrand?) in
        let language = try store.setting("language")
        guard withBrand, let idText = try store.setting("current_brand"),
          let id = Int64(idText), let record = try store.brand(id: id)
        else { return (language, nil) }
        return (language, try BrandFold.load(store, record))
      }
    }
    var saved: String?
    var opened: OpenBrand?
    var unreadable: ShellError?
    do {
      (saved, opened) = try resume(withBrand: true)
    } catch .damagedRead(let path, let reason) {
      // The last brand sits on a damaged page: the shell starts without it, and says why.
      unreadable = .damagedRead(path, reason: reason)
      (saved, opened) = try resume(withBrand: false)
    }
    self.language = saved.flatMap(Language.init(rawValue:)) ?? environment.language
    languageSettled = saved != nil || environment.languageFromLocale
    current = opened
    pendingNotices += workspaceNotes()
    if let unreadable { pendingNotices.append(unreadable.message(strings)) }
    if let opened { noticeDamage(of: opened) }
  }

  /// The prompt: `smm> ` with no brand, else `NAME STEP/4 SLUG> `.
  package var prompt: String {
    guard let current else { return "smm> " }
    let step = currentStep(of: current)
    return "\(current.state.name) \(step.number)/4 \(strings(step.key("slug")))> "
  }

  /// What the shell says, in the session's language.
  package var strings: Strings { Strings.of(language).printingCommands }

  /// Commands that act on the pending question instead of dropping it.
  static let keepsQuestion: Set<String> = ["skip", "stop", "help", "next", "why", "status"]

  /// Requests the guide answers even while a question waits for its answer.
  static let guideIntents: Set<Intent> = [.next, .why, .status]

  /// The prompt shown while a logical line awaits more physical lines.
  package static let continuationPrompt = "...> "

  // MARK: - Running lines

  /// Runs one logical line and returns its result, plus an effect for the runner.
  package func execute(_ text: String) -> (result: CommandResult, effect: ShellEffect?) {
    // One rule for every line a user gives: a control character changes nothing.
    if let found = ControlCharacters.firstForbidden(in: text) { return refuse(text, found) }
    let trimmed = text.drop(while: { $0 == " " || $0 == "\t" })
    let offer = shownOffer
    shownOffer = nil
    let asked = pendingQuestion != nil || offer != nil
    // The brand's own limits (X Premium) hold for everything the line counts.
    var (result, effect) = BrandLimits.with(current?.state) {
      trimmed.hasPrefix("/")
        ? runCommand(String(trimmed), typed: text)
        : answerFreeText(text, offer: offer)
    }
    if result.error != nil {
      result.errorLabel = strings("label.error")
      // The guide's offer survives an error (a command typed twice, a line not understood, a
      // suggestion that fails): "yes" still finds it.
      if let offer, shownOffer == nil, pendingQuestion == nil { shownOffer = offer }
    }
    // The language is offered on a line that asks something, or before any brand exists;
    // never on an answer to the guide ("oui, 4 heures ça ira" keeps its offer).
    if !trimmed.hasPrefix("/"), !asked || current == nil {
      offerLanguage(for: String(trimmed), in: &result)
    }
    result.notes += takeNotices()
    if hintsOn && result.ok && effect == nil && pendingQuestion == nil && shownOffer == nil,
      let hint = hint()
    {
      let position = (brand: current?.record.id, head: current?.record.head)
      if let last = lastHint, last.text == hint, last.brand == position.brand,
        last.head == position.head
      {
        // Said already, and nothing changed since: the offer stands without repeating it.
      } else {
        result.hint = hint
        lastHint = (hint, position.brand, position.head)
      }
    }
    return (result, effect)
  }

  func runCommand(_ text: String, typed: String) -> (CommandResult, ShellEffect?) {
    var notes: [String] = []
    var shown = typed
    var attempted: (any ShellCommand)?
    do {
      let tokens = try Tokenizer.tokenize(text)
      guard let first = tokens.first else {
        throw ShellError.unknownCommand("", suggestions: [])
      }
      let name = String(first.text.dropFirst())
      guard let type = CommandRegistry.command(named: name) else {
        throw ShellError.unknownCommand(
          name, suggestions: Suggestions.closest(to: name, in: CommandRegistry.allNames))
      }
      if let question = pendingQuestion, !Self.keepsQuestion.contains(type.spec.name) {
        pendingQuestion = nil
        notes += drop(question)
      }
      let (leaf, arguments) = try CommandRegistry.resolve(type, tokens.dropFirst())
      let command = try leaf.init(arguments)
      attempted = command
      if let changing = command.asBrandChanging, changing.change != nil {
        shown = changing.canonical
      }
      let stepBefore = current?.state
      let outcome = try command.perform(context)
      var changed = false
      if case .change(let proposed) = outcome {
        changed = true
        shown = proposed.canonical
      }
      let output = try commit(outcome)
      if let canonical = output.command { shown = canonical }
      if changed, let before = stepBefore {
        notes += aheadOfMethodNote(commandName: type.spec.name, state: before)
      }
      return (
        CommandResult(
          command: shown, ok: true, output: output.lines, notes: notes + output.notes,
          data: output.data),
        output.effect
      )
    } catch let error as ShellError {
      // A file that exists, in a script or a pipe: the command fails, as scripts expect, and
      // "yes, replace it" or another file name typed next still answers it.
      if case .fileExists(let file) = error, let writer = attempted as? any FileWritingCommand {
        ask(ReplaceFileQuestion(command: writer, file: file, strings: strings))
      }
      return (
        CommandResult(command: shown, ok: false, error: error.message(strings), notes: notes), nil
      )
    } catch {
      return (
        CommandResult(command: shown, ok: false, error: "\(error)", notes: notes), nil
      )
    }
  }

  private func answerFreeText(_ text: String, offer: GuideAction?) -> (CommandResult, ShellEffect?)
  {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    // "What do you mean by b2c?": the term's meaning; nothing changes, and the question or
    // the guide's offer still waits.
    // An interview question explains its own words ("what is b2b?" to the market question).
    // A question about a profile field while the guide asks for one gets that field's own
    // help, on that platform, from the guide's question (below).
    let asksAboutAskedField =
      ((pendingQuestion as? GuideOffer)?.action ?? offer)?.profileField(of: current?.record.id)
      != nil
      && AnswerCue.profileField(named: trimmed) != nil
    if !(pendingQuestion is InterviewQuestion), !asksAboutAskedField,
      let key = Glossary.key(for: trimmed)
    {
      let lines = TextWrap.wrap(strings(key), width: environment.width, indent: "  ")
      if pendingQuestion == nil { shownOffer = offer }
      return (
        CommandResult(
          command: trimmed, ok: true, output: lines + (pendingQuestion.map { [$0.text] } ?? [])),
        nil
      )
    }
    guard let question = pendingQuestion else {
      return assist(trimmed, offer: offer)
    }
    // "What now?", "pourquoi ?" while a question waits: the guide answers, the question stays.
    // Every answer passes here: "what now?" needs no names, so the workspace is not read.
    // "Back", « retour » to an interview question: the last answer is undone, and its
    // question asked again.
    let back: IntentCommand? =
      question is InterviewQuestion && AnswerCue.isBack(trimmed)
      ? .run(.undo, command: "/undo") : nil
    // « Parle français » while a question waits: the shell changes language and asks the
    // question again, in that language (the language changes only on such a request).
    let asksForLanguage =
      AnswerCue.asksForLanguage(trimmed)
      && (question as? InterviewQuestion)?.field != .languages
    if case .run(let intent, let command) = back
      ?? matchIntent(trimmed, context: IntentContext(hasBrand: current != nil)),
      Self.guideIntents.contains(intent)
        || ((intent == .undo || intent == .redo) && (back != nil || AnswerCue.isBareUndo(trimmed)))
        || (intent == .language && asksForLanguage)
    {
      // "Why?" to a question that says why it asks: that reason, and the question again.
      if intent == .why, let reason = question.reason {
        let lines = TextWrap.wrap(
          reason.render(strings), width: environment.width, firstIndent: "  ", indent: "  ")
        return (
          CommandResult(
            command: trimmed, ok: true, output: [strings("why.question")] + lines + [question.text]),
          nil
        )
      }
      var (result, effect) = runFromText(command, typed: trimmed)
      if pendingQuestion == nil { pendingQuestion = question }
      // Undo and redo change the profile under the interview: ask what it now lacks first
      // (after a change of language, the same question, in the new language).
      // The question comes back as the interview asks it, with what is left to answer.
      var asking: [String]?
      if intent == .undo || intent == .redo || intent == .language, result.ok,
        let asked = pendingQuestion as? InterviewQuestion, let state = current?.state,
        case .ask(let next, let lines, _) = asked.interview.following(state, strings)
      {
        pendingQuestion = next
        asking = lines
      }
      // The question is asked again under the answer to "why?" or "where are we?" (and after
      // undo and redo, which change the brand under it), so it is in view when the user
      // answers; `/next` shows it itself.
      if intent != .next, pendingQuestion != nil, result.ok {
        result.output += asking ?? [pendingQuestion?.text ?? question.text]
      } else if !result.ok, let error = result.error, let waiting = pendingQuestion {
        // "Undo" with nothing to undo: the error, then the question, still waiting.
        result.error = error + "\n" + waiting.text
      }
      return (result, effect)
    }
    if UniversalAnswer.read(trimmed) == .stop { return stop(question, typed: trimmed) }
    // The answer may ask the next question (the interview does): clear this one first.
    pendingQuestion = nil
    do {
      switch try answer(question, with: trimmed) {
      case .settled(let output):
        var result = CommandResult(
          command: output.command ?? trimmed, ok: true, output: output.lines, notes: output.notes,
          data: output.data)
        result.leadingLines = output.leadingLines
        return (result, output.effect)
      case .askAgain(let explanation):
        pendingQuestion = question
        // Not an answer, but a clear request in a sentence ("which networks should we be
        // on?", « montre-moi l'historique »): do that instead. A word or two that does not
        // start like a request is a mistyped answer, and is asked again.
        if trimmed.split(separator: " ").count >= 3 || trimmed.hasSuffix("?")
          || AnswerCue.isRequestLike(trimmed),
          case .run(_, let command) = matchIntent(trimmed)
        {
          let brand = current?.record.id
          var (result, effect) = runFromText(command, typed: trimmed)
          // The request ran while an interview question waited: the interview goes on, and
          // asks what the brand still lacks (the request may have answered it).
          if result.ok, pendingQuestion == nil, question is InterviewQuestion,
            let interview, current?.record.id == brand, let state = current?.state,
            case .ask(let next, _, _) = interview.following(state, strings)
          {
            pendingQuestion = next
            result.output.append(next.text)
          }
          return (result, effect)
        }
        return (
          CommandResult(command: trimmed, ok: false, error: "\(explanation)\n\(question.text)"), nil
        )
      }
    } catch {
      return (CommandResult(command: trimmed, ok: false, error: error.message(strings)), nil)
    }
  }

  /// What a ``ShellCommand`` is given: the open brand, the world, the language, the store.
  package var context: CommandContext {
    CommandContext(
      brand: current, environment: environment, strings: strings, workspace: workspace,
      hintsOn: hintsOn, guide: self)
  }

  /// Runs `leaf` against ``context`` and commits the change it returns, if any: the one place
  /// a leaf's change is recorded.
  package func perform(_ leaf: any ShellCommand) throws(ShellError) -> CommandOutput {
    try commit(try leaf.perform(context))
  }

  /// Shows `outcome`, or records its change and shows the brand as committed: the commit's
  /// notes first, then the notes the leaf knew before.
  func commit(_ outcome: CommandOutcome) throws(ShellError) -> CommandOutput {
    switch outcome {
    case .show(let output):
      return output
    case .session(let effect, let view):
      return view(try make(effect))
    case .ask(let question, let output):
      ask(question)
      return output
    case .change(let proposed):
      let (brand, notes) = try commit(
        proposed.change, canonical: proposed.canonical, dataset: proposed.dataset)
      var output = proposed.view(brand)
      output.notes = notes + proposed.notes + output.notes
      if let offer = proposed.offer {
        show(offer)
        output.lines.append(offerLine(offer))
      }
      return output
    }
  }

  /// Asks `question`; the next free-text line answers it.
  package func ask(_ question: any Conversation) {
    pendingQuestion = question
  }

  /// Drops the pending question (Ctrl-C).
  /// Drops the pending question (Ctrl-C); returns what dropping it recorded, if anything.
  @discardableResult
  package func cancelQuestion() -> CommandOutput? {
    guard let question = pendingQuestion else { return nil }
    pendingQuestion = nil
    return dropped(question)
  }
}
