import SMMCore

/// Records a session as a transcript: echoed input after its prompt, output lines as they are,
/// and standard-error lines prefixed with `stderr: `. Used by transcript tests. Like the text
/// sink, it shows control characters inert (``TerminalText/inert(_:)``).
package final class TranscriptRecorder: OutputSink {
  /// The lines so far.
  package private(set) var lines: [String] = []

  /// An empty transcript.
  package init() {}

  package func echo(prompt: String, line: String) {
    lines.append(TerminalText.inert(prompt + line))
  }

  package func emit(_ result: CommandResult, at location: SourceLocation?) {
    let before = lines.count
    defer { for index in before..<lines.count { lines[index] = TerminalText.inert(lines[index]) } }
    let leading = min(result.leadingLines, result.output.count)
    lines += result.output.prefix(leading)
    lines += result.notes.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }
      .map { "stderr: \($0)" }
    lines += result.output.dropFirst(leading)
    lines += errorLines(result, at: location).map { "stderr: \($0)" }
    if let hint = result.hint { lines.append(hint) }
  }

  package func message(_ text: String, isError: Bool) {
    lines.append(TerminalText.inert(isError ? "stderr: \(text)" : text))
  }

  package func flush() {}

  /// The transcript as one text, ending with a line break.
  package var text: String { lines.map { $0 + "\n" }.joined() }
}
