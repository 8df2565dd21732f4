import Foundation
import GRDB
import SMMStoreInterface

#if canImport(Glibc)
  import Glibc
#endif

extension SQLiteWorkspace {
  /// Files up to this size get `PRAGMA quick_check` when they open (about 5 ms per MiB was
  /// measured, so this costs at most ~2.5 ms of the ~10 ms start). Larger files are marked
  /// damaged when SQLite first reports a damaged page (`SQLITE_CORRUPT`).
  package static let quickCheckLimit: Int64 = 512 * 1024

  /// Whether `path` (an existing file) and its folder can be written; the -wal and -shm files
  /// go in the folder. As root, only a read-only mount says no.
  static func isWritable(_ path: String) -> Bool {
    let folder = (path as NSString).deletingLastPathComponent
    return access(path, W_OK) == 0 && access(folder.isEmpty ? "." : folder, W_OK) == 0
  }

  /// The SQLite URI that opens `path` read-only. `immutable=1` tells SQLite the file cannot
  /// change, so it needs no -shm file; it is used only when the folder cannot be written (no
  /// shell can be writing there) and no -wal file is pending.
  static func readOnlyLocation(_ path: String) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    let folderWritable = access(folder.isEmpty ? "." : folder, W_OK) == 0
    let walSize =
      (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
    guard !folderWritable, walSize == 0 else { return path }
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "/-._~")
    let absolute =
      path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    let encoded = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
    return "file:\(encoded)?immutable=1"
  }

  /// The checks of `prepare` that need no write: an smm workspace this smm can read.
  static func checkReadable(_ db: Database, path: String) throws {
    let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
    let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    if appID != applicationID {
      throw StoreError.failed(
        "\(path) is a SQLite database but not an smm workspace; nothing was changed. Point --workspace at another file"
      )
    }
    if version != WorkspaceSchema.version {
      throw StoreError.failed(
        "\(path) has schema \(version) and this smm reads schema \(WorkspaceSchema.version), but it is read-only so it cannot be upgraded; nothing was changed. Make it writable, or use the smm that wrote it"
      )
    }
  }

  /// At open: `PRAGMA quick_check` on a file small enough; a damaged one is made read-only.
  func checkHealthAtOpen() {
    // stat(2) directly: FileManager's attribute dictionary and the cast of its size cost a
    // tenth of a start (issue 16).
    var info = stat()
    let size = stat(path, &info) == 0 ? Int64(info.st_size) : 0
    guard size <= Self.quickCheckLimit else { return }
    quickCheck()
  }

  /// Before the first write of this process: the check a large file skipped at open (about
  /// 5 ms per MiB, once), so a damaged file never takes a write. Then refuses any write to a
  /// workspace that only reads.
  func checkBeforeWriting() throws(StoreError) {
    if !healthChecked && readOnlyReason == nil { quickCheck() }
    if let readOnlyReason { throw .readOnly(path, reason: readOnlyReason) }
  }

  private func quickCheck() {
    healthChecked = true
    let findings: [String]
    do {
      findings = try queue.inDatabase { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
    } catch {
      findings = [Self.reason(error)]
    }
    if findings != ["ok"] { markDamaged(findings.prefix(3).joined(separator: "; ")) }
  }

  /// From now on, this workspace only reads: SQLite found damaged pages.
  func markDamaged(_ detail: String) {
    if case .damaged = readOnlyReason { return }
    readOnlyReason = .damaged(detail)
    _ = try? queue.inDatabase { db in try db.execute(sql: "PRAGMA query_only = 1") }
  }

  /// Whether `error` says the file is damaged.
  static func isCorruption(_ error: any Error) -> Bool {
    guard let dbError = error as? DatabaseError else { return false }
    return dbError.resultCode == .SQLITE_CORRUPT || dbError.resultCode == .SQLITE_NOTADB
  }

  /// The error for a read that failed: it says the read failed, never that a save did.
  static func readError(_ error: any Error) -> StoreError {
    if let storeError = error as? StoreError { return storeError }
    if let dbError = error as? DatabaseError,
      dbError.resultCode == .SQLITE_BUSY || dbError.resultCode == .SQLITE_LOCKED
    {
      return storageError(error)
    }
    return .unreadable(reason(error))
  }

  /// Copies the committed pages from the -wal file into the workspace file, without waiting
  /// for readers (`PASSIVE`), when ``checkpointsAfterCommit`` is on. The write is already
  /// committed: a checkpoint that cannot finish is left for the next one.
  func checkpointAfterCommit(_ db: Database) {
    guard checkpointsAfterCommit else { return }
    _ = try? Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(PASSIVE)")
  }

  /// Runs `body` in one read transaction (or in the open batch): every query sees the same
  /// state even while other shells write.
  package func readTogether<T>(_ body: (any WorkspaceReader) throws -> T) throws -> T {
    try readDatabase { db in
      if db.isInsideTransaction { return try body(SQLiteTransaction(db: db)) }
      var result: T?
      try db.inTransaction(.deferred) {
        result = try body(SQLiteTransaction(db: db))
        return .commit
      }
      guard let value = result else { throw StoreError.failed("a read did not complete") }
      return value
    }
  }
}
