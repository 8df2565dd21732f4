import SMMCore

/// What a ``DataCommand`` hands back to the dispatcher: something to show, or a change for the
/// dispatcher to commit with the view of the brand it leaves.
package enum CommandOutcome {
  /// Text and data to show; nothing changes.
  case show(CommandOutput)
  /// A change of the open brand, not yet recorded.
  case change(ProposedChange)
}
