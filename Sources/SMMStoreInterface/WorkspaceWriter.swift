import Foundation

/// What a write transaction can change. Each write either completes or refuses before it
/// changes anything (the methods returning nil or false), so a caller may refuse the whole
/// transaction afterwards without a savepoint.
package protocol WorkspaceWriter: WorkspaceReader {
  /// Inserts a brand named `name` with `command` as its first log entry; nil when the name is
  /// taken (any case).
  func createBrand(named name: String, command: String, at date: Date) throws -> BrandRecord?
  /// Renames brand `id`; false when another brand holds the name.
  func renameBrand(id: Int64, to name: String) throws -> Bool
  /// Appends `command` after `record.head` under the brand's (possibly new) `name`, dropping
  /// the entries that could have been redone and their snapshots. Returns the new record, or
  /// nil, writing nothing, when another brand holds `name`.
  func append(_ command: String, to record: BrandRecord, name: String, at date: Date) throws
    -> BrandRecord?
  /// Moves the brand's head (undo, redo); returns the new record.
  func setHead(of record: BrandRecord, to head: Int, at date: Date) throws -> BrandRecord
  /// Deletes brand `id`, its log, snapshots and imported data.
  func deleteBrand(id: Int64) throws
  /// Stores (or replaces) the snapshot of brand `id` at `snapshot.seq`.
  func saveSnapshot(_ snapshot: BrandSnapshot, ofBrand id: Int64) throws
  /// Stores imported data for brand `id` under `hash` (kept when it is already there).
  func saveDataset(_ csv: String, rows: Int, hash: String, ofBrand id: Int64) throws
  /// Sets (or, with nil, removes) the workspace setting `key`.
  func setSetting(_ key: String, _ value: String?) throws
  /// Replaces the text of entry `seq` of brand `id`'s log.
  func rewriteEntry(ofBrand id: Int64, seq: Int, command: String) throws
  /// Removes the entries numbered `removed` and renumbers the others 1, 2, 3… in order, the
  /// head still after the same entry in effect; drops every snapshot of the brand. Returns
  /// the brand's new record.
  func removeEntries(of record: BrandRecord, numbered removed: Set<Int>, at date: Date) throws
    -> BrandRecord
}
