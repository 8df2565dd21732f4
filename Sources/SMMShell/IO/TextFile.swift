import Foundation

/// Writes a text file for the user (`/save`, `/export`, `smm export -o`): never over a folder,
/// never over an existing file unless forced, and never half-written.
public enum TextFile {
  /// Writes `text` to `path` (resolved), shown to the user as `shown`. Without `force`, an
  /// existing file is kept and the write fails; with it, the file is replaced whole.
  public static func write(_ text: String, to path: String, shown: String, force: Bool)
    throws(ShellError)
  {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      if isDirectory.boolValue {
        throw .cannotWriteFile(shown, reason: "it is a folder; give a file name")
      }
      if !force { throw .fileExists(shown) }
    }
    do {
      // Without --force the file must still not exist when it is written (no race with
      // another writer): create it exclusively.
      try Data(text.utf8).write(
        to: URL(fileURLWithPath: path), options: force ? .atomic : .withoutOverwriting)
    } catch {
      throw .cannotWriteFile(shown, reason: Workspace.reason(error))
    }
  }
}
