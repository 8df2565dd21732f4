/// What a ``WorkspaceStore`` reports when it cannot do what was asked. Each case renders as one
/// line for the user (the shell shows them as its own errors); nothing is changed when one is
/// thrown.
package enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The workspace failed; the message says what went wrong and how to fix it.
  case failed(String)
  /// A write refused: the workspace at the path only reads, for this reason.
  case readOnly(String, reason: ReadOnlyReason)
  /// A read failed, with the store's reason (nothing was being saved).
  case unreadable(String)
  /// A read hit a damaged part of the workspace at the path; the store's reason.
  case damagedRead(String, reason: String)
  /// A backup wrote nothing at the path shown, for this reason.
  case backupFailed(String, reason: BackupProblem)

  /// The error in English, for logs and tests (the shell shows its own, translated, message).
  package var description: String {
    switch self {
    case .failed(let message): return message
    case .readOnly(let path, let reason): return "the workspace \(path) only reads (\(reason))"
    case .unreadable(let reason): return "the workspace could not be read: \(reason)"
    case .damagedRead(let path, let reason): return "the workspace \(path) is damaged: \(reason)"
    case .backupFailed(let path, let problem): return "no backup was written to \(path): \(problem)"
    }
  }
}
