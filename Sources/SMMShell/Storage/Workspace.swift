import Foundation
import GRDB

/// The durable store: a SQLite database holding brands, their logs of canonical commands and
/// snapshots of their folded state.
///
/// Every write runs in a transaction that is committed before the caller goes on, except inside
/// a batch (script replay), which commits every ``batchSize`` writes and at its end.
public final class Workspace {
  /// The file's path.
  public let path: String
  /// Commands per transaction during a batch.
  public static let batchSize = 1000
  /// A snapshot of the folded state is stored every this many log entries.
  public static let snapshotInterval = 500
  /// `PRAGMA application_id` of smm workspaces ("SMM1").
  static let applicationID: Int32 = 0x534D_4D31

  let queue: DatabaseQueue
  private(set) var batchDepth = 0
  /// Counts the transactions batches have opened: a shell that checked its brand in this
  /// transaction need not check again, since no other shell can write until it commits.
  private(set) var batchEpoch = 0
  private var writesInBatch = 0
  /// Whether each write outside a batch is copied from the -wal file into the workspace file
  /// right after its commit (interactive shells: about 3 ms per command, and a copy of the
  /// file alone then holds every brand). See ``checkpointAfterCommit(_:)``.
  public var checkpointsAfterCommit = false
  /// Why the workspace only reads, or nil when it can be written: its file or folder cannot be
  /// written, or SQLite found damaged pages (at open, or when a command touched one).
  public internal(set) var readOnlyReason: ReadOnlyReason?
  /// Whether `PRAGMA quick_check` ran in this process (at open, or before the first write).
  var healthChecked = false

