import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a text file for the user (`/save`, `/export`, `smm export -o`): never over a folder,
/// never over an existing file unless forced, and never half-written.
///
/// The text goes to a temporary file beside the target, `.NAME.smm-tmp-XXXXXX` (created
/// exclusively, with the mode of a new file under the umask), is written whole and synced;
/// then it is moved into place without replacing anything (without `force`: `renameat2` with
/// `RENAME_NOREPLACE`, else `link`; either fails when the target exists, so no other writer's
/// file is ever replaced) or renamed over the target (with `force`), and the folder is synced. A reader sees the old file or the whole new one, never a part. On any error
/// the temporary file is removed; only a process killed in the middle can leave one behind, and
/// its name says what it is.
package enum TextFile {
  /// The marker in the names of temporary files: `.plan.md.smm-tmp-A1b2C3`.
  package static let temporaryMarker = ".smm-tmp-"

  /// Writes `text` to `path` (resolved), shown to the user as `shown`. Without `force`, an
  /// existing file is kept and the write fails; with it, the file is replaced whole.
  package static func write(_ text: String, to path: String, shown: String, force: Bool)
    throws(ShellError)
  {
    try write(bytes: Array(text.utf8), to: path, shown: shown, force: force)
  }

  /// Writes `bytes` (a PDF, say) as ``write(_:to:shown:force:)`` writes a text.
  package static func write(bytes: [UInt8], to path: String, shown: String, force: Bool)
    throws(ShellError)
  {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      if isDirectory.boolValue {
        throw .cannotWriteFile(shown, reason: "it is a folder; give a file name")
      }
      if !force { throw .fileExists(shown) }
    }
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    let (fd, temporary) = try createTemporary(in: folder, for: url.lastPathComponent, shown: shown)
    var placed = false
    defer { if !placed { unlink(temporary) } }
    var failure = writeAll(fd, bytes)
    if failure == 0 && fsync(fd) != 0 { failure = errno }
    if failure != 0 {
      close(fd)
      throw .cannotWriteFile(shown, reason: describe(failure))
    }
    guard close(fd) == 0 else { throw .cannotWriteFile(shown, reason: describe(errno)) }
    try place(temporary, at: path, shown: shown, force: force)
    placed = true
  }

  /// A fresh name for a temporary file beside `path` (`.plan.md.smm-tmp-A1b2C3`), for a
  /// writer that creates the file itself (SQLite's backup).
  static func temporaryPath(beside path: String) -> String {
    let url = URL(fileURLWithPath: path)
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    let suffix = String((0..<6).map { _ in letters.randomElement() ?? "x" })
    return url.deletingLastPathComponent().path + "/." + url.lastPathComponent + temporaryMarker
      + suffix
  }

  /// Puts the complete file `temporary` at `path`: renamed over it with `force`, else only
  /// where no file is (``ShellError/fileExists(_:)`` otherwise); then flushes the folder.
  static func place(_ temporary: String, at path: String, shown: String, force: Bool)
    throws(ShellError)
  {
    if force {
      guard rename(temporary, path) == 0 else {
        throw .cannotWriteFile(shown, reason: describe(errno))
      }
    } else {
      try placeWithoutReplacing(temporary, at: path, shown: shown)
    }
    syncFolder(URL(fileURLWithPath: path).deletingLastPathComponent().path)
  }

  /// Moves `temporary` to `path` unless `path` exists: `renameat2(RENAME_NOREPLACE)` where
  /// the system has it (one step, nothing left behind), else `link` then `unlink`.
  private static func placeWithoutReplacing(_ temporary: String, at path: String, shown: String)
    throws(ShellError)
  {
    if let renameNoReplace = Self.renameNoReplace {
      if renameNoReplace(AT_FDCWD, temporary, AT_FDCWD, path, 1) == 0 { return }
      let code = errno
      if code == EEXIST { throw .fileExists(shown) }
      // EINVAL, ENOSYS: the file system cannot do it; link does the same in two steps.
      if code != EINVAL && code != ENOSYS { throw .cannotWriteFile(shown, reason: describe(code)) }
    }
    guard link(temporary, path) == 0 else {
      let code = errno
      if code == EEXIST { throw .fileExists(shown) }
      throw .cannotWriteFile(shown, reason: describe(code))
    }
    unlink(temporary)
  }

  private typealias RenameAt2 =
    @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32

  /// Linux's `renameat2` (glibc 2.28+), looked up once; Swift's Glibc module does not show it.
  private static let renameNoReplace: RenameAt2? = {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else {
      return nil
    }
    return unsafeBitCast(symbol, to: RenameAt2.self)
  }()

  /// Creates `.NAME.smm-tmp-XXXXXX` in `folder`, exclusively, for writing.
  private static func createTemporary(in folder: String, for name: String, shown: String)
    throws(ShellError) -> (Int32, String)
  {
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    for _ in 0..<32 {
      let suffix = String((0..<6).map { _ in letters.randomElement() ?? "x" })
      let temporary = folder + "/." + name + temporaryMarker + suffix
      let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      if fd >= 0 { return (fd, temporary) }
      if errno != EEXIST { throw .cannotWriteFile(shown, reason: describe(errno)) }
    }
    throw .cannotWriteFile(shown, reason: describe(EEXIST))
  }

  /// Writes every byte (retrying after a signal); returns 0 or the failing call's errno.
  private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32 {
    bytes.withUnsafeBytes { raw -> Int32 in
      guard let base = raw.baseAddress else { return 0 }
      var offset = 0
      while offset < raw.count {
        let written = Glibc.write(fd, base + offset, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += written
      }
      return 0
    }
  }

  /// Makes the new name durable: the folder's entry is synced (best effort: some file systems
  /// cannot sync a folder, and the file itself is already synced).
  private static func syncFolder(_ folder: String) {
    let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return }
    _ = fsync(fd)
    close(fd)
  }

  private static func describe(_ code: Int32) -> String {
    String(cString: strerror(code)).lowercased()
  }
}
