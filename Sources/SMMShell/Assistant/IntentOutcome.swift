import SMMCore

/// What the matcher makes of a free-text line.
package enum IntentOutcome: Equatable, Sendable {
  /// Confident: the canonical command to run, e.g. `/content adapt 2 linkedin`.
  case run(Intent, command: CommandRequest)
  /// Destructive or irreversible (``Intent/needsConfirmation``): never run from free text,
  /// only shown, e.g. `/delete Acme`.
  case confirm(Intent, command: CommandRequest)
  /// Unsure: the likely canonical commands, best first (a command whose argument the line
  /// does not give is shown with its placeholder, e.g. `/new NAME`).
  case ask([CommandRequest])
  /// The line matches nothing.
  case none
}
