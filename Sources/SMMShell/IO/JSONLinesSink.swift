/// Writes every result as one JSON object per line on standard output:
/// `{"command": "...", "ok": true, "output": "...", "error": null}`, plus `"notes"` and
/// `"source"`/`"line"` when there are any.
public final class JSONLinesSink: OutputSink {
  private let base: FileDescriptorSink

  /// Writes to the file descriptor `out` (standard output by default).
  public init(out: Int32 = 1) {
    base = FileDescriptorSink(out: out, err: out)
  }

  public func echo(prompt: String, line: String) {}

  public func emit(_ result: CommandResult, at location: SourceLocation?) {
    base.message(Self.encode(result, at: location), isError: false)
  }

  public func message(_ text: String, isError: Bool) {
    let result = CommandResult(
      command: "", ok: !isError, output: isError ? [] : [text], error: isError ? text : nil)
    base.message(Self.encode(result, at: nil), isError: false)
  }

  public func flush() { base.flush() }

  /// One result as a JSON object on one line.
  public static func encode(_ result: CommandResult, at location: SourceLocation?) -> String {
    var json = "{\"command\": \(string(result.command)), \"ok\": \(result.ok), \"output\": "
    json += result.output.isEmpty ? "null" : string(result.output.joined(separator: "\n"))
    json += ", \"error\": " + (result.error.map(string) ?? "null")
    if !result.notes.isEmpty {
      json += ", \"notes\": [" + result.notes.map(string).joined(separator: ", ") + "]"
    }
    if let hint = result.hint {
      json += ", \"hint\": \(string(hint))"
    }
    if let location {
      json += ", \"source\": \(string(location.source)), \"line\": \(location.line)"
    }
    return json + "}"
  }

  /// A JSON string literal.
  public static func string(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
