/// One word of a command line, after quotes and escapes are resolved.
public struct Token: Equatable, Sendable {
  /// The word's text, without its quotes.
  public var text: String
  /// Whether any part of the word was quoted (a quoted `--yes` is text, not a flag).
  public var wasQuoted: Bool

  /// Creates a token.
  public init(_ text: String, wasQuoted: Bool = false) {
    self.text = text
    self.wasQuoted = wasQuoted
  }
}
