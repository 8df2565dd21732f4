import SMMCore

/// A yes-or-no question before a command that cannot be undone (`/delete`, `/repair`): yes runs
/// the confirmed command, no keeps everything as it is.
struct ConfirmationQuestion: Conversation {
  let text: String
  let droppedNote: String?
  /// The command a yes runs (the confirmed form, `--yes`).
  let confirmed: any ShellCommand
  /// What a no says.
  let kept: String
  /// The line a no is shown as (`/delete cancelled`).
  let keptCommand: String

  func step(_ answer: String, in context: ConversationContext) -> ConversationStep {
    switch Affirmation.read(answer) {
    case true?: return .run(confirmed)
    case false?: return .settled(CommandOutput([kept], command: keptCommand))
    case nil: return .again(context.strings("question.yesNo"))
    }
  }
}
