/// Why a batch (a script replay) could not be saved: a write or a commit in it failed, and the
/// whole batch was rolled back to its last commit.
package struct BatchFailure: Equatable, Sendable {
  /// Whether the disk is full.
  package var diskFull: Bool
  /// What the store said.
  package var reason: String
  /// The error the failing command, and every later write of the batch, gets.
  package var error: StoreError

  package init(diskFull: Bool, reason: String, error: StoreError) {
    self.diskFull = diskFull
    self.reason = reason
    self.error = error
  }
}
