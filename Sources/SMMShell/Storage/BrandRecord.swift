import Foundation

/// A brand's row in the workspace: its identity and where its log stands.
public struct BrandRecord: Equatable, Sendable {
  /// The row id.
  public var id: Int64
  /// The brand's name as stored (kept equal to the folded state's name).
  public var name: String
  /// How many log entries are in effect; entries past it can be redone.
  public var head: Int
  /// The number of the last entry kept (greater than `head` after an undo).
  public var lastSeq: Int
  /// Bumped on every change, undo and redo; tells a shell that another one wrote.
  public var version: Int
  /// When the brand last changed.
  public var updatedAt: Date
}

/// One entry of a brand's log: a canonical command and when it was recorded.
public struct LogEntry: Equatable, Sendable {
  /// 1 for the creation, then one more per change.
  public var seq: Int
  /// The canonical command text, replayable as is.
  public var command: String
  /// When it was recorded.
  public var recordedAt: Date
}
