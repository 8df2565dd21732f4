/// A question the shell asked and waits for: the next free-text line answers it.
public struct PendingQuestion {
  /// What an answer led to.
  public enum Outcome {
    /// The question is settled.
    case settled(CommandOutput)
    /// The answer did not fit: explain and ask again.
    case askAgain(String)
  }

  /// The question, as shown.
  public var text: String
  /// What a command typed instead of an answer prints when it drops the question (nil: the
  /// question goes quietly, as an interview question does).
  public var droppedNote: String?
  /// Called when the question is dropped (a command typed instead, Ctrl-C): it may record what
  /// happened so far and say so (a drill records its answers).
  public var onDrop: ((ShellSession) -> CommandOutput?)?
  /// Handles an answer.
  public var answer: (String, ShellSession) throws(ShellError) -> Outcome

  /// Creates a question.
  public init(
    text: String, droppedNote: String?,
    answer: @escaping (String, ShellSession) throws(ShellError) -> Outcome
  ) {
    self.text = text
    self.droppedNote = droppedNote
    self.answer = answer
  }
}
