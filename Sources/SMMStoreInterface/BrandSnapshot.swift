/// A brand's folded state as stored beside its log, so opening it folds only the entries after.
public struct BrandSnapshot: Equatable, Sendable {
  /// The log entry the state is the fold through.
  public var seq: Int
  /// The state, encoded by the shell (JSON); the store keeps it as it is given.
  public var state: String

  public init(seq: Int, state: String) {
    self.seq = seq
    self.state = state
  }
}
