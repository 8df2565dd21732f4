import Foundation
import PlatformFiles
import SMMCore

/// Reads the user's platform files (`$XDG_CONFIG_HOME/smm/platforms/<id>.yaml`, or the folder
/// given with `--catalog`) into overrides of the built-in catalog. A bad file is left out with
/// an error naming its file, line and field; the others still apply.
package enum PlatformOverrideLoader {
  /// What reading a folder gave: the overrides of the good files, the errors of the bad ones.
  package struct Result: Sendable {
    /// One override per good file.
    package var overrides: [PlatformOverride]
    /// One error per bad file.
    package var errors: [PlatformFileError]
  }

  /// The folder of the user's platform files: `--catalog DIR` if given, else
  /// `$XDG_CONFIG_HOME/smm/platforms`, else `~/.config/smm/platforms`.
  package static func directory(option: String?, environment: [String: String], home: String)
    -> String
  {
    if let option, !option.isEmpty { return option }
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      return config + "/smm/platforms"
    }
    return home + "/.config/smm/platforms"
  }

  /// Every `*.yaml` of `directory`, read and checked; none when it does not exist, unless
  /// `mustExist` (a folder named with `--catalog`), when that is an error.
  package static func load(_ directory: String, mustExist: Bool = false) -> Result {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder),
      isFolder.boolValue
    else {
      let errors =
        mustExist
        ? [
          PlatformFileError(
            path: directory, line: nil, field: nil,
            .init("noSuchFolder"))
        ] : []
      return Result(overrides: [], errors: errors)
    }
    var result = Result(overrides: [], errors: [])
    for path in PlatformDirectory.files(directory) {
      do throws(PlatformFileError) {
        let document = try PlatformDirectory.readFile(path)
        result.overrides.append(try override(document, checked: checkedDate(of: path)))
      } catch {
        result.errors.append(error)
      }
    }
    return result
  }

  /// The override `document` makes: the built-in entry of its platform with the fields it
  /// sets replaced. `checked` dates the values the file sets without citing a source.
  package static func override(_ document: PlatformDocument, checked: String)
    throws(PlatformFileError) -> PlatformOverride
  {
    let stem = ((document.path as NSString).lastPathComponent as NSString)
      .deletingPathExtension
    let id = document.id ?? stem
    guard let platform = Platform(rawValue: id) else {
      throw PlatformFileError(
        path: document.path, line: document.lines["id"], field: document.id == nil ? nil : "id",
        .init(
          "unknownPlatform",
          ["id": id, "platforms": Platform.allCases.map(\.rawValue).joined(separator: ", ")]))
    }
    var merger = PlatformOverrideMerger(
      document: document, entry: PlatformCatalog.builtInEntry(platform), checked: checked)
    try merger.apply()
    return PlatformOverride(entry: merger.entry, path: document.path, fields: document.setFields)
  }

  /// The day the file was last changed, `YYYY-MM-DD`.
  static func checkedDate(of path: String) -> String {
    let date =
      (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
      ?? Date()
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: date)
  }
}
