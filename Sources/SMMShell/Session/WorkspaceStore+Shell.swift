import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The store's calls with the shell's errors (``ShellError``), for the session and commands.
extension WorkspaceStore {
  /// ``WorkspaceStore/read(_:)``, throwing ``ShellError``.
  func reading<T>(_ body: (any WorkspaceReader) throws -> T) throws(ShellError) -> T {
    do { return try read(body) } catch { throw ShellError.fromStore(error) }
  }

  /// ``WorkspaceStore/readTogether(_:)``, throwing ``ShellError``.
  func readingTogether<T>(_ body: (any WorkspaceReader) throws -> T) throws(ShellError) -> T {
    do { return try readTogether(body) } catch { throw ShellError.fromStore(error) }
  }

  /// ``WorkspaceStore/write(_:)``, throwing ``ShellError``.
  func writing<T>(_ body: (any WorkspaceWriter) throws -> T) throws(ShellError) -> T {
    do { return try write(body) } catch { throw ShellError.fromStore(error) }
  }
}

extension WorkspaceStore {
  /// Copies the whole workspace to `path` as one checked, self-contained file: the store writes
  /// the copy under a temporary name beside `path`, then it is moved into place (``TextFile``).
  /// - Parameters:
  ///   - shown: `path` as the user wrote it, for messages.
  ///   - replacing: whether an existing file at `path` may be replaced.
  /// - Throws: ``ShellError/fileExists(_:)`` when `path` exists and `replacing` is false, or
  ///   ``ShellError/backupFailed(_:reason:)``; nothing is left at `path` then.
  package func backup(to path: String, shown: String, replacing: Bool) throws(ShellError)
    -> WorkspaceBackup
  {
    if isWorkspaceFile(path) {
      throw .backupFailed(shown, reason: .sameFile)
    }
    if !replacing && FileManager.default.fileExists(atPath: path) {
      throw .fileExists(shown)
    }
    let temporary = TextFile.temporaryPath(beside: path)
    defer { unlink(temporary) }
    let backup: WorkspaceBackup
    do {
      backup = try self.backup(into: temporary, shown: shown)
    } catch {
      throw ShellError(error)
    }
    try TextFile.place(temporary, at: path, shown: shown, force: replacing)
    return backup
  }
}
