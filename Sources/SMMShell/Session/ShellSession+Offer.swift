import SMMCore

/// The guide's offer taken up by a free-text line: the session asks the offer
/// (``GuideOffer``) what the line means and performs the step it returns. A line that is not
/// for the offer is read afresh (nil), and the offer stands again if that fails.
extension ShellSession {
  /// Takes up `offer` with `answer` (`matched`: the assistant's reading of it), or nil when
  /// the line is not for it.
  func takeUp(_ offer: GuideAction, answer: String, matched: IntentCommand)
    -> (CommandResult, ShellEffect?)?
  {
    var context = conversationContext
    context.reading = matched
    let step = GuideOffer(action: offer).step(answer, in: context)
    switch step {
    case .reread:
      return nil
    case .request(let command):
      return runFromText(command, typed: answer)
    case .again(let reason):
      show(offer)
      return (CommandResult(command: answer, ok: false, error: reason), nil)
    case .ask(let next as GuideOffer, let lines, let command):
      show(next.action)
      return (CommandResult(command: command ?? answer, ok: true, output: lines), nil)
    default:
      // "No" to fixing what keeps the plan from holding together: the guide moves on.
      if case .settled = step { setAside(offer) }
      do {
        guard case .settled(let output) = try perform(step, answer: answer) else { return nil }
        return (
          CommandResult(
            command: output.command ?? answer, ok: true, output: output.lines,
            notes: output.notes), output.effect
        )
      } catch {
        return (CommandResult(command: answer, ok: false, error: error.message(strings)), nil)
      }
    }
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
