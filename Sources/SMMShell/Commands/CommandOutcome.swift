import SMMCore

/// What a ``ShellCommand`` hands back to the dispatcher: something to show, a change for the
/// dispatcher to commit with the view of the brand it leaves, a change of the session with
/// the view of the session it leaves, or a question to ask.
package enum CommandOutcome {
  /// Text and data to show; nothing changes.
  case show(CommandOutput)
  /// A change of the open brand, not yet recorded.
  case change(ProposedChange)
  /// A change of the session itself (``SessionEffect``), made by the dispatcher, then shown by
  /// `view` from the session as it is after it.
  case session(SessionEffect, view: (SessionEffectResult) -> CommandOutput)
  /// Show `output` and wait for the answer to `question`: the next free-text line answers it.
  case ask(any Conversation, CommandOutput)
}
