import SMMCore

/// A log entry that does not read back as a change of its brand: the fold leaves it out, and
/// `/repair` removes it after saving its text.
public struct DamagedEntry: Equatable, Sendable {
  /// Its number in the brand's log.
  public var seq: Int
  /// The text stored for it.
  public var command: String
  /// Why it cannot be read.
  public var reason: ShellError

  /// The stored text with its control characters made visible (`␀`, `␛`…), for messages.
  public var visibleCommand: String { TerminalText.inert(command) }

}
