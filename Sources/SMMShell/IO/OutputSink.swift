/// Where a line came from, for error messages (`onboarding.smm:12: error: …`).
package struct SourceLocation: Equatable, Sendable {
  /// The script's path as given, or `stdin`.
  package var source: String
  /// The 1-based line number.
  package var line: Int

  /// Creates a location.
  package init(source: String, line: Int) {
    self.source = source
    self.line = line
  }
}

/// Receives what the shell shows: echoed input and command results.
package protocol OutputSink: AnyObject {
  /// A physical line as read, after the prompt it was read at (`--echo`, transcripts).
  func echo(prompt: String, line: String)
  /// A command's result.
  func emit(_ result: CommandResult, at location: SourceLocation?)
  /// A message that is not a command's result (a read error, a banner).
  func message(_ text: String, isError: Bool)
  /// Writes out anything buffered.
  func flush()
}

extension OutputSink {
  /// The error lines of `result`, with the location prefix scripts get.
  func errorLines(_ result: CommandResult, at location: SourceLocation?) -> [String] {
    guard let error = result.error else { return [] }
    let prefix = location.map { "\($0.source):\($0.line): " } ?? ""
    let lines = error.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.enumerated().map { index, line in
      index == 0 ? "\(prefix)\(result.errorLabel) \(line)" : String(line)
    }
  }
}
