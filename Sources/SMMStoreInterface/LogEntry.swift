import Foundation

/// One entry of a brand's log: a canonical command and when it was recorded.
public struct LogEntry: Equatable, Sendable {
  /// 1 for the creation, then one more per change.
  public var seq: Int
  /// The canonical command text, replayable as is.
  public var command: String
  /// When it was recorded.
  public var recordedAt: Date

  public init(seq: Int, command: String, recordedAt: Date) {
    self.seq = seq
    self.command = command
    self.recordedAt = recordedAt
  }
}
