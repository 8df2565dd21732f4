import GRDB
import SMMStoreInterface

extension BatchFailure {
  /// Thrown when SQLite rolled the batch's transaction back by itself.
  struct RolledBack: Error {}

  /// The failure SQLite's `error` (or a transaction SQLite rolled back) makes of a batch.
  init(_ error: any Error) {
    let dbError = error as? DatabaseError
    if error is RolledBack {
      let reason = "SQLite rolled the batch back"
      self.init(
        diskFull: false, reason: reason,
        error: .failed("the workspace could not save this command (\(reason)); nothing was changed")
      )
    } else {
      self.init(
        diskFull: dbError?.resultCode == .SQLITE_FULL,
        reason: dbError.map { $0.message ?? "\($0)" } ?? "\(error)",
        error: SQLiteWorkspace.storageError(error))
    }
  }
}
