import Foundation
import SMMCore
import SMMShell
import Testing

struct JSONLinesSinkTests {
  @Test func encodesTheFourKeysInOrder() {
    let line = JSONLinesSink.encode(
      CommandResult(command: "/new acme", ok: true, output: ["Created", "Next"]), at: nil)
    #expect(
      line
        == #"{"command": "/new acme", "ok": true, "output": "Created\nNext", "error": null, "data": null}"#
    )
  }

  @Test func dataIsTheCommandsTypedResultAfterTheFourKeys() {
    struct Figure: Encodable { var name = "reach"; var value = 12 }
    let line = JSONLinesSink.encode(
      CommandResult(command: "/x", ok: true, data: CommandData(Figure())), at: nil)
    #expect(
      line
        == #"{"command": "/x", "ok": true, "output": null, "error": null, "data": {"name":"reach","value":12}}"#
    )
  }

  @Test func failuresCarryTheErrorAndLocation() throws {
    let line = JSONLinesSink.encode(
      CommandResult(command: "/x \"q\"\t", ok: false, error: "bad \u{1}"),
      at: SourceLocation(source: "a.smm", line: 3))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    #expect(object["command"] as? String == "/x \"q\"\t")
    #expect(object["ok"] as? Bool == false)
    #expect(object["output"] is NSNull)
    #expect(object["error"] as? String == "bad \u{1}")
    #expect(object["line"] as? Int == 3)
  }
}
