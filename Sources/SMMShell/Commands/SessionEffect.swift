import SMMCore

/// A change of the session itself rather than of a brand's plan (take back the last change,
/// speak another language, hints on or off), returned by a leaf for the dispatcher to make.
package enum SessionEffect: Equatable, Sendable {
  /// Moves the open brand's log back one entry (`/undo`).
  case undo
  /// Moves it forward one entry (`/redo`).
  case redo
  /// Speaks `language` from now on, and saves the choice in the workspace.
  case setLanguage(Language)
  /// Turns the hint after each command on or off.
  case setHints(Bool)
}

/// What the dispatcher hands a leaf's view once it made a ``SessionEffect``: the session as
/// it now is.
package struct SessionEffectResult {
  /// What the shell says now (in the language just chosen).
  package var strings: Strings
  /// Whether hints are on now.
  package var hintsOn: Bool
  /// For `undo` and `redo`: the brand as it now is, the log entry taken back or brought
  /// back, and what reading the log noted.
  package var moved: (brand: OpenBrand, entry: LogEntry, notes: [String])?
}
