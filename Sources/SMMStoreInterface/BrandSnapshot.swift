/// A brand's folded state as stored beside its log, so opening it folds only the entries after.
package struct BrandSnapshot: Equatable, Sendable {
  /// The log entry the state is the fold through.
  package var seq: Int
  /// The state, encoded by the shell (packed binary; JSON text from smm before issue 16); the
  /// store keeps the bytes as they are given.
  package var state: [UInt8]

  package init(seq: Int, state: [UInt8]) {
    self.seq = seq
    self.state = state
  }

  /// A snapshot whose state is `text`'s UTF-8 bytes.
  package init(seq: Int, state text: String) {
    self.init(seq: seq, state: Array(text.utf8))
  }
}
