import GRDB

/// The workspace's tables, by schema version (`PRAGMA user_version`).
enum WorkspaceSchema {
  /// The schema version this smm writes.
  static let version = 2

  /// Creates or upgrades the tables, from `current` to ``version``. Runs inside the
  /// transaction that checked the file, so two shells creating one workspace never race.
  static func upgrade(_ db: Database, from current: Int) throws {
    if current < 1 {
      try db.execute(
        sql: """
          CREATE TABLE brand(
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            head INTEGER NOT NULL,
            last_seq INTEGER NOT NULL,
            version INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL);
          CREATE TABLE log_entry(
            brand_id INTEGER NOT NULL REFERENCES brand(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            command TEXT NOT NULL,
            recorded_at INTEGER NOT NULL,
            PRIMARY KEY(brand_id, seq)) WITHOUT ROWID;
          CREATE TABLE snapshot(
            brand_id INTEGER NOT NULL REFERENCES brand(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            state TEXT NOT NULL,
            PRIMARY KEY(brand_id, seq)) WITHOUT ROWID;
          CREATE TABLE setting(key TEXT PRIMARY KEY, value TEXT NOT NULL);
          """)
    }
    if current < 2 {
      // Imported metrics rows, beside the log that names them by hash (MetricsDataset).
      try db.execute(
        sql: """
          CREATE TABLE dataset(
            brand_id INTEGER NOT NULL REFERENCES brand(id) ON DELETE CASCADE,
            hash TEXT NOT NULL,
            rows INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY(brand_id, hash)) WITHOUT ROWID;
          """)
    }
    try db.execute(sql: "PRAGMA user_version = \(version)")
  }
}
