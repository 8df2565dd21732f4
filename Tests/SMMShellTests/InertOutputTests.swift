import Foundation
import SMMCore
import SMMShell
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Control codes from a user or a file are shown visible and inert; the shell's own colours
/// still work.
struct InertOutputTests {
  @Test func controlCharactersBecomeVisible() {
    #expect(TerminalText.inert("a\u{1B}]52;c;ZXZpbA==\u{07}b") == "a␛]52;c;ZXZpbA==␇b")
    #expect(TerminalText.inert("\u{0}\r\u{7F}") == "␀␍␡")
    #expect(TerminalText.inert("x\u{9B}31m") == "x\\u{9B}31m")
    #expect(TerminalText.inert("tab\tand\nline, é ☃") == "tab\tand\nline, é ☃")
  }

  /// Everything the sink writes to two pipes, as bytes.
  func written(useColor: Bool, _ body: (FileDescriptorSink) -> Void) throws -> (
    out: [UInt8], err: [UInt8]
  ) {
    var out: [Int32] = [0, 0]
    var err: [Int32] = [0, 0]
    #expect(pipe(&out) == 0 && pipe(&err) == 0)
    do {
      let sink = FileDescriptorSink(out: out[1], err: err[1], useColor: useColor)
      body(sink)
      sink.flush()
    }
    close(out[1])
    close(err[1])
    func drain(_ fd: Int32) -> [UInt8] {
      var bytes: [UInt8] = []
      var chunk = [UInt8](repeating: 0, count: 4096)
      while true {
        let count = read(fd, &chunk, chunk.count)
        if count <= 0 { break }
        bytes += chunk[0..<count]
      }
      close(fd)
      return bytes
    }
    return (drain(out[0]), drain(err[0]))
  }

  @Test func theSinkShowsEveryTextInertAndKeepsItsColours() throws {
    let payload = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}"
    let (out, err) = try written(useColor: true) { sink in
      sink.echo(prompt: "smm> ", line: "/renam" + payload)
      var result = CommandResult(
        command: "x", ok: false, output: ["out " + payload], error: "unknown /renam" + payload,
        notes: ["note " + payload])
      result.hint = "hint " + payload
      sink.emit(result, at: SourceLocation(source: "evil" + payload, line: 2))
      sink.message("message " + payload, isError: true)
    }
    let shownOut = String(decoding: out, as: UTF8.self)
    let shownErr = String(decoding: err, as: UTF8.self)
    #expect(
      !out.contains(0x1B) && !out.contains(0x07) && !shownOut.unicodeScalars.contains("\u{9B}"))
    #expect(shownOut.contains("smm> /renam␛]0;pwned␇␛[2J\\u{9B}"))
    #expect(shownOut.contains("out ␛]0;pwned"))
    #expect(shownOut.contains("hint ␛]0;pwned"))
    #expect(shownErr.contains("evil␛]0;pwned␇␛[2J\\u{9B}:2: "))
    #expect(shownErr.contains("note ␛]0;pwned"))
    #expect(shownErr.contains("message ␛]0;pwned"))
    // The only escapes on standard error are the sink's own colours.
    let withoutColours = shownErr.replacingOccurrences(of: "\u{1B}[31m", with: "")
      .replacingOccurrences(of: "\u{1B}[33m", with: "").replacingOccurrences(
        of: "\u{1B}[0m", with: "")
    #expect(shownErr.contains("\u{1B}[31m") && shownErr.contains("\u{1B}[33m"))
    #expect(!withoutColours.unicodeScalars.contains { ControlCharacters.isForbidden($0) })
  }

  @Test func jsonEscapesC1AndDeleteToo() {
    #expect(JSONOutput.compact(["a\u{1B}\u{7F}\u{9B}"]) == #"["a\u001b\u007f\u009b"]"#)
  }
}
