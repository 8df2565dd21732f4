#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Free space where a file lives, to tell a full disk from other write failures.
enum DiskSpace {
  /// Whether the filesystem holding `path` (or its folder, when it does not exist yet) has no
  /// room left for a database page.
  static func isFull(at path: String) -> Bool {
    var info = statvfs()
    let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
      .joined(separator: "/")
    guard statvfs(path, &info) == 0 || statvfs(folder.isEmpty ? "." : folder, &info) == 0
    else { return false }
    return UInt64(info.f_bavail) * UInt64(info.f_frsize) < 8192
  }
}
