import SMMCore

extension GuideAction {
  /// The placeholder a question's command carries where the answer goes.
  package static let answerPlaceholder = "{answer}"

  /// The command to run, or for a question its template with `{answer}`.
  package var command: String { request.text }

  /// The command as shown to people: `…` where a question's answer goes.
  package var shownCommand: String { request.shown }

  /// The command with `answer` in place, or nil when the answer does not fit the question.
  package func command(answering answer: String) -> String? {
    request(answering: answer)?.text
  }
}

extension StepReview.Item {
  /// The finding, then the command that settles it in brackets (`…` where an answer goes).
  package func described(_ strings: Strings) -> String {
    let text = phrase.render(strings)
    guard let action else { return text }
    return "\(text) (\(action.shownCommand))"
  }
}
