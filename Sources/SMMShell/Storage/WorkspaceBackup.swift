import Foundation
import GRDB

#if canImport(Glibc)
  import Glibc
#endif

/// What a backup holds, as checked on the copy.
public struct WorkspaceBackup: Equatable, Sendable {
  /// Where the copy is.
  public var path: String
  /// Its brands.
  public var brands: Int
  /// Its log entries, all brands together.
  public var entries: Int
}

extension Workspace {
  /// Copies the workspace to `path` as one self-contained file, consistent even while other
  /// shells write: SQLite's online backup reads one snapshot, under the same read transaction
  /// as the counts it is checked against. The copy is written beside `path` under a temporary
  /// name, checked (`PRAGMA integrity_check`, same brands and entries), then moved into place.
  /// - Parameters:
  ///   - shown: `path` as the user wrote it, for messages.
  ///   - replacing: whether an existing file at `path` may be replaced.
  /// - Throws: ``ShellError/fileExists(_:)`` when `path` exists and `replacing` is false, or
  ///   ``ShellError/backupFailed(_:reason:)``; nothing is left at `path` then.
  public func backup(to path: String, shown: String, replacing: Bool) throws(ShellError)
    -> WorkspaceBackup
  {
    if Self.sameFile(path, self.path) {
      throw .backupFailed(shown, reason: .sameFile)
    }
    if !replacing && FileManager.default.fileExists(atPath: path) {
      throw .fileExists(shown)
    }
    let temporary = TextFile.temporaryPath(beside: path)
    defer {
      for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temporary + suffix) }
    }
    let expected: (brands: Int, entries: Int)
    do {
      let copy = try DatabaseQueue(path: temporary)
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
        throw ShellError.backupFailed(
          shown, reason: .integrity(found.check.prefix(3).joined(separator: "; ")))
      }
      if found.brands != expected.brands || found.entries != expected.entries {
        throw ShellError.backupFailed(
          shown,
          reason: .counts(
            expected: "\(expected.brands)/\(expected.entries)",
            found: "\(found.brands)/\(found.entries)"))
      }
    } catch let error as ShellError {
      throw error
    } catch {
      throw .backupFailed(shown, reason: .sqlite(Self.reason(error)))
    }
    try TextFile.place(temporary, at: path, shown: shown, force: replacing)
    return WorkspaceBackup(path: shown, brands: expected.brands, entries: expected.entries)
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

/// Why a backup was not written.
public enum BackupProblem: Equatable, Sendable {
  /// The target is the workspace file itself.
  case sameFile
  /// The copy failed `PRAGMA integrity_check`; its first findings.
  case integrity(String)
  /// The copy does not hold what the workspace held ("brands/entries").
  case counts(expected: String, found: String)
  /// SQLite failed, with its message.
  case sqlite(String)
}
