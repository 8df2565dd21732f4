import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Puts a whole file in place at once: it is written beside its target under a temporary name,
/// flushed to disk, then linked (never over an existing file) or renamed (replacing) into place.
/// A reader sees no file or the whole file, never a part.
enum FilePlacement {
  /// A temporary name in the folder of `path`, unique to this process.
  static func temporaryPath(beside path: String) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    let prefix = folder.isEmpty ? "" : folder + "/"
    return prefix + ".\(name).\(getpid()).\(UUID().uuidString.prefix(8)).tmp"
  }

  /// Writes `data` to `path` through a temporary file.
  /// - Returns: false, writing nothing, when `path` exists and `replacing` is false.
  /// - Throws: the system's reason when the file cannot be written.
  static func write(_ data: Data, to path: String, replacing: Bool) throws -> Bool {
    let temporary = temporaryPath(beside: path)
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard fd >= 0 else { throw SystemError.current() }
    var failure: SystemError?
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = .current()
          return
        }
        offset += written
      }
    }
    if failure == nil && fsync(fd) != 0 { failure = .current() }
    close(fd)
    if let failure {
      unlink(temporary)
      throw failure
    }
    return try place(temporary, at: path, replacing: replacing)
  }

  /// Moves the finished file `temporary` to `path`, then flushes the folder.
  /// - Returns: false, removing `temporary`, when `path` exists and `replacing` is false.
  static func place(_ temporary: String, at path: String, replacing: Bool) throws -> Bool {
    defer { unlink(temporary) }
    if replacing {
      guard rename(temporary, path) == 0 else { throw SystemError.current() }
    } else if link(temporary, path) != 0 {
      if errno == EEXIST { return false }
      throw SystemError.current()
    }
    syncFolder(of: path)
    return true
  }

  /// Flushes the folder holding `path`, so the new name survives a crash.
  static func syncFolder(of path: String) {
    let folder = (path as NSString).deletingLastPathComponent
    let fd = open(folder.isEmpty ? "." : folder, O_RDONLY)
    guard fd >= 0 else { return }
    fsync(fd)
    close(fd)
  }
}

/// An error of the system, with its text (`strerror`).
struct SystemError: Error, CustomStringConvertible {
  /// The `errno` value.
  var code: Int32

  /// The error that `errno` holds now.
  static func current() -> SystemError { SystemError(code: errno) }

  var description: String { String(cString: strerror(code)) }
}
