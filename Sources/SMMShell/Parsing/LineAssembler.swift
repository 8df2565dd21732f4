/// Turns physical lines into logical lines: drops blank and `#` comment lines, joins lines
/// that end with a backslash, and keeps a `"""` text block open until it closes. Free text
/// (a line that does not start with `/`) is one line as typed: its apostrophes are not quotes.
package struct LineAssembler: Sendable {
  /// The outcome of feeding one physical line.
  package enum Step: Equatable, Sendable {
    /// A logical line is complete.
    case line(LogicalLine)
    /// The line continues: read another one (show the continuation prompt).
    case needsMore
    /// Nothing to run: a blank or comment line.
    case skip
    /// The logical line is malformed; it is dropped.
    case failed(ShellError, LogicalLine)
  }

  /// The longest logical line accepted, in UTF-8 bytes (1 MiB).
  package static let maximumLogicalLineBytes = 1 << 20

  private var buffer = ""
  private var physical: [String] = []
  private var firstLine = 0
  private var bufferBytes = 0
  /// What the pending text leaves open, kept across lines so each line is scanned once.
  private var scanner = OpennessScanner()

  /// Scalars scanned by the scanners of finished logical lines.
  private var scannedBefore = 0

  /// An assembler with nothing pending.
  package init() {}

  /// How many scalars the assembler has scanned so far, over every line fed: a measure of its
  /// work that does not depend on the machine's load (assembly is linear when this stays
  /// within a small multiple of the scalars fed).
  package var scannedScalars: Int { scannedBefore + scanner.scanned }

  /// Whether a logical line has started and awaits more physical lines.
  package var isPending: Bool { !physical.isEmpty }

  /// Feeds the physical line numbered `lineNumber` (1-based) of its source.
  package mutating func feed(_ raw: String, lineNumber: Int) -> Step {
    if !isPending {
      let trimmed = raw.drop(while: { $0 == " " || $0 == "\t" })
      if trimmed.isEmpty || trimmed.first == "#" { return .skip }
      firstLine = lineNumber
      scannedBefore += scanner.scanned
      scanner = OpennessScanner()
    }
    physical.append(raw)
    bufferBytes += raw.utf8.count + 1
    if bufferBytes > Self.maximumLogicalLineBytes {
      buffer += raw
      return fail(.lineTooLong(bytes: bufferBytes, limit: Self.maximumLogicalLineBytes))
    }
    let openness: Tokenizer.Openness
    if physical.count == 1
      && (raw.drop(while: { $0 == " " || $0 == "\t" }).first != "/"
        || !raw.utf8.contains(where: { $0 == 0x22 || $0 == 0x27 || $0 == 0x5C }))
    {
      // Free text (an answer, a request: "c'est faux") is taken as typed; a command with no
      // quote and no backslash is complete without a scan.
      openness = .complete
    } else {
      do {
        openness = try scanner.append(raw)
      } catch {
        buffer += raw
        return fail(error)
      }
    }
    switch openness {
    case .complete:
      buffer += raw
      let line = LogicalLine(text: buffer, physicalLines: physical, lineNumber: firstLine)
      reset()
      return .line(line)
    case .openTextBlock:
      buffer += raw
      buffer += "\n"
      scanner.appendLineBreak()
      return .needsMore
    case .trailingBackslash:
      // The text is joined without the backslash (appended after the scan, never removed).
      buffer += raw.dropLast()
      scanner.dropTrailingBackslash()
      return .needsMore
    }
  }

  /// Ends the input: reports a logical line left open, if any.
  package mutating func finish() -> Step? {
    guard isPending else { return nil }
    let error: ShellError =
      buffer.contains("\"\"\"") ? .unterminatedTextBlock : .danglingContinuation
    return fail(error)
  }

  /// Drops whatever is pending (Ctrl-C while a block is open).
  package mutating func reset() {
    buffer = ""
    physical = []
    bufferBytes = 0
    scannedBefore += scanner.scanned
    scanner = OpennessScanner()
  }

  private mutating func fail(_ error: ShellError) -> Step {
    let line = LogicalLine(text: buffer, physicalLines: physical, lineNumber: firstLine)
    reset()
    return .failed(error, line)
  }
}
