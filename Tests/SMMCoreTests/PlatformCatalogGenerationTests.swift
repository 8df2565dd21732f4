import Foundation
import PlatformFiles
import Testing

@testable import SMMCore

/// The generated catalog is what the platform files say: regenerating from `platforms/*.yaml`
/// gives the Swift files checked in, byte for byte.
@Suite struct PlatformCatalogGenerationTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  @Test func generatedSwiftIsFreshFromThePlatformFiles() throws {
    let documents = try PlatformDirectory.read(Self.root.appendingPathComponent("platforms").path)
    #expect(documents.count == Platform.allCases.count)
    let files = try SwiftCatalogWriter.files(documents)
    let generated = Self.root.appendingPathComponent("Sources/SMMCore/Platforms/Generated")
    for (name, text) in files {
      let checkedIn = try String(
        contentsOf: generated.appendingPathComponent(name), encoding: .utf8)
      #expect(
        checkedIn == text, "\(name) is stale: run scripts/gen-platforms and commit the result")
    }
  }
}
