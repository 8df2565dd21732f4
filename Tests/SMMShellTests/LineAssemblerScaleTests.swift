import SMMShell
import Testing

/// Line assembly does work linear in the input: each scalar is scanned about once. The work is
/// counted (``LineAssembler/scannedScalars``), not timed, so a loaded machine cannot fail it.
struct LineAssemblerScaleTests {
  /// The scalars scanned stay within twice the scalars fed, however long the block (a re-scan per line would scan about lines² / 2 lines' worth).
  @Test(arguments: [1000, 16000]) func eachScalarOfABlockIsScannedAboutOnce(lines: Int) {
    let body = "a line of a statement, \"quoted\" and 'so'"
    var assembler = LineAssembler()
    var fed = 0
    var last: LineAssembler.Step = .skip
    for (number, line)
      in (["/content message add \"\"\""] + Array(repeating: body, count: lines)
      + ["\"\"\""]).enumerated()
    {
      fed += line.unicodeScalars.count + 1
      last = assembler.feed(line, lineNumber: number + 1)
    }
    if case .line(let line) = last {
      #expect(line.physicalLines.count == lines + 2)
    } else {
      Issue.record("the block did not close: \(last)")
    }
    #expect(assembler.scannedScalars >= fed - lines - 2)
    #expect(assembler.scannedScalars <= 2 * fed, "fed \(fed), scanned \(assembler.scannedScalars)")
  }

  /// Trailing backslashes re-scan only the last constructs of a line, so they stay linear too.
  @Test func eachScalarOfAContinuedLineIsScannedAboutOnce() {
    var assembler = LineAssembler()
    var fed = 0
    for number in 0..<16000 {
      let line = "/brand set bio \"part\" \\"
      fed += line.unicodeScalars.count
      _ = assembler.feed(line, lineNumber: number + 1)
    }
    _ = assembler.feed("end", lineNumber: 16001)
    fed += 3
    #expect(assembler.scannedScalars <= 2 * fed, "fed \(fed), scanned \(assembler.scannedScalars)")
  }
}
