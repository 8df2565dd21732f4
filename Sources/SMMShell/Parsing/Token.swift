/// One word of a command line, after quotes and escapes are resolved.
package struct Token: Equatable, Sendable {
  /// The word's text, without its quotes.
  package var text: String
  /// Whether any part of the word was quoted (a quoted `--yes` is text, not a flag).
  package var wasQuoted: Bool

  /// Creates a token.
  package init(_ text: String, wasQuoted: Bool = false) {
    self.text = text
    self.wasQuoted = wasQuoted
  }
}
