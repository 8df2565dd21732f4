import Foundation
import SMMCore
import SMMShell
import Testing

struct JSONLinesSinkTests {
  @Test func encodesTheFourKeysAndDataSorted() {
    let line = JSONLinesSink.encode(
      CommandResult(command: "/new acme", ok: true, output: ["Created", "Next"]), at: nil)
    #expect(
      line
        == #"{"command":"/new acme","data":null,"error":null,"ok":true,"output":"Created\nNext"}"#
    )
  }

  @Test func dataIsTheCommandsTypedResult() {
    struct Figure: Encodable, Sendable { var name = "reach"; var value = 12 }
    let line = JSONLinesSink.encode(
      CommandResult(command: "/x", ok: true, data: CommandData(Figure())), at: nil)
    #expect(
      line
        == #"{"command":"/x","data":{"name":"reach","value":12},"error":null,"ok":true,"output":null}"#
    )
  }

  @Test func notesHintAndLocationOnlyWhenThereAreAny() throws {
    let bare = JSONLinesSink.encode(CommandResult(command: "/x", ok: true), at: nil)
    for key in ["notes", "hint", "source", "line"] { #expect(!bare.contains("\"\(key)\"")) }
    let full = JSONLinesSink.encode(
      CommandResult(command: "/x", ok: true, notes: ["n/1"], hint: "h"),
      at: SourceLocation(source: "dir/a.smm", line: 7))
    #expect(
      full.hasSuffix(
        #""hint":"h","line":7,"notes":["n/1"],"ok":true,"output":null,"source":"dir/a.smm"}"#))
  }

  @Test func failuresCarryTheErrorAndLocation() throws {
    let line = JSONLinesSink.encode(
      CommandResult(command: "/x \"q\"\t", ok: false, error: "bad \u{1}\u{9B}"),
      at: SourceLocation(source: "a.smm", line: 3))
    #expect(line.contains(#""error":"bad \u0001\u009b""#), "control characters escaped")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    #expect(object["command"] as? String == "/x \"q\"\t")
    #expect(object["ok"] as? Bool == false)
    #expect(object["output"] is NSNull)
    #expect(object["error"] as? String == "bad \u{1}\u{9B}")
    #expect(object["source"] as? String == "a.smm")
    #expect(object["line"] as? Int == 3)
  }
}
