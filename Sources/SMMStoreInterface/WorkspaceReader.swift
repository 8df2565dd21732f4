/// What a transaction can read of a workspace: brands, their logs, snapshots, imported data
/// and settings, as plain values. Every read of one transaction sees the same state.
package protocol WorkspaceReader {
  /// Every brand, by name (any case).
  func brands() throws -> [BrandRecord]
  /// The brand named `name` (any case), or nil.
  func brand(named name: String) throws -> BrandRecord?
  /// The brand with row id `id`, or nil.
  func brand(id: Int64) throws -> BrandRecord?
  /// The entries of brand `id`'s log numbered after `seq` and up to `last`, in order.
  func entries(ofBrand id: Int64, after seq: Int, through last: Int) throws -> [LogEntry]
  /// The latest snapshot of brand `id` at or before entry `seq`, or nil.
  func snapshot(ofBrand id: Int64, atOrBefore seq: Int) throws -> BrandSnapshot?
  /// The imported data (canonical CSV) stored for brand `id` under `hash`, or nil.
  func dataset(ofBrand id: Int64, hash: String) throws -> String?
  /// The workspace setting `key` (the language, the brand last worked on…), or nil.
  func setting(_ key: String) throws -> String?
}

extension WorkspaceReader {
  /// The entries of brand `id`'s log up to `last`.
  package func entries(ofBrand id: Int64, through last: Int) throws -> [LogEntry] {
    try entries(ofBrand: id, after: 0, through: last)
  }

  /// Entry `seq` of brand `id`'s log, or nil.
  package func entry(ofBrand id: Int64, seq: Int) throws -> LogEntry? {
    try entries(ofBrand: id, after: seq - 1, through: seq).first
  }
}
