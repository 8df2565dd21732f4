import Foundation
import GRDB
import SMMStoreInterface

extension BrandTable {
  /// Removes the entries numbered `removed` from the brand's log and renumbers the others
  /// 1, 2, 3… in their order, so the log stays gap-free; the head keeps pointing after the same
  /// entry in effect. Snapshots are all dropped: the caller stores them again for the new
  /// numbering. Returns the brand's new record.
  static func removeEntries(
    _ db: Database, of record: BrandRecord, numbered removed: Set<Int>, at date: Date
  ) throws -> BrandRecord {
    let kept = try Int.fetchAll(
      db, sql: "SELECT seq FROM log_entry WHERE brand_id = ? ORDER BY seq",
      arguments: [record.id]
    ).filter { !removed.contains($0) }
    for seq in removed.sorted() {
      try db.execute(
        sql: "DELETE FROM log_entry WHERE brand_id = ? AND seq = ?", arguments: [record.id, seq])
    }
    try db.execute(sql: "DELETE FROM snapshot WHERE brand_id = ?", arguments: [record.id])
    // In ascending order each new number is free: the ones below it are taken by entries
    // already moved, and the entries between it and the old number are removed or moved.
    let renumber = try db.cachedStatement(
      sql: "UPDATE log_entry SET seq = ? WHERE brand_id = ? AND seq = ?")
    for (index, seq) in kept.enumerated() where index + 1 != seq {
      try renumber.execute(arguments: [index + 1, record.id, seq])
    }
    var next = record
    next.head = kept.filter { $0 <= record.head }.count
    next.lastSeq = kept.count
    next.version += 1
    next.updatedAt = date
    try db.execute(
      sql: "UPDATE brand SET head = ?, last_seq = ?, version = ?, updated_at = ? WHERE id = ?",
      arguments: [next.head, next.lastSeq, next.version, date.milliseconds, record.id])
    return next
  }
}
