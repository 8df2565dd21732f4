import GRDB

/// The workspace's tables, created and upgraded by numbered migrations.
enum WorkspaceSchema {
  static let migrator: DatabaseMigrator = {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: brands, logs, snapshots, settings") { db in
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
    return migrator
  }()
}
