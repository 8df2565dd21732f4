import SMMCore

/// A question the shell asked and waits for, as a value: the next free-text line answers it.
///
/// A conversation never holds the session. Its ``step(_:in:)`` reads an answer against a
/// ``ConversationContext`` and returns a ``ConversationStep``: the next question, the command
/// to run, a settled output, or "ask again". The session performs what the step says
/// (``ShellSession/answer(_:with:)``). Words every question takes (``UniversalAnswer``) are read
/// before the kind's own step, by ``respond(to:in:)``.
package protocol Conversation {
  /// The question, as shown (and shown again when an answer does not fit).
  var text: String { get }
  /// What a command typed instead of an answer prints when it drops the question (nil: the
  /// question goes quietly, as an interview question does).
  var droppedNote: String? { get }
  /// What dropping the question (a command typed instead, Ctrl-C) runs to record what happened
  /// so far, if anything (a drill records its answers).
  var onDrop: (any ShellCommand)? { get }
  /// Why the question is asked, for "why?" typed while it waits (nil: `/why` answers, about
  /// the guide's last advice).
  var reason: Phrase? { get }
  /// Reads `answer` (trimmed): what comes next. Pure: same answer and context, same step.
  func step(_ answer: String, in context: ConversationContext) -> ConversationStep
  /// Reads a word every question takes (``UniversalAnswer``); nil leaves it to ``step(_:in:)``.
  func universal(_ word: UniversalAnswer, in context: ConversationContext) -> ConversationStep?
  /// The step after the change a ``ConversationStep/commit(_:canonical:lines:then:)`` asked
  /// for is recorded, read against the brand as it now is.
  func resume(after state: BrandState, in context: ConversationContext) -> ConversationStep
}

extension Conversation {
  package var droppedNote: String? { nil }
  package var onDrop: (any ShellCommand)? { nil }
  package var reason: Phrase? { nil }
  package func universal(_ word: UniversalAnswer, in context: ConversationContext)
    -> ConversationStep?
  { nil }
  package func resume(after state: BrandState, in context: ConversationContext)
    -> ConversationStep
  { .settled(CommandOutput()) }

  /// Reads `answer`: a universal word first (skip, later…), then the kind's own step.
  package func respond(to answer: String, in context: ConversationContext) -> ConversationStep {
    if let word = UniversalAnswer.read(answer), let step = universal(word, in: context) {
      return step
    }
    return step(answer, in: context)
  }
}

/// What a conversation reads an answer against: the language, the open brand, the width.
package struct ConversationContext: Sendable {
  /// The strings of the session's language.
  package var strings: Strings
  /// The open brand's state, if a brand is open.
  package var state: BrandState?
  /// The output width, for wrapped text.
  package var width: Int
  /// Whether the guide's offer follows each result (hints on): a conversation that ends then
  /// leaves the next step to it instead of naming one as well.
  package var guided = false
  /// The open brand's id in the workspace, if a brand is open.
  package var brandID: Int64?
  /// The assistant's reading of the answer as a request, for a conversation that lets clear
  /// requests through (the guide's offer); nil when it was not read.
  package var reading: IntentCommand?

  /// A context; tests build one without a session.
  package init(
    strings: Strings, state: BrandState? = nil, width: Int = 80, brandID: Int64? = nil,
    guided: Bool = false, reading: IntentCommand? = nil
  ) {
    self.guided = guided
    self.strings = strings
    self.state = state
    self.width = width
    self.brandID = brandID
    self.reading = reading
  }
}

/// What an answer leads to; the session performs it.
package enum ConversationStep {
  /// Show `lines` and wait for the answer to `next` (the line is shown as `command`).
  case ask(any Conversation, lines: [String], command: String?)
  /// Not an answer: say why, and ask the same question again.
  case again(String)
  /// Run a parsed command; its output settles the question.
  case run(any ShellCommand)
  /// Run a command line, shown as the assistant runs one (a choice among commands).
  case request(String)
  /// Not an answer to this question: read the line afresh, as a new request.
  case reread
  /// Record `change` as `canonical`, show `lines`, then go on with `then` (its
  /// ``Conversation/resume(after:in:)``), or settle when nil.
  case commit(BrandChange, canonical: String, lines: [String], then: (any Conversation)?)
  /// The question is settled with this output.
  case settled(CommandOutput)
  /// Make a change of the session (put a checklist item off), and show what it says.
  case effect(SessionEffect)
}

/// Words every question takes, whatever it asks. Each kind says what they do to it in
/// ``Conversation/universal(_:in:)``; a kind that does not take one reads it as an answer.
package enum UniversalAnswer: String, CaseIterable, Sendable {
  /// Pass this question for now ("skip", "later", "not yet", « plus tard »…).
  case skip
  /// Leave the conversation ("stop", « on arrête »): the session drops the question and says
  /// how to come back (the interview stops as `/stop` does).
  case stop

  /// The universal word `answer` is, if it is one. (Undo is read by the assistant's matcher:
  /// "hmm, undo that" runs `/undo` and the question is asked again.)
  static func read(_ answer: String) -> UniversalAnswer? {
    if Postponement.read(answer) { return .skip }
    if AnswerCue.isStop(answer) { return .stop }
    return nil
  }
}
