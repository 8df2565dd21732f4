import Foundation
import PlatformFiles

// platform-gen PLATFORMS_DIR OUTPUT_DIR: writes the Swift catalog from the platform files.
let arguments = CommandLine.arguments
guard arguments.count == 3 else {
  FileHandle.standardError.write(Data("usage: platform-gen PLATFORMS_DIR OUTPUT_DIR\n".utf8))
  exit(2)
}
do {
  let documents = try PlatformDirectory.read(arguments[1])
  for (name, text) in try SwiftCatalogWriter.files(documents) {
    let url = URL(fileURLWithPath: arguments[2]).appendingPathComponent(name)
    let old = try? String(contentsOf: url, encoding: .utf8)
    if old != text {
      try text.write(to: url, atomically: true, encoding: .utf8)
      print("wrote \(url.path)")
    }
  }
} catch {
  FileHandle.standardError.write(Data("platform-gen: \(error)\n".utf8))
  exit(1)
}
