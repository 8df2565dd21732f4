import SMMCore

/// The session's side of a conversation: it feeds the waiting question its answer and performs
/// the step the question returns. The question itself never touches the session.
extension ShellSession {
  /// What answering the waiting question led to.
  enum ConversationOutcome {
    /// The question is settled (or the next one is asked): show this output.
    case settled(CommandOutput)
    /// The answer did not fit: explain and ask again.
    case askAgain(String)
  }

  /// What conversations read their answers against, now.
  var conversationContext: ConversationContext {
    ConversationContext(
      strings: strings, state: current?.state, width: environment.width,
      brandID: current?.record.id, guided: hintsOn)
  }

  /// Feeds `answer` to `question` and performs the step it returns.
  func answer(_ question: any Conversation, with answer: String) throws(ShellError)
    -> ConversationOutcome
  {
    let outcome = try perform(question.respond(to: answer, in: conversationContext), answer: answer)
    if question is InterviewQuestion, case .settled = outcome {
      // The interview outlives a dropped question (/skip asks on): it follows its questions.
      interview = (pendingQuestion as? InterviewQuestion)?.interview
    }
    return outcome
  }

  /// Performs `step`, the step of an answer `answer`.
  func perform(_ step: ConversationStep, answer: String) throws(ShellError) -> ConversationOutcome {
    switch step {
    case .ask(let next, let lines, let command):
      ask(next)
      return .settled(CommandOutput(lines, command: command))
    case .again(let reason):
      return .askAgain(reason)
    case .run(let command):
      return .settled(try perform(command))
    case .request(let command):
      return .settled(try settled(runFromText(command, typed: answer)))
    case .reread:
      // Not an answer to this question: the line is read afresh, and the guide's question
      // that was showing before still takes it ("which do you mean?" loses no thread).
      return .settled(try settled(assist(answer, offer: shownOffer)))
    case .commit(let change, let canonical, let lines, let then):
      let (brand, notes) = try commit(change, canonical: canonical)
      var output = CommandOutput(lines, notes: notes, command: canonical)
      guard let then else { return .settled(output) }
      let following = then.resume(after: brand.state, in: conversationContext)
      if case .settled(let more) = try perform(following, answer: answer) {
        output.lines += more.lines
        output.notes += more.notes
      }
      return .settled(output)
    case .settled(let output):
      return .settled(output)
    case .effect(let effect):
      return .settled(CommandOutput(try make(effect).lines))
    }
  }

  /// The output of a line the assistant ran for an answer; its error fails the answer.
  private func settled(_ ran: (CommandResult, ShellEffect?)) throws(ShellError) -> CommandOutput {
    let (result, effect) = ran
    guard result.ok else { throw ShellError.failed(result.error ?? "") }
    return CommandOutput(ranFrom: result, effect: effect)
  }

  /// Drops `question` (a command typed instead): its note, and what its drop command recorded.
  func drop(_ question: any Conversation) -> [String] {
    var notes: [String] = []
    if let note = question.droppedNote { notes.append(note) }
    if let output = dropped(question) { notes += output.lines + output.notes }
    return notes
  }

  /// Runs what dropping `question` records, if anything.
  func dropped(_ question: any Conversation) -> CommandOutput? {
    guard let command = question.onDrop else { return nil }
    return try? perform(command)
  }
}
