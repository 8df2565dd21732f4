@_exported import SMMStoreInterface

/// A ``ShellError`` thrown inside a store transaction refuses the command: the store passes it
/// on as it is and a batch goes on.
extension ShellError: WorkspaceRefusal {}

extension ShellError {
  /// The shell's error for what the store reported (same message, same case as before the
  /// store had its own target).
  package init(_ error: StoreError) {
    switch error {
    case .failed(let message): self = .workspace(message)
    case .readOnly(let path, let reason): self = .readOnlyWorkspace(path, reason: reason)
    case .unreadable(let reason): self = .workspaceUnreadable(reason)
    case .damagedRead(let path, let reason): self = .damagedRead(path, reason: reason)
    case .backupFailed(let path, let problem): self = .backupFailed(path, reason: problem)
    }
  }

  /// An error out of a store call, as the shell reports it.
  package static func fromStore(_ error: any Error) -> ShellError {
    switch error {
    case let shellError as ShellError: return shellError
    case let storeError as StoreError: return ShellError(storeError)
    default: return .workspace("the workspace failed: \(error)")
    }
  }
}
