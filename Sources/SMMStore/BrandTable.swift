import Foundation
import GRDB
import SMMStoreInterface

/// SQL for brands, their logs, snapshots and settings. Callers run these inside
/// ``SQLiteWorkspace`` transactions (``SQLiteTransaction``).
enum BrandTable {
  static let columns = "id, name, head, last_seq, version, updated_at"

  static func record(_ row: Row) -> BrandRecord {
    BrandRecord(
      id: row[0], name: row[1], head: row[2], lastSeq: row[3], version: row[4],
      updatedAt: Date(milliseconds: row[5]))
  }

  static func all(_ db: Database) throws -> [BrandRecord] {
    try Row.fetchAll(db, sql: "SELECT \(columns) FROM brand ORDER BY name COLLATE NOCASE")
      .map(record)
  }

  static func find(_ db: Database, name: String) throws -> BrandRecord? {
    try Row.fetchOne(
      db, sql: "SELECT \(columns) FROM brand WHERE name = ? COLLATE NOCASE", arguments: [name]
    ).map(record)
  }

  static func find(_ db: Database, id: Int64) throws -> BrandRecord? {
    try Row.fetchOne(
      db, sql: "SELECT \(columns) FROM brand WHERE id = ?", arguments: [id]
    ).map(record)
  }

  /// Inserts a brand with its first log entry; nil when the name is taken.
  static func create(_ db: Database, name: String, command: String, at date: Date) throws
    -> BrandRecord?
  {
    if try find(db, name: name) != nil { return nil }
    let ms = date.milliseconds
    try db.execute(
      sql: """
        INSERT INTO brand(name, head, last_seq, version, created_at, updated_at)
        VALUES (?, 1, 1, 1, ?, ?)
        """, arguments: [name, ms, ms])
    let id = db.lastInsertedRowID
    try db.execute(
      sql: "INSERT INTO log_entry(brand_id, seq, command, recorded_at) VALUES (?, 1, ?, ?)",
      arguments: [id, command, ms])
    return BrandRecord(
      id: id, name: name, head: 1, lastSeq: 1, version: 1, updatedAt: date)
  }

  /// Renames a brand; false when another brand holds the name (the unique index says so).
  static func rename(_ db: Database, id: Int64, to name: String) throws -> Bool {
    do {
      try db.cachedStatement(sql: "UPDATE brand SET name = ? WHERE id = ?")
        .execute(arguments: [name, id])
      return true
    } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
      return false
    }
  }

  /// Appends an entry after `record.head` under the brand's (possibly new) `name`, dropping the
  /// entries that could have been redone. Returns nil, writing nothing, when another brand
  /// holds `name`.
  static func append(
    _ db: Database, to record: BrandRecord, name: String, command: String, at date: Date
  ) throws -> BrandRecord? {
    let ms = date.milliseconds
    var next = record
    next.name = name
    next.head += 1
    next.lastSeq = next.head
    next.version += 1
    next.updatedAt = date
    do {
      // The update comes first: it is the write that can fail (a name taken elsewhere).
      try db.cachedStatement(
        sql: """
          UPDATE brand SET name = ?, head = ?, last_seq = ?, version = ?, updated_at = ?
          WHERE id = ?
          """
      ).execute(arguments: [name, next.head, next.lastSeq, next.version, ms, record.id])
    } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
      return nil
    }
    if record.lastSeq > record.head {
      try db.execute(
        sql: "DELETE FROM log_entry WHERE brand_id = ? AND seq > ?",
        arguments: [record.id, record.head])
      try db.execute(
        sql: "DELETE FROM snapshot WHERE brand_id = ? AND seq > ?",
        arguments: [record.id, record.head])
    }
    try db.cachedStatement(
      sql: "INSERT INTO log_entry(brand_id, seq, command, recorded_at) VALUES (?, ?, ?, ?)"
    ).execute(arguments: [record.id, next.head, command, ms])
    return next
  }

  /// Moves the head (undo, redo).
  static func setHead(_ db: Database, of record: BrandRecord, to head: Int, at date: Date) throws
    -> BrandRecord
  {
    var next = record
    next.head = head
    next.version += 1
    next.updatedAt = date
    try db.execute(
      sql: "UPDATE brand SET head = ?, version = ?, updated_at = ? WHERE id = ?",
      arguments: [head, next.version, date.milliseconds, record.id])
    return next
  }

  static func delete(_ db: Database, id: Int64) throws {
    try db.execute(sql: "DELETE FROM brand WHERE id = ?", arguments: [id])
  }

  static func entries(_ db: Database, brand id: Int64, after seq: Int = 0, through last: Int)
    throws -> [LogEntry]
  {
    try Row.fetchAll(
      db,
      sql: """
        SELECT seq, command, recorded_at FROM log_entry
        WHERE brand_id = ? AND seq > ? AND seq <= ? ORDER BY seq
        """, arguments: [id, seq, last]
    ).map { LogEntry(seq: $0[0], command: $0[1], recordedAt: Date(milliseconds: $0[2])) }
  }

  static func entry(_ db: Database, brand id: Int64, seq: Int) throws -> LogEntry? {
    try entries(db, brand: id, after: seq - 1, through: seq).first
  }

  /// The latest snapshot at or before `seq`.
  /// The state is a BLOB (packed) or, written by an earlier smm, TEXT (JSON): either is read
  /// as bytes.
  static func snapshot(_ db: Database, brand id: Int64, atOrBefore seq: Int) throws -> (
    seq: Int, state: [UInt8]
  )? {
    try Row.fetchOne(
      db,
      sql: """
        SELECT seq, state FROM snapshot WHERE brand_id = ? AND seq <= ?
        ORDER BY seq DESC LIMIT 1
        """, arguments: [id, seq]
    ).map { row in
      let state: DatabaseValue = row[1]
      switch state.storage {
      case .blob(let data): return (row[0], Array(data))
      case .string(let text): return (row[0], Array(text.utf8))
      default: return (row[0], [])
      }
    }
  }

  /// Stored as a BLOB (the column's TEXT affinity leaves a BLOB as it is).
  static func saveSnapshot(_ db: Database, brand id: Int64, seq: Int, state: [UInt8]) throws {
    try db.execute(
      sql: "INSERT OR REPLACE INTO snapshot(brand_id, seq, state) VALUES (?, ?, ?)",
      arguments: [id, seq, Data(state)])
  }

  static func setting(_ db: Database, _ key: String) throws -> String? {
    try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key])
  }

  static func setSetting(_ db: Database, _ key: String, _ value: String?) throws {
    if let value {
      try db.cachedStatement(sql: "INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)")
        .execute(arguments: [key, value])
    } else {
      try db.execute(sql: "DELETE FROM setting WHERE key = ?", arguments: [key])
    }
  }
}

extension Date {
  /// Milliseconds since 1970, as stored in the workspace.
  var milliseconds: Int64 { Int64((timeIntervalSince1970 * 1000).rounded()) }

  init(milliseconds: Int64) {
    self.init(timeIntervalSince1970: Double(milliseconds) / 1000)
  }
}
