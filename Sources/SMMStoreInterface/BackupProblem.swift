/// Why a backup was not written.
package enum BackupProblem: Equatable, Sendable {
  /// The target is the workspace file itself.
  case sameFile
  /// The copy failed `PRAGMA integrity_check`; its first findings.
  case integrity(String)
  /// The copy does not hold what the workspace held ("brands/entries").
  case counts(expected: String, found: String)
  /// SQLite failed, with its message.
  case sqlite(String)
}
