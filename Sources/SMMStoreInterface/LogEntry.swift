import Foundation

/// One entry of a brand's log: a canonical command and when it was recorded.
package struct LogEntry: Equatable, Sendable {
  /// 1 for the creation, then one more per change.
  package var seq: Int
  /// The canonical command text, replayable as is.
  package var command: String
  /// When it was recorded.
  package var recordedAt: Date

  package init(seq: Int, command: String, recordedAt: Date) {
    self.seq = seq
    self.command = command
    self.recordedAt = recordedAt
  }
}
