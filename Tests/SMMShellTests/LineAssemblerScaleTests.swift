import Foundation
import SMMShell
import Testing

/// Line assembly costs time linear in the input: each physical line is scanned once.
struct LineAssemblerScaleTests {
  /// Feeds a `"""` block of `lines` lines and returns the seconds it took.
  static func assembleBlock(lines: Int) -> Double {
    let body = "a line of a statement, \"quoted\" and 'so'"
    let start = ContinuousClock.now
    var assembler = LineAssembler()
    _ = assembler.feed("/content message add \"\"\"", lineNumber: 1)
    for number in 0..<lines {
      _ = assembler.feed(body, lineNumber: number + 2)
    }
    let closed = assembler.feed("\"\"\"", lineNumber: lines + 2)
    let elapsed = ContinuousClock.now - start
    if case .line(let line) = closed {
      #expect(line.physicalLines.count == lines + 2)
    } else {
      Issue.record("the block did not close: \(closed)")
    }
    let parts = elapsed.components
    return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
  }

  /// The best of a few runs, so a busy machine does not make a run look slow.
  static func best(lines: Int, runs: Int = 5) -> Double {
    (0..<runs).map { _ in assembleBlock(lines: lines) }.min() ?? 0
  }

  @Test func sixteenTimesTheLinesCostsAboutSixteenTimesTheTime() {
    _ = Self.assembleBlock(lines: 1000)  // warm up
    let small = Self.best(lines: 1000)
    let large = Self.best(lines: 16000)
    let ratio = large / max(small, 1e-9)
    // Linear is 16; a re-scan per line (quadratic) is about 256. 128 leaves room for a loaded
    // machine without letting the quadratic assembler through.
    #expect(ratio <= 128, "1,000 lines: \(small) s, 16,000 lines: \(large) s, ratio \(ratio)")
  }

  @Test func continuationsOfManyLinesAreLinearToo() {
    func joined(_ lines: Int) -> Double {
      let start = ContinuousClock.now
      var assembler = LineAssembler()
      for number in 0..<lines {
        _ = assembler.feed("/brand set bio \"part\" \\", lineNumber: number + 1)
      }
      _ = assembler.feed("end", lineNumber: lines + 1)
      let parts = (ContinuousClock.now - start).components
      return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
    _ = joined(1000)
    let small = (0..<5).map { _ in joined(1000) }.min() ?? 0
    let large = (0..<5).map { _ in joined(16000) }.min() ?? 0
    #expect(large / max(small, 1e-9) <= 128, "1,000: \(small) s, 16,000: \(large) s")
  }
}
