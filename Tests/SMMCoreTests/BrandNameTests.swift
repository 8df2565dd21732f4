import Foundation
import SMMCore
import Testing

struct BrandNameTests {
  @Test func trimsSurroundingSpace() throws {
    #expect(try BrandName("  Chez Paul \t").value == "Chez Paul")
  }

  @Test(arguments: ["", "   ", "\t"])
  func rejectsEmptyNames(_ raw: String) {
    #expect(throws: SMMCoreError.self) { try BrandName(raw) }
  }

  @Test func rejectsControlCharacters() {
    #expect(throws: SMMCoreError.self) { try BrandName("two\nlines") }
    #expect(throws: SMMCoreError.self) { try BrandName("a\u{7}bell") }
  }

  @Test func countsCharactersNotBytes() throws {
    let flags = String(repeating: "🇫🇷", count: BrandName.maximumLength)
    #expect(try BrandName(flags).value.count == BrandName.maximumLength)
    #expect(throws: SMMCoreError.self) { try BrandName(flags + "x") }
    #expect(try BrandName("café 日本").value == "café 日本")
  }

  @Test func tooLongNamesSayTheLimit() {
    do {
      _ = try BrandName(String(repeating: "a", count: 81))
      Issue.record("expected an error")
    } catch {
      #expect("\(error)".contains("at most 80 characters, this one has 81"))
    }
  }

  @Test func codableRoundTripValidates() throws {
    let data = try JSONEncoder().encode(try BrandName("acme"))
    #expect(String(decoding: data, as: UTF8.self) == "\"acme\"")
    #expect(try JSONDecoder().decode(BrandName.self, from: data).value == "acme")
    #expect(throws: (any Error).self) {
      try JSONDecoder().decode(BrandName.self, from: Data("\"\"".utf8))
    }
  }
}
