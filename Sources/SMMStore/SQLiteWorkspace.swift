import Foundation
import GRDB
import SMMStoreInterface

/// The workspace as a SQLite file (``WorkspaceStore``): brands, their logs of canonical
/// commands, snapshots of their folded state, imported data and settings.
///
/// Every write runs in a transaction that is committed before the caller goes on, except inside
/// a batch (script replay): there writes share a transaction that the caller commits with
/// ``commitBatch()`` (the runner does so every thousand commands or 100 ms, whichever comes
/// first) and at ``endBatch()``. A write or commit that fails in a batch rolls the whole batch
/// back and records why in ``batchFailure``; later writes of the batch are refused, so nothing
/// is ever stored outside a transaction.
package final class SQLiteWorkspace: WorkspaceStore {
  /// The file's path.
  package let path: String
  /// `PRAGMA application_id` of smm workspaces ("SMM1").
  static let applicationID: Int32 = 0x534D_4D31
  /// How long a shell waits for another one's write lock before giving up.
  static let busyLimit: Duration = .seconds(10)
  /// After holding the write lock this long over several commits, a batch pauses for
  /// ``yieldPause`` after its next commit, so that waiting shells get in.
  static let yieldInterval: Duration = .milliseconds(100)
  /// Longer than a waiting shell's retry step (``BusyWait``), so one retry lands in it.
  static let yieldPause: Duration = .milliseconds(3)

  let queue: DatabaseQueue
  private var batchDepth = 0
  /// Counts the transactions batches have opened and closed: a shell that checked its brand in
  /// this transaction need not check again, since no other shell can write until it commits.
  package private(set) var batchEpoch = 0
  /// Whether the batch's transaction is open (it opens at the batch's first write).
  private var batchTransactionOpen = false
  private var lastYield = ContinuousClock.now
  /// Why the open batch could not be saved, once a write or commit in it failed.
  package private(set) var batchFailure: BatchFailure?
  /// Whether each write outside a batch is copied from the -wal file into the workspace file
  /// right after its commit (interactive shells: about 3 ms per command, and a copy of the
  /// file alone then holds every brand). See ``checkpointAfterCommit(_:)``.
  package var checkpointsAfterCommit = false
  /// Why the workspace only reads, or nil when it can be written: its file or folder cannot be
  /// written, or SQLite found damaged pages (at open, or when a command touched one).
  package internal(set) var readOnlyReason: ReadOnlyReason?
  /// Whether `PRAGMA quick_check` ran in this process (at open, or before the first write).
  var healthChecked = false

  /// Opens the workspace at `path`, creating it (and its folder) when it does not exist.
  /// - Throws: ``StoreError/failed(_:)`` with what went wrong and how to fix it. A file that
  ///   is not an smm workspace is left untouched.
  package init(path: String) throws(StoreError) {
    self.path = path
    let fileManager = FileManager.default
    var isDirectory: ObjCBool = false
    let exists = fileManager.fileExists(atPath: path, isDirectory: &isDirectory)
    if exists && isDirectory.boolValue {
      throw .failed(
        "the workspace \(path) is a folder; give a file path such as \(path)/workspace.sqlite")
    }
    if !exists {
      let folder = (path as NSString).deletingLastPathComponent
      if !folder.isEmpty && !fileManager.fileExists(atPath: folder) {
        do {
          try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
          throw .failed(
            "cannot create the folder \(folder) for the workspace (\(Self.reason(error))); choose another place with --workspace PATH or SMM_WORKSPACE"
          )
        }
      }
    }
    var configuration = Configuration()
    configuration.busyMode = .callback(BusyWait(limit: Self.busyLimit).retry)
    configuration.label = "smm.workspace"
    // Batches keep one transaction open across calls (see beginBatch).
    configuration.allowsUnsafeTransactions = true
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA foreign_keys = ON")
    }
    // A file that cannot be written (or whose folder cannot) is opened for reading only.
    let readOnly = exists && !Self.isWritable(path)
    configuration.readonly = readOnly
    do {
      queue = try DatabaseQueue(
        path: readOnly ? Self.readOnlyLocation(path) : path, configuration: configuration)
      if readOnly {
        try queue.inDatabase { db in try Self.checkReadable(db, path: path) }
      } else {
        try queue.inDatabase { db in try Self.prepare(db, path: path) }
      }
    } catch let error as StoreError {
      throw error
    } catch {
      throw Self.describeOpenFailure(error, path: path, existed: exists)
    }
    if readOnly { readOnlyReason = .notWritable }
    if exists { checkHealthAtOpen() }
  }

  /// Closes the file: SQLite checkpoints the -wal file into it, so the file alone holds every
  /// brand. Nothing may use the workspace after.
  package func close() throws {
    try queue.close()
  }

  /// Checks that the file is an smm workspace (or empty), then creates or upgrades the schema
  /// in one write transaction: shells opening a new workspace together wait for each other
  /// instead of racing. A workspace already up to date is only read, so opening it never waits
  /// for a shell that is writing (a long replay).
  private static func prepare(_ db: Database, path: String) throws {
    // The three header reads share one read transaction: read one by one, they could straddle
    // another shell's commit that creates the workspace (no application id, then tables).
    var current = false
    try db.inTransaction(.deferred) {
      current = try isCurrent(db, path: path)
      return .commit
    }
    if !current {
      try db.inTransaction(.immediate) {
        if try !isCurrent(db, path: path) {
          try WorkspaceSchema.upgrade(
            db, from: try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0)
          try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        }
        return .commit
      }
    }
    try setJournal(db)
  }

  /// Puts the file in WAL mode (when it is alone) and every commit on disk before it returns.
  private static func setJournal(_ db: Database) throws {
    // WAL lets readers and a writer work together. Switching needs the file to itself, so a
    // busy file keeps its journal mode for now; the next shell that opens it alone switches.
    if try String.fetchOne(db, sql: "PRAGMA journal_mode")?.lowercased() != "wal" {
      _ = try? String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
    }
    try db.execute(sql: "PRAGMA synchronous = FULL")
  }

  /// Whether the file is an smm workspace with the current schema; false for an empty file
  /// or an older schema.
  /// - Throws: when it is another program's database, or was written by a newer smm.
  private static func isCurrent(_ db: Database, path: String) throws -> Bool {
    let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
    let tableCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
    let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    if appID != applicationID && (appID != 0 || tableCount > 0) {
      throw StoreError.failed(
        "\(path) is a SQLite database but not an smm workspace; nothing was changed. Point --workspace at another file"
      )
    }
    if version > WorkspaceSchema.version {
      throw StoreError.failed(
        "\(path) was written by a newer smm (schema \(version), this one knows \(WorkspaceSchema.version)); nothing was changed. Update smm to open it"
      )
    }
    return version == WorkspaceSchema.version && appID == applicationID
  }

  private static func describeOpenFailure(_ error: any Error, path: String, existed: Bool)
    -> StoreError
  {
    if let dbError = error as? DatabaseError {
      // A full disk shows as SQLITE_FULL, or as an I/O or open error while writing the file.
      let ioCodes: [ResultCode] = [.SQLITE_IOERR, .SQLITE_CANTOPEN, .SQLITE_READONLY]
      if dbError.resultCode == .SQLITE_FULL
        || (ioCodes.contains(dbError.resultCode) && DiskSpace.isFull(at: path))
      {
        return .failed(
          "cannot \(existed ? "open" : "create") the workspace \(path): the disk is full; free some space and try again, or choose another place with --workspace PATH"
        )
      }
      switch dbError.resultCode {
      case .SQLITE_NOTADB, .SQLITE_CORRUPT:
        return .failed(
          "\(path) is not an smm workspace (the file is not a SQLite database, or it is damaged); nothing was changed. Move it away or point --workspace at another file"
        )
      case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_IOERR:
        let what = existed ? "open" : "create"
        return .failed(
          "cannot \(what) the workspace \(path): the file or its folder is not writable; fix the permissions, or choose another place with --workspace PATH or SMM_WORKSPACE"
        )
      case .SQLITE_BUSY, .SQLITE_LOCKED:
        return .failed(
          "the workspace \(path) stayed locked by another program for 10 seconds; close it and try again"
        )
      default:
        break
      }
      return .failed("cannot open the workspace \(path): \(dbError.message ?? "\(dbError)")")
    }
    return .failed("cannot open the workspace \(path): \(reason(error))")
  }

  static func reason(_ error: any Error) -> String {
    if let dbError = error as? DatabaseError {
      return dbError.message ?? dbError.description
    }
    return (error as NSError).localizedDescription
  }

  // MARK: - Transactions

  /// Runs `body` in a write transaction committed before returning, or inside the open batch.
  ///
  /// In a batch, a ``WorkspaceRefusal`` from `body` (the command was refused) leaves the batch
  /// going; any other error rolls the whole batch back (see ``batchFailure``).
  package func write<T>(_ body: (any WorkspaceWriter) throws -> T) throws -> T {
    if batchDepth > 0 { return try writeInBatch(body) }
    try checkBeforeWriting()
    do {
      return try queue.inDatabase { db in
        var result: T?
        try db.inTransaction(.immediate) {
          result = try body(SQLiteTransaction(db: db))
          return .commit
        }
        checkpointAfterCommit(db)
        guard let value = result else { throw StoreError.failed("a write did not complete") }
        return value
      }
    } catch let refusal as any WorkspaceRefusal {
      throw refusal
    } catch {
      if Self.isCorruption(error) {
        markDamaged(Self.reason(error))
        throw StoreError.readOnly(path, reason: readOnlyReason ?? .damaged(Self.reason(error)))
      }
      throw Self.storageError(error)
    }
  }

  private func writeInBatch<T>(_ body: (any WorkspaceWriter) throws -> T) throws -> T {
    if let batchFailure { throw batchFailure.error }
    // The health check and the read-only refusal come before the batch's transaction opens.
    if !batchTransactionOpen { try checkBeforeWriting() }
    do {
      return try queue.inDatabase { db in
        if !batchTransactionOpen {
          try db.beginTransaction(.immediate)
          batchTransactionOpen = true
        } else if !db.isInsideTransaction {
          // SQLite rolled the batch back by itself (it may on a full disk or an I/O error).
          throw BatchFailure.RolledBack()
        }
        // No savepoint per command: it costs a third of a replay's time, and the writes refuse
        // (WorkspaceRefusal) before they change anything (see WorkspaceWriter).
        return try body(SQLiteTransaction(db: db))
      }
    } catch let refusal as any WorkspaceRefusal {
      throw refusal
    } catch {
      throw failBatch(error)
    }
  }

  /// Rolls the batch back after `error`, records why, and returns the error for the command.
  private func failBatch(_ error: any Error) -> StoreError {
    let failure = BatchFailure(error)
    queue.inDatabase { db in
      if db.isInsideTransaction { try? db.rollback() }
    }
    batchTransactionOpen = false
    batchEpoch += 1
    batchFailure = failure
    return failure.error
  }

  /// Runs `body` for reading.
  package func read<T>(_ body: (any WorkspaceReader) throws -> T) throws -> T {
    try readDatabase { db in try body(SQLiteTransaction(db: db)) }
  }

  /// Runs `body` on the connection for reading; errors as ``read(_:)`` throws them.
  func readDatabase<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try queue.inDatabase { db in try body(db) }
    } catch let refusal as any WorkspaceRefusal {
      throw refusal
    } catch {
      if Self.isCorruption(error) {
        markDamaged(Self.reason(error))
        throw StoreError.damagedRead(path, reason: Self.reason(error))
      }
      throw Self.readError(error)
    }
  }

  static func storageError(_ error: any Error) -> StoreError {
    if let storeError = error as? StoreError { return storeError }
    if let dbError = error as? DatabaseError {
      switch dbError.resultCode {
      case .SQLITE_FULL:
        return .failed(
          "the disk is full; nothing was saved for this command. Free some space and run it again")
      case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
        return .failed(
          "the workspace is read-only; nothing was saved for this command. Fix its permissions or use --workspace"
        )
      case .SQLITE_BUSY, .SQLITE_LOCKED:
        return .failed(
          "the workspace is locked by another smm session that is replaying a script; try again in a moment"
        )
      default:
        return .failed(
          "the workspace could not save this command (\(reason(dbError))); nothing was changed")
      }
    }
    return .failed("the workspace failed: \(reason(error))")
  }

  /// Starts a batch: writes share one transaction, committed by ``commitBatch()`` and at the
  /// end. Batches nest; only the outermost one commits.
  package func beginBatch() {
    if batchDepth == 0 {
      batchFailure = nil
      batchEpoch += 1
      lastYield = .now
    }
    batchDepth += 1
  }

  /// Commits what the batch wrote so far (when it wrote anything). After a commit that ends a
  /// long hold of the write lock, pauses briefly so that waiting shells get their turn.
  /// - Throws: the batch's failure; the batch is then rolled back (see ``batchFailure``).
  package func commitBatch() throws(StoreError) {
    if let batchFailure { throw batchFailure.error }
    guard batchDepth > 0, batchTransactionOpen else { return }
    do {
      try queue.inDatabase { db in
        guard db.isInsideTransaction else { throw BatchFailure.RolledBack() }
        try db.commit()
      }
    } catch {
      throw failBatch(error)
    }
    batchTransactionOpen = false
    batchEpoch += 1
    let now = ContinuousClock.now
    if now - lastYield >= Self.yieldInterval {
      Thread.sleep(forTimeInterval: Double(Self.yieldPause.components.attoseconds) / 1e18)
      lastYield = .now
    }
  }

  /// Ends a batch. The outermost one commits what it wrote, or, after a failure, forgets it:
  /// the batch was rolled back already.
  /// - Throws: when the last commit fails (the batch is then rolled back).
  package func endBatch() throws(StoreError) {
    guard batchDepth > 0 else { return }
    if batchDepth > 1 {
      batchDepth -= 1
      return
    }
    defer {
      batchDepth = 0
      batchFailure = nil
    }
    if batchFailure != nil { return }
    try commitBatch()
  }

  /// Ends the outermost batch without saving anything it wrote: the workspace is left as it was
  /// before the batch began.
  package func rollBackBatch() {
    if batchTransactionOpen {
      queue.inDatabase { db in
        if db.isInsideTransaction { try? db.rollback() }
      }
      batchTransactionOpen = false
      batchEpoch += 1
    }
    batchDepth = 0
    batchFailure = nil
  }

  /// Whether a batch is open (no other shell can write while its transaction is).
  package var inBatch: Bool { batchDepth > 0 }
}
