import Foundation

/// The platform files of a folder: every `*.yaml` in it, in name order.
public enum PlatformDirectory {
  /// The paths of the folder's platform files, sorted; none when it does not exist.
  public static func files(_ directory: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map {
      (directory as NSString).appendingPathComponent($0)
    }
  }

  /// Every platform file of `directory`, read.
  public static func read(_ directory: String) throws(PlatformFileError) -> [PlatformDocument] {
    var documents: [PlatformDocument] = []
    for path in files(directory) {
      documents.append(try readFile(path))
    }
    return documents
  }

  /// The platform file at `path`, read; its id must match its name (`x.yaml` holds `id: x`).
  public static func readFile(_ path: String) throws(PlatformFileError) -> PlatformDocument {
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw PlatformFileError(
        path: path, line: nil, field: nil,
        .init("unreadable"))
    }
    let document = try PlatformFileReader.read(text, path: path)
    let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    if let id = document.id, id != stem {
      throw PlatformFileError(
        path: path, line: document.lines["id"], field: "id",
        .init("idMismatch", ["id": id, "name": stem]))
    }
    return document
  }
}
