/// A command line as the shell runs it: one or more physical lines joined by continuation
/// (`\` at the end of a line) or by a `"""` text block.
package struct LogicalLine: Equatable, Sendable {
  /// The joined text.
  package var text: String
  /// The physical lines it was made from, as typed (for `--echo` and transcripts).
  package var physicalLines: [String]
  /// The 1-based number of its first physical line in its source.
  package var lineNumber: Int

  /// Creates a logical line.
  package init(text: String, physicalLines: [String], lineNumber: Int) {
    self.text = text
    self.physicalLines = physicalLines
    self.lineNumber = lineNumber
  }
}
