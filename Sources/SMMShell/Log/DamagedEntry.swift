import SMMCore

/// A log entry that does not read back as a change of its brand: the fold leaves it out, and
/// `/repair` removes it after saving its text.
package struct DamagedEntry: Equatable, Sendable {
  /// Its number in the brand's log.
  package var seq: Int
  /// The text stored for it.
  package var command: String
  /// Why it cannot be read.
  package var reason: ShellError

  /// The stored text with its control characters made visible (`␀`, `␛`…), for messages.
  package var visibleCommand: String { TerminalText.inert(command) }

}
