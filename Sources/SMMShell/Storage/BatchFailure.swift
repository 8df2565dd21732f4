import GRDB

/// Why a batch (a script replay) could not be saved: a write or a commit in it failed, and the
/// whole batch was rolled back to its last commit.
public struct BatchFailure: Equatable, Sendable {
  /// Whether the disk is full (SQLite said `SQLITE_FULL`).
  public var diskFull: Bool
  /// What SQLite said, for other failures.
  public var reason: String
  /// The error the failing command, and every later write of the batch, gets.
  public var error: ShellError

  /// Thrown when SQLite rolled the batch's transaction back by itself.
  struct RolledBack: Error {}

  init(_ error: any Error) {
    let dbError = error as? DatabaseError
    diskFull = dbError?.resultCode == .SQLITE_FULL
    if error is RolledBack {
      reason = "SQLite rolled the batch back"
      self.error = .workspace(
        "the workspace could not save this command (\(reason)); nothing was changed")
    } else {
      reason = dbError.map { $0.message ?? "\($0)" } ?? "\(error)"
      self.error = Workspace.storageError(error)
    }
  }
}
