import Foundation
import SMMFuzzTargets
import Testing

/// The fuzz targets run by a seeded generator: the corpus in `Tests/Fuzz/corpus/TARGET/`,
/// mutated (bit flips, insertions of quotes, backslashes, line breaks and control bytes,
/// deletions, splices) a fixed number of times, each target bounded in time. A failure names
/// the seed and the input, which `smm-fuzz TARGET FILE` replays once saved.
struct SeededFuzzTests {
  static let corpusFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fuzz/corpus")

  /// Inputs per target, and the time they may take (the first limit reached ends the run).
  static let iterations = 3_000
  static let timeLimit: Duration = .seconds(2)

  static func corpus(_ target: FuzzTarget) throws -> [[UInt8]] {
    let folder = corpusFolder.appendingPathComponent(target.rawValue)
    return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
      Array(try Data(contentsOf: folder.appendingPathComponent($0)))
    }
  }

  @Test(arguments: FuzzTarget.allCases)
  func seededMutationsKeepTheInvariants(target: FuzzTarget) throws {
    let seeds = try Self.corpus(target)
    #expect(!seeds.isEmpty, "no corpus for \(target)")
    for seed in seeds {
      let problems = target.run(seed)
      #expect(problems.isEmpty, "corpus input \(seed): \(problems)")
    }
    var generator = SplitMix64(seed: 0x5EED_0000 + UInt64(target.rawValue.utf8.count))
    let clock = ContinuousClock()
    let start = clock.now
    var ran = 0
    while ran < Self.iterations && clock.now - start < Self.timeLimit {
      let input = Mutator.mutate(seeds, using: &generator)
      let problems = target.run(input)
      if !problems.isEmpty {
        Issue.record(
          "\(target) input \(input.map { String(format: "%02x", $0) }.joined()): \(problems)")
        return
      }
      ran += 1
    }
    #expect(ran >= 200, "only \(ran) inputs ran in \(Self.timeLimit)")
  }
}

/// A small, seeded pseudo-random generator (SplitMix64), so every run tries the same inputs.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Mutations in the spirit of libFuzzer's, biased towards what the readers care about.
enum Mutator {
  /// Bytes that matter to the tokenizer, the assembler, the reader and the CSV parser.
  static let interesting: [[UInt8]] = [
    [0x22], [0x27], [0x5C], [0x22, 0x22, 0x22], [0x0A], [0x0D], [0x0D, 0x0A], [0x09], [0x20],
    [0x00], [0x1B], [0x7F], [0xC2, 0x9B], [0xFF], [0xEF, 0xBB, 0xBF], [0xE2, 0x82], [0x2C],
    [0x3B], [0x2F], [0x23], Array("--tag".utf8), Array("2026-W04".utf8), Array("instagram".utf8),
  ]

  static func mutate(_ seeds: [[UInt8]], using generator: inout SplitMix64) -> [UInt8] {
    var bytes = seeds.randomElement(using: &generator) ?? []
    for _ in 0..<Int.random(in: 1...6, using: &generator) {
      let position = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &generator)
      switch Int.random(in: 0..<6, using: &generator) {
      case 0 where !bytes.isEmpty:
        let index = min(position, bytes.count - 1)
        bytes[index] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &generator)
      case 1:
        bytes.insert(
          contentsOf: interesting.randomElement(using: &generator) ?? [], at: position)
      case 2 where !bytes.isEmpty:
        let end = min(bytes.count, position + Int.random(in: 1...8, using: &generator))
        bytes.removeSubrange(min(position, end)..<end)
      case 3:
        let other = seeds.randomElement(using: &generator) ?? []
        let cut = other.isEmpty ? 0 : Int.random(in: 0...other.count, using: &generator)
        bytes = Array(bytes.prefix(position)) + other.suffix(from: cut)
      case 4 where !bytes.isEmpty:
        let index = min(position, bytes.count - 1)
        bytes[index] = UInt8.random(in: 0...255, using: &generator)
      default:
        // Repeat a slice: long lines, many lines, deep nesting of quotes.
        let end = min(bytes.count, position + Int.random(in: 1...16, using: &generator))
        let slice = Array(bytes[min(position, end)..<end])
        for _ in 0..<Int.random(in: 1...20, using: &generator) {
          bytes.insert(contentsOf: slice, at: position)
        }
      }
    }
    return Array(bytes.prefix(FuzzTarget.maximumInputBytes))
  }
}
