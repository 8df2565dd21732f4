import Foundation
import GRDB
import SMMStoreInterface

#if canImport(Glibc)
  import Glibc
#endif

extension SQLiteWorkspace {
  /// Copies the workspace to `path` (a new file) as one self-contained file, consistent even
  /// while other shells write: SQLite's online backup reads one snapshot, under the same read
  /// transaction as the counts it is checked against. The copy is checked (`PRAGMA
  /// integrity_check`, same brands and entries) before this returns; the caller moves it into
  /// place.
  /// - Parameter shown: the final path as the user wrote it, for messages.
  /// - Throws: ``StoreError/backupFailed(_:reason:)``; `path` may then hold a partial copy,
  ///   for the caller to remove.
  package func backup(into path: String, shown: String) throws(StoreError) -> WorkspaceBackup {
    defer {
      for suffix in ["-journal", "-wal", "-shm"] { unlink(path + suffix) }
    }
    let expected: (brands: Int, entries: Int)
    do {
      let copy = try DatabaseQueue(path: path)
      expected = try queue.inDatabase { db in
        try Self.copy(db, into: copy)
      }
      try copy.inDatabase { db in
        // The copy stands alone: no -wal file beside it.
        _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
      }
      let found = try copy.read { db in
        (
          check: try String.fetchAll(db, sql: "PRAGMA integrity_check"),
          brands: try Int.fetchOne(db, sql: "SELECT count(*) FROM brand") ?? -1,
          entries: try Int.fetchOne(db, sql: "SELECT count(*) FROM log_entry") ?? -1
        )
      }
      try copy.close()
      if found.check != ["ok"] {
        throw StoreError.backupFailed(
          shown, reason: .integrity(found.check.prefix(3).joined(separator: "; ")))
      }
      if found.brands != expected.brands || found.entries != expected.entries {
        throw StoreError.backupFailed(
          shown,
          reason: .counts(
            expected: "\(expected.brands)/\(expected.entries)",
            found: "\(found.brands)/\(found.entries)"))
      }
    } catch let error as StoreError {
      throw error
    } catch {
      throw .backupFailed(shown, reason: .sqlite(Self.reason(error)))
    }
    return WorkspaceBackup(path: shown, brands: expected.brands, entries: expected.entries)
  }

  /// Whether `path` names the workspace's own file.
  package func isWorkspaceFile(_ path: String) -> Bool {
    Self.sameFile(path, self.path)
  }

  /// Counts brands and entries, then copies every page into `copy`, in one read transaction
  /// of `db` (or in the batch's open transaction), so both see the same snapshot.
  private static func copy(_ db: Database, into copy: DatabaseQueue) throws -> (
    brands: Int, entries: Int
  ) {
    func run() throws -> (brands: Int, entries: Int) {
      let brands = try Int.fetchOne(db, sql: "SELECT count(*) FROM brand") ?? 0
      let entries = try Int.fetchOne(db, sql: "SELECT count(*) FROM log_entry") ?? 0
      try copy.inDatabase { destination in try db.backup(to: destination) }
      return (brands, entries)
    }
    if db.isInsideTransaction { return try run() }
    var counts = (brands: 0, entries: 0)
    try db.inTransaction(.deferred) {
      counts = try run()
      return .commit
    }
    return counts
  }

  /// Whether `a` and `b` name one file (the same device and inode).
  static func sameFile(_ a: String, _ b: String) -> Bool {
    var first = stat()
    var second = stat()
    guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
    return first.st_dev == second.st_dev && first.st_ino == second.st_ino
  }
}
