import SMMCore
import SMMShell
import Testing

struct LineAssemblerTests {
  @Test func skipsBlankAndCommentLines() {
    var assembler = LineAssembler()
    #expect(assembler.feed("", lineNumber: 1) == .skip)
    #expect(assembler.feed("   ", lineNumber: 2) == .skip)
    #expect(assembler.feed("  # note", lineNumber: 3) == .skip)
  }

  @Test func joinsBackslashContinuations() {
    var assembler = LineAssembler()
    #expect(assembler.feed("/rename \\", lineNumber: 4) == .needsMore)
    #expect(assembler.isPending)
    guard case .line(let line) = assembler.feed("  Chez Paul", lineNumber: 5) else {
      Issue.record("expected a complete line")
      return
    }
    #expect(line.text == "/rename   Chez Paul")
    #expect(line.lineNumber == 4)
    #expect(line.physicalLines == ["/rename \\", "  Chez Paul"])
  }

  @Test func keepsTextBlocksOpenUntilClosed() {
    var assembler = LineAssembler()
    #expect(assembler.feed("/x \"\"\"", lineNumber: 1) == .needsMore)
    #expect(assembler.feed("# not a comment inside a block", lineNumber: 2) == .needsMore)
    #expect(assembler.feed("", lineNumber: 3) == .needsMore)
    guard case .line(let line) = assembler.feed("\"\"\"", lineNumber: 4) else {
      Issue.record("expected a complete line")
      return
    }
    #expect(line.text == "/x \"\"\"\n# not a comment inside a block\n\n\"\"\"")
  }

  @Test func reportsWhatIsLeftOpenAtTheEnd() {
    var assembler = LineAssembler()
    _ = assembler.feed("/x \"\"\"", lineNumber: 1)
    guard case .failed(.unterminatedTextBlock, _)? = assembler.finish() else {
      Issue.record("expected an unterminated text block")
      return
    }
    _ = assembler.feed("/x \\", lineNumber: 2)
    guard case .failed(.danglingContinuation, _)? = assembler.finish() else {
      Issue.record("expected a dangling continuation")
      return
    }
    #expect(assembler.finish() == nil)
  }

  @Test func refusesLogicalLinesOverOneMebibyte() {
    var assembler = LineAssembler()
    _ = assembler.feed("/x \"\"\"", lineNumber: 1)
    let chunk = String(repeating: "a", count: 200_000)
    var last: LineAssembler.Step = .needsMore
    for number in 2...7 { last = assembler.feed(chunk, lineNumber: number) }
    guard case .failed(.lineTooLong(_, let limit), _) = last else {
      Issue.record("expected line too long, got \(last)")
      return
    }
    #expect(limit == 1 << 20)
    #expect(!assembler.isPending)
  }
}
