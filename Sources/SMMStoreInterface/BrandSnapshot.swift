/// A brand's folded state as stored beside its log, so opening it folds only the entries after.
package struct BrandSnapshot: Equatable, Sendable {
  /// The log entry the state is the fold through.
  package var seq: Int
  /// The state, encoded by the shell (JSON); the store keeps it as it is given.
  package var state: String

  package init(seq: Int, state: String) {
    self.seq = seq
    self.state = state
  }
}
