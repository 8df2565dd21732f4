import Foundation
import SMMCore
import SMMShell
import Testing

struct ByteLineReaderTests {
  /// A reader over `bytes` written to a temporary file.
  func reader(_ bytes: [UInt8]) throws -> ByteLineReader {
    let path = NSTemporaryDirectory() + "smm-lines-" + UUID().uuidString
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return try ScriptFile.open(path, shownAs: "test")
  }

  func readAll(_ reader: ByteLineReader) -> [LineInput] {
    var inputs: [LineInput] = []
    while true {
      let input = reader.read(prompt: "")
      if input == .endOfInput { return inputs }
      inputs.append(input)
    }
  }

  @Test func splitsLinesAndKeepsALastLineWithoutBreak() throws {
    let inputs = readAll(try reader(Array("one\ntwo\r\n\nthree".utf8)))
    #expect(inputs == [.line("one"), .line("two"), .line(""), .line("three")])
  }

  @Test func dropsAByteOrderMark() throws {
    let inputs = readAll(try reader([0xEF, 0xBB, 0xBF] + Array("/status\n".utf8)))
    #expect(inputs == [.line("/status")])
  }

  @Test func reportsInvalidUTF8AndGoesOn() throws {
    let inputs = readAll(
      try reader(Array("ok\n".utf8) + [0x61, 0xFF, 0x62, 0x0A] + Array("é\n".utf8)))
    #expect(inputs == [.line("ok"), .malformed(.invalidUTF8(byteOffset: 1)), .line("é")])
  }

  @Test(arguments: [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]])
  func rejectsOverlongSurrogateAndTruncatedForms(_ bad: [UInt8]) throws {
    let inputs = readAll(try reader(bad + [0x0A]))
    guard case .malformed(.invalidUTF8)? = inputs.first else {
      Issue.record("expected invalid UTF-8, got \(inputs)")
      return
    }
  }

  @Test func refusesAOneMegabyteLineWithoutLosingTheNext() throws {
    let huge = [UInt8](repeating: 0x61, count: 1 << 20)
    let inputs = readAll(try reader(huge + [0x0A] + Array("/status\n".utf8)))
    #expect(inputs.count == 2)
    #expect(
      inputs.first
        == .malformed(.lineTooLong(bytes: 1 << 20, limit: ByteLineReader.maximumLineBytes)))
    #expect(inputs.last == .line("/status"))
  }

  @Test func refusesMissingScriptsAndFolders() {
    #expect(throws: ShellError.self) { try ScriptFile.open("/nonexistent/x.smm", shownAs: "x.smm") }
    #expect(throws: ShellError.self) { try ScriptFile.open(NSTemporaryDirectory(), shownAs: "tmp") }
  }
}
