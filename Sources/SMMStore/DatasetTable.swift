import Foundation
import GRDB

/// SQL for imported data kept beside the log (the `dataset` table): canonical CSV under its
/// SHA-256, one row per brand and hash.
enum DatasetTable {
  /// Stores `csv` for `brand` under `hash` (kept when it is already there).
  static func save(_ db: Database, brand: Int64, hash: String, rows: Int, csv: String) throws {
    try db.execute(
      sql: "INSERT OR IGNORE INTO dataset(brand_id, hash, rows, data) VALUES (?, ?, ?, ?)",
      arguments: [brand, hash, rows, Data(csv.utf8)])
  }

  /// The canonical CSV stored for `brand` under `hash`, or nil.
  static func csv(_ db: Database, brand: Int64, hash: String) throws -> String? {
    try Data.fetchOne(
      db, sql: "SELECT data FROM dataset WHERE brand_id = ? AND hash = ?",
      arguments: [brand, hash]
    ).map { String(decoding: $0, as: UTF8.self) }
  }
}
