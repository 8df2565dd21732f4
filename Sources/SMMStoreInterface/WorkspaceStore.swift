/// The durable store of a workspace: brands, their logs of canonical commands, snapshots of
/// their folded state, imported data and settings. The shell reaches storage through this
/// protocol only; `SMMStore` implements it over SQLite, and another store (PostgreSQL) plugs
/// in at the same seam (its conformance suite: `WorkspaceStoreConformance` in the tests).
///
/// Every write runs in a transaction committed before ``write(_:)`` returns, except inside a
/// batch (script replay): there writes share a transaction that the caller commits with
/// ``commitBatch()`` and at ``endBatch()``. A write or commit that fails in a batch rolls the
/// whole batch back and records why in ``batchFailure``; later writes of the batch are refused.
///
/// Errors: the store throws ``StoreError``; what a body throws as a ``WorkspaceRefusal`` comes
/// out as it is (the batch goes on).
package protocol WorkspaceStore: AnyObject {
  /// Where the workspace is, for messages (a file path for SQLite).
  var path: String { get }
  /// Why the workspace only reads, or nil when it can be written.
  var readOnlyReason: ReadOnlyReason? { get }
  /// Whether each write outside a batch is made durable in the main file at once (an
  /// interactive shell's choice; a store may ignore it).
  var checkpointsAfterCommit: Bool { get set }

  /// Runs `body` for reading (each query sees the latest commit).
  func read<T>(_ body: (any WorkspaceReader) throws -> T) throws -> T
  /// Runs `body` in one read transaction (or in the open batch): every query sees the same
  /// state even while other shells write.
  func readTogether<T>(_ body: (any WorkspaceReader) throws -> T) throws -> T
  /// Runs `body` in a write transaction committed before returning, or inside the open batch.
  /// A refusal from `body` writes nothing (outside a batch) and leaves a batch going.
  func write<T>(_ body: (any WorkspaceWriter) throws -> T) throws -> T

  /// Whether a batch is open (no other shell can write while its transaction is).
  var inBatch: Bool { get }
  /// Counts the transactions batches opened and closed: a shell that checked its brand in
  /// this transaction need not check again, since no other shell can write until it commits.
  var batchEpoch: Int { get }
  /// Why the open batch could not be saved, once a write or commit in it failed.
  var batchFailure: BatchFailure? { get }
  /// Starts a batch: writes share one transaction. Batches nest; only the outermost commits.
  func beginBatch()
  /// Commits what the batch wrote so far.
  /// - Throws: the batch's failure; the batch is then rolled back (see ``batchFailure``).
  func commitBatch() throws(StoreError)
  /// Ends a batch; the outermost one commits what it wrote (or, after a failure, forgets it).
  func endBatch() throws(StoreError)
  /// Ends the outermost batch without saving anything it wrote.
  func rollBackBatch()

  /// Writes a checked, self-contained copy of the whole workspace to `path` (a new file the
  /// caller then moves into place), consistent even while other shells write.
  /// - Parameter shown: the final path as the user wrote it, for messages.
  func backup(into path: String, shown: String) throws(StoreError) -> WorkspaceBackup
  /// Whether `path` is the workspace's own file (a backup must not replace it).
  func isWorkspaceFile(_ path: String) -> Bool
}
