import Foundation
import GRDB
import SMMStoreInterface

/// A transaction of ``SQLiteWorkspace`` as the shell sees it: plain values in and out, the
/// connection kept inside. Valid only during the `read`/`write` call that made it.
struct SQLiteTransaction: WorkspaceWriter {
  let db: Database

  func brands() throws -> [BrandRecord] { try BrandTable.all(db) }

  func brand(named name: String) throws -> BrandRecord? { try BrandTable.find(db, name: name) }

  func brand(id: Int64) throws -> BrandRecord? { try BrandTable.find(db, id: id) }

  func entries(ofBrand id: Int64, after seq: Int, through last: Int) throws -> [LogEntry] {
    try BrandTable.entries(db, brand: id, after: seq, through: last)
  }

  func snapshot(ofBrand id: Int64, atOrBefore seq: Int) throws -> BrandSnapshot? {
    try BrandTable.snapshot(db, brand: id, atOrBefore: seq).map {
      BrandSnapshot(seq: $0.seq, state: $0.state)
    }
  }

  func dataset(ofBrand id: Int64, hash: String) throws -> String? {
    try DatasetTable.csv(db, brand: id, hash: hash)
  }

  func setting(_ key: String) throws -> String? { try BrandTable.setting(db, key) }

  func createBrand(named name: String, command: String, at date: Date) throws -> BrandRecord? {
    try BrandTable.create(db, name: name, command: command, at: date)
  }

  func renameBrand(id: Int64, to name: String) throws -> Bool {
    try BrandTable.rename(db, id: id, to: name)
  }

  func append(_ command: String, to record: BrandRecord, name: String, at date: Date) throws
    -> BrandRecord?
  {
    try BrandTable.append(db, to: record, name: name, command: command, at: date)
  }

  func setHead(of record: BrandRecord, to head: Int, at date: Date) throws -> BrandRecord {
    try BrandTable.setHead(db, of: record, to: head, at: date)
  }

  func deleteBrand(id: Int64) throws { try BrandTable.delete(db, id: id) }

  func saveSnapshot(_ snapshot: BrandSnapshot, ofBrand id: Int64) throws {
    try BrandTable.saveSnapshot(db, brand: id, seq: snapshot.seq, state: snapshot.state)
  }

  func saveDataset(_ csv: String, rows: Int, hash: String, ofBrand id: Int64) throws {
    try DatasetTable.save(db, brand: id, hash: hash, rows: rows, csv: csv)
  }

  func setSetting(_ key: String, _ value: String?) throws {
    try BrandTable.setSetting(db, key, value)
  }

  func rewriteEntry(ofBrand id: Int64, seq: Int, command: String) throws {
    try db.execute(
      sql: "UPDATE log_entry SET command = ? WHERE brand_id = ? AND seq = ?",
      arguments: [command, id, seq])
  }

  func removeEntries(of record: BrandRecord, numbered removed: Set<Int>, at date: Date) throws
    -> BrandRecord
  {
    try BrandTable.removeEntries(db, of: record, numbered: removed, at: date)
  }
}
