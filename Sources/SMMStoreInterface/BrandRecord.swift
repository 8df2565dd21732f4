import Foundation

/// A brand's row in the workspace: its identity and where its log stands.
package struct BrandRecord: Equatable, Sendable {
  /// The row id.
  package var id: Int64
  /// The brand's name as stored (kept equal to the folded state's name).
  package var name: String
  /// How many log entries are in effect; entries past it can be redone.
  package var head: Int
  /// The number of the last entry kept (greater than `head` after an undo).
  package var lastSeq: Int
  /// Bumped on every change, undo and redo; tells a shell that another one wrote.
  package var version: Int
  /// When the brand last changed.
  package var updatedAt: Date

  package init(id: Int64, name: String, head: Int, lastSeq: Int, version: Int, updatedAt: Date) {
    self.id = id
    self.name = name
    self.head = head
    self.lastSeq = lastSeq
    self.version = version
    self.updatedAt = updatedAt
  }
}