  /// Opens the workspace at `path`, creating it (and its folder) when it does not exist.
  /// - Throws: ``ShellError/workspace(_:)`` with what went wrong and how to fix it. A file that
  ///   is not an smm workspace is left untouched.
  public init(path: String) throws(ShellError) {
    self.path = path
    let fileManager = FileManager.default
    var isDirectory: ObjCBool = false
    let exists = fileManager.fileExists(atPath: path, isDirectory: &isDirectory)
    if exists && isDirectory.boolValue {
      throw .workspace(
        "the workspace \(path) is a folder; give a file path such as \(path)/workspace.sqlite")
    }
    if !exists {
      let folder = (path as NSString).deletingLastPathComponent
      if !folder.isEmpty && !fileManager.fileExists(atPath: folder) {
        do {
          try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
          throw .workspace(
            "cannot create the folder \(folder) for the workspace (\(Self.reason(error))); choose another place with --workspace PATH or SMM_WORKSPACE"
          )
        }
      }
    }
    var configuration = Configuration()
    configuration.busyMode = .timeout(10)
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
    } catch let error as ShellError {
      throw error
    } catch {
      throw Self.describeOpenFailure(error, path: path, existed: exists)
    }
    if readOnly { readOnlyReason = .notWritable }
    if exists { checkHealthAtOpen() }
  }

  /// Makes the file ready: creates or upgrades the schema when it is not current (see
  /// `create`), then sets the journal.
  private static func prepare(_ db: Database, path: String) throws {
    // A workspace already up to date opens without the write lock, so it opens at once even
    // while another shell replays a long script.
    if try !isCurrent(db) { try create(db, path: path) }
    try setJournal(db)
  }

  /// Checks that the file is an smm workspace (or empty), then creates or upgrades the schema,
  /// all in one write transaction: shells opening a new workspace together wait for each other
  /// instead of racing.
  private static func create(_ db: Database, path: String) throws {
    try db.inTransaction(.immediate) {
      let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
      let tableCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
      let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
      if appID != applicationID && (appID != 0 || tableCount > 0) {
        throw ShellError.workspace(
          "\(path) is a SQLite database but not an smm workspace; nothing was changed. Point --workspace at another file"
        )
      }
      if version > WorkspaceSchema.version {
        throw ShellError.workspace(
          "\(path) was written by a newer smm (schema \(version), this one knows \(WorkspaceSchema.version)); nothing was changed. Update smm to open it"
        )
      }
      if version < WorkspaceSchema.version {
        try WorkspaceSchema.upgrade(db, from: version)
      }
      if appID == 0 {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
      }
      return .commit
    }
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

  private static func describeOpenFailure(_ error: any Error, path: String, existed: Bool)
    -> ShellError
  {
    if let dbError = error as? DatabaseError {
      switch dbError.resultCode {
      case .SQLITE_NOTADB, .SQLITE_CORRUPT:
        return .workspace(
          "\(path) is not an smm workspace (the file is not a SQLite database, or it is damaged); nothing was changed. Move it away or point --workspace at another file"
        )
      case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_IOERR:
        let what = existed ? "open" : "create"
        return .workspace(
          "cannot \(what) the workspace \(path): the file or its folder is not writable; fix the permissions, or choose another place with --workspace PATH or SMM_WORKSPACE"
        )
      case .SQLITE_BUSY, .SQLITE_LOCKED:
        return .workspace(
          "the workspace \(path) stayed locked by another program for 10 seconds; close it and try again"
        )
      default:
        break
      }
      return .workspace("cannot open the workspace \(path): \(dbError.message ?? "\(dbError)")")
    }
    return .workspace("cannot open the workspace \(path): \(reason(error))")
  }

  static func reason(_ error: any Error) -> String {
    if let dbError = error as? DatabaseError {
      return dbError.message ?? dbError.description
    }
    return (error as NSError).localizedDescription
  }

  // MARK: - Transactions

  /// Runs `body` in a write transaction (or inside the open batch), committed before returning.
  public func write<T>(_ body: (Database) throws -> T) throws(ShellError) -> T {
    if !inBatch { try checkBeforeWriting() }
    do {
      return try queue.inDatabase { db in
        if db.isInsideTransaction {
          return try body(db)
        }
        var result: T?
        try db.inTransaction(.immediate) {
          result = try body(db)
          return .commit
        }
        checkpointAfterCommit(db)
        guard let value = result else { throw ShellError.workspace("a write did not complete") }
        return value
      }
    } catch {
      if Self.isCorruption(error) {
        markDamaged(Self.reason(error))
        throw .readOnlyWorkspace(path, reason: readOnlyReason ?? .damaged(Self.reason(error)))
      }
      throw Self.storageError(error)
    }
  }

  /// Runs `body` for reading.
  public func read<T>(_ body: (Database) throws -> T) throws(ShellError) -> T {
    do {
      return try queue.inDatabase { db in try body(db) }
    } catch {
      if Self.isCorruption(error) {
        markDamaged(Self.reason(error))
        throw .damagedRead(path, reason: Self.reason(error))
      }
      throw Self.readError(error)
    }
  }

  static func storageError(_ error: any Error) -> ShellError {
    if let shellError = error as? ShellError { return shellError }
    if let dbError = error as? DatabaseError {
      switch dbError.resultCode {
      case .SQLITE_FULL:
        return .workspace(
          "the disk is full; nothing was saved for this command. Free some space and run it again")
      case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
        return .workspace(
          "the workspace is read-only; nothing was saved for this command. Fix its permissions or use --workspace"
        )
      case .SQLITE_BUSY, .SQLITE_LOCKED:
        return .workspace(
          "the workspace is locked by another smm session that is replaying a script; try again in a moment"
        )
      default:
        return .workspace(
          "the workspace could not save this command (\(reason(dbError))); nothing was changed")
      }
    }
    return .workspace("the workspace failed: \(reason(error))")
  }

  /// Starts a batch: writes share one transaction, committed every ``batchSize`` writes.
  /// Batches nest; only the outermost one commits.
  public func beginBatch() throws(ShellError) {
    if batchDepth == 0 {
      try checkBeforeWriting()
      do {
        try queue.inDatabase { db in try db.beginTransaction(.immediate) }
      } catch {
        throw Self.storageError(error)
      }
      writesInBatch = 0
      batchEpoch += 1
    }
    batchDepth += 1
  }

  /// Counts one write of the batch and commits when the batch is full.
  public func noteBatchWrite() throws(ShellError) {
    guard batchDepth > 0 else { return }
    writesInBatch += 1
    if writesInBatch >= Self.batchSize {
      do {
        try queue.inDatabase { db in
          try db.commit()
          try db.beginTransaction(.immediate)
        }
      } catch {
        throw Self.storageError(error)
      }
      writesInBatch = 0
      batchEpoch += 1
    }
  }

  /// Ends a batch, committing what it wrote when it is the outermost one.
  public func endBatch() throws(ShellError) {
    guard batchDepth > 0 else { return }
    batchDepth -= 1
    if batchDepth == 0 {
      do {
        try queue.inDatabase { db in
          if db.isInsideTransaction { try db.commit() }
        }
      } catch {
        throw Self.storageError(error)
      }
    }
  }

  /// Whether a batch is open (no other shell can write meanwhile).
  public var inBatch: Bool { batchDepth > 0 }
}
