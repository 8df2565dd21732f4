import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Opens script files for replay, with errors that say what to fix.
package enum ScriptFile {
  /// A reader over the script at `path` (already resolved to an absolute path).
  /// - Parameter shownAs: the path as the user wrote it, for messages.
  /// - Throws: ``ShellError/cannotReadFile(_:reason:)`` when it is missing, a folder or
  ///   unreadable.
  package static func open(_ path: String, shownAs: String) throws(ShellError) -> ByteLineReader {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      let folder = (path as NSString).deletingLastPathComponent
      throw .cannotReadFile(
        shownAs, reason: "no such file in \(folder); check the name and the folder")
    }
    if isDirectory.boolValue {
      throw .cannotReadFile(
        shownAs, reason: "it is a folder, not a script; name a .smm file inside it")
    }
    let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      throw .cannotReadFile(shownAs, reason: String(cString: strerror(errno)))
    }
    return ByteLineReader(fileDescriptor: fd, closeWhenDone: true)
  }
}
