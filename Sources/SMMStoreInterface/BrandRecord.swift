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

  public init(id: Int64, name: String, head: Int, lastSeq: Int, version: Int, updatedAt: Date) {
    self.id = id
    self.name = name
    self.head = head
    self.lastSeq = lastSeq
    self.version = version
    self.updatedAt = updatedAt
  }
}
