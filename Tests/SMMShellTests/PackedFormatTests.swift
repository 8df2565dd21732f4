import Foundation
import SMMCore
import SMMShellTestSupport
import Testing

@testable import SMMShell

/// The binary snapshot form (issue 16): a brand packed and read back is the same brand, JSON
/// snapshots of earlier versions still open, and damaged bytes are an error, never a crash or
/// a wrong brand.
struct PackedFormatTests {
  /// The brand a whole example session builds: profile, spaces, messages with variants,
  /// communities, risks, playbooks, in French.
  static func exampleBrand(_ name: String) throws -> BrandState {
    let shell = try TestShell()
    let script = try String(contentsOfFile: "examples/\(name).smm", encoding: .utf8)
    for line in script.split(separator: "\n") where !line.hasPrefix("#") {
      _ = shell.execute(String(line))
    }
    return try #require(shell.session.current?.state)
  }

  @Test(arguments: ["onboarding-bakery", "onboarding-b2b"])
  func aBrandReadsBackTheSame(_ example: String) throws {
    let state = try Self.exampleBrand(example)
    #expect(!state.content.messages.isEmpty, "the example writes messages")
    let packed = try BrandFold.encode(state)
    #expect(PackedFormat.isPacked(packed))
    #expect(try BrandFold.decodeSnapshot(packed) == state)
    let json = try JSONEncoder().encode(state)
    #expect(packed.count < json.count, "packed \(packed.count) bytes, JSON \(json.count)")
  }

  @Test func aJSONSnapshotOfAnEarlierVersionStillReads() throws {
    let state = try Self.exampleBrand("onboarding-bakery")
    let json = Array(try JSONEncoder().encode(state))
    #expect(!PackedFormat.isPacked(json))
    #expect(try BrandFold.decodeSnapshot(json) == state)
  }

  /// Every prefix of a packed brand and a sample of single-byte changes either fail to decode or
  /// decode to some brand; none crashes.
  @Test func damagedBytesAreAnErrorNotACrash() throws {
    let packed = try BrandFold.encode(try Self.exampleBrand("onboarding-b2b"))
    for length in stride(from: 0, to: packed.count, by: max(1, packed.count / 400)) {
      #expect(throws: (any Error).self) { try BrandFold.decodeSnapshot(Array(packed[..<length])) }
    }
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<300 {
      var bytes = packed
      let index = Int.random(in: PackedFormat.magic.count..<bytes.count, using: &generator)
      bytes[index] = UInt8.random(in: 0...255, using: &generator)
      _ = try? BrandFold.decodeSnapshot(bytes)
    }
  }

  /// Scalars at their limits, optionals, nested arrays and dictionaries with string and integer
  /// keys, through the same encoder and decoder.
  @Test func valuesAtTheirLimitsReadBack() throws {
    struct Sample: Codable, Equatable {
      var small = Int64.min
      var large = UInt64.max
      var negative = -1
      var byte: UInt8 = 255
      var real = -0.1
      var text = "é👩🏽‍💻\u{0}\"quote\""
      var empty = ""
      var missing: String? = nil
      var present: Int? = 0
      var flags = [true, false]
      var nested = [[1, 2], [], [3]]
      var byName = ["b": [1.5], "a": []]
      var byNumber = [3: "three", -1: "minus one"]
      var date = Date(timeIntervalSince1970: 1_768_469_400.25)
    }
    let sample = Sample()
    let packed = try PackedFormat.encode(sample)
    #expect(try PackedFormat.decode(Sample.self, from: packed) == sample)
  }

  /// Every kind of phrase value reads back as itself, packed and in JSON.
  @Test func everyPhraseValueReadsBack() throws {
    let phrase = Phrase(
      "test.all",
      [
        "text": .text("Leeds"), "number": .number(-3), "decimal": .decimal(2.5),
        "field": .profileField(.googleBusiness, "opening-hours"),
        "localized": .localized(LocalizedText(english: "hours", french: "horaires")),
        "command": .command(CommandRequest(["spaces", "why"], arguments: [.placeholder("P")])),
        "phrase": .phrase(Phrase("test.inner", ["n": .number(1)])),
      ])
    #expect(try PackedFormat.decode(Phrase.self, from: PackedFormat.encode(phrase)) == phrase)
    let json = try JSONEncoder().encode(phrase)
    #expect(try JSONDecoder().decode(Phrase.self, from: json) == phrase)
  }
}
