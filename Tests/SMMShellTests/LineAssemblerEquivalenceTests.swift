import SMMShell
import Testing

/// The incremental assembler gives exactly what a full re-scan of the pending text gives, on
/// seeded random scripts made of the pieces that matter: quotes, `"""`, backslashes, comments.
struct LineAssemblerEquivalenceTests {
  /// The reference: re-scans the whole pending text with `Tokenizer.openness` on every line.
  struct RescanningAssembler {
    var buffer = ""
    var physical: [String] = []
    var firstLine = 0

    mutating func feed(_ raw: String, lineNumber: Int) -> LineAssembler.Step {
      if physical.isEmpty {
        let trimmed = raw.drop(while: { $0 == " " || $0 == "\t" })
        if trimmed.isEmpty || trimmed.first == "#" { return .skip }
        firstLine = lineNumber
        buffer = raw
      } else {
        buffer += raw
      }
      physical.append(raw)
      let openness: Tokenizer.Openness
      if physical.count == 1 && raw.drop(while: { $0 == " " || $0 == "\t" }).first != "/" {
        openness = .complete
      } else {
        do {
          openness = try Tokenizer.openness(of: buffer)
        } catch {
          let line = LogicalLine(text: buffer, physicalLines: physical, lineNumber: firstLine)
          physical = []
          return .failed(error, line)
        }
      }
      switch openness {
      case .complete:
        let line = LogicalLine(text: buffer, physicalLines: physical, lineNumber: firstLine)
        physical = []
        return .line(line)
      case .openTextBlock:
        buffer += "\n"
        return .needsMore
      case .trailingBackslash:
        buffer.removeLast()
        return .needsMore
      }
    }
  }

  /// A small deterministic generator (SplitMix64).
  struct Seeded {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(bound))
    }
  }

  static let pieces = [
    "/x", " ", "a", "é", "\"", "'", "\"\"\"", "\"\"", "\\", "\\\\", "\\\"", "#", "\t", "b c",
  ]

  @Test func matchesAFullRescanOnRandomScripts() {
    var random = Seeded(state: 11)
    for _ in 0..<3000 {
      var incremental = LineAssembler()
      var reference = RescanningAssembler()
      for number in 1...(1 + random.next(8)) {
        var line = random.next(3) == 0 ? "/x " : ""
        for _ in 0..<random.next(6) { line += Self.pieces[random.next(Self.pieces.count)] }
        let got = incremental.feed(line, lineNumber: number)
        let want = reference.feed(line, lineNumber: number)
        #expect(got == want, "line \(number): \(line.debugDescription)")
        if got != want { return }
      }
    }
  }
}
