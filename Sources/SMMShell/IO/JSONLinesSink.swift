import SMMCore

/// Writes every result as one JSON object per line on standard output:
/// `{"command":"...","data":null,"error":null,"ok":true,"output":"..."}` (keys sorted), plus
/// `"notes"`, `"hint"` and `"source"`/`"line"` when there are any.
///
/// `data` is always there: the command's typed result (``CommandData``: a triage, a ranking,
/// the steps of `/status`), or `null` when the command has none or failed.
package final class JSONLinesSink: OutputSink {
  private let base: FileDescriptorSink

  /// Writes to the file descriptor `out` (standard output by default).
  package init(out: Int32 = 1) {
    base = FileDescriptorSink(out: out, err: out)
  }

  package func echo(prompt: String, line: String) {}

  package func emit(_ result: CommandResult, at location: SourceLocation?) {
    base.message(Self.encode(result, at: location), isError: false)
  }

  package func message(_ text: String, isError: Bool) {
    let result = CommandResult(
      command: "", ok: !isError, output: isError ? [] : [text], error: isError ? text : nil)
    base.message(Self.encode(result, at: nil), isError: false)
  }

  package func flush() { base.flush() }

  /// One result as a JSON object on one line (``JSONLine``, keys sorted).
  package static func encode(_ result: CommandResult, at location: SourceLocation?) -> String {
    JSONOutput.compact(JSONLine(result, at: location))
  }
}
