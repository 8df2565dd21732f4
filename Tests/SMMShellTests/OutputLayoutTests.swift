import Foundation
import Testing

@testable import SMMShell

#if canImport(Glibc)
  import Glibc
#endif

/// How results are laid out on their way out: what a request in plain words ran comes before
/// the notes about it, and on a terminal every line is wrapped at word boundaries.
struct OutputLayoutTests {
  /// A result as a request in plain words gives it: the `»` line first, then a note.
  static let ranFromText: CommandResult = {
    var result = CommandResult(
      command: "/content pillars add \"how we work\"", ok: true,
      output: ["» /content pillars add \"how we work\"", "Pillars of Acme (1 of 3–5):"],
      notes: ["note: going ahead of the method to step 2"])
    result.leadingLines = 1
    return result
  }()

  @Test func notesFollowTheLineThatSaysWhatRan() {
    let recorder = TranscriptRecorder()
    recorder.emit(Self.ranFromText, at: nil)
    #expect(
      recorder.lines == [
        "» /content pillars add \"how we work\"",
        "stderr: note: going ahead of the method to step 2", "Pillars of Acme (1 of 3–5):",
      ])
  }

  @Test func anAnswerThatRunsACommandKeepsThatOrder() {
    // The answer to "which one?" runs its command; the question's output keeps the » line first.
    let output = CommandOutput(ranFrom: Self.ranFromText, effect: nil)
    #expect(output.leadingLines == 1)
  }

  @Test func theTextSinkKeepsThatOrderAcrossItsTwoStreams() throws {
    let text = try Self.written(width: nil) { $0.emit(Self.ranFromText, at: nil) }
    #expect(
      text
        == "» /content pillars add \"how we work\"\nnote: going ahead of the method to step 2\n"
        + "Pillars of Acme (1 of 3–5):\n")
  }

  @Test func aTerminalGetsEveryLineWrappedAtWordBoundaries() throws {
    let question =
      "What does Office de Tourisme du Lac d'Annecy do, in a few words? (e.g. artisan bakery, "
      + "B2B software) [8 to go; /skip, /stop]"
    let text = try Self.written(width: 40) { sink in
      sink.emit(
        CommandResult(
          command: "/new", ok: false, output: [question], error: "a long error " + question,
          notes: ["note: " + question], hint: "→ next: " + question),
        at: nil)
      sink.message(question, isError: false)
    }
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.count > 10)
    for line in lines {
      #expect(TextWidth.columns(line) <= 40, "\(line)")
    }
    // Every word arrives whole: no word is cut at the edge.
    let words = Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }))
    #expect(words.contains("/skip,") && words.contains("/stop]") && words.contains("d'Annecy"))
  }

  @Test func fitLeavesShortLinesAndIndentsContinuations() {
    #expect(TextWrap.fit("  short", width: 20) == ["  short"])
    #expect(
      TextWrap.fit("  one two three four", width: 12) == ["  one two", "    three", "    four"])
    // Emoji take two columns: 🏔️🏔️ ab is seven.
    #expect(TextWrap.fit("🏔️🏔️ ab", width: 6) == ["🏔️🏔️", "  ab"])
  }

  /// What a text sink writes, both streams into one pipe, wrapping to `width` when given.
  static func written(width: Int?, _ body: (FileDescriptorSink) -> Void) throws -> String {
    var fds: [Int32] = [0, 0]
    try #require(pipe(&fds) == 0)
    let sink = FileDescriptorSink(out: fds[1], err: fds[1])
    if let width { sink.width = { width } }
    body(sink)
    sink.flush()
    close(fds[1])
    let data = FileHandle(fileDescriptor: fds[0], closeOnDealloc: true).readDataToEndOfFile()
    return String(decoding: data, as: UTF8.self)
  }
}
