import SMMCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes results as text: output to standard output, errors and notes to standard error.
/// Standard output is buffered and flushed before anything goes to standard error, so the two
/// stay in order.
///
/// Every text passes through ``TerminalText/inert(_:)`` on its way out (output, notes, errors,
/// hints, echo): a control code that came from a user or a file shows as `␛` and never acts on
/// the terminal; the sink's own colour codes are added after.
package final class FileDescriptorSink: OutputSink {
  private var pending: [UInt8] = []
  private let useColor: Bool
  private let out: Int32
  private let err: Int32
  /// The terminal's width now, when output goes to a terminal: every line shown (output,
  /// notes, errors, hints, messages) is then wrapped to it at word boundaries, never mid-word.
  package var width: (() -> Int)?

  /// Writes to `out` and `err`; colours errors when `useColor`.
  package init(out: Int32 = 1, err: Int32 = 2, useColor: Bool = false) {
    self.out = out
    self.err = err
    self.useColor = useColor
    pending.reserveCapacity(1 << 16)
  }

  deinit { flush() }

  package func echo(prompt: String, line: String) {
    // The line as it was typed: never re-wrapped.
    pending.append(contentsOf: TerminalText.inert(prompt + line + "\n").utf8)
  }

  package func emit(_ result: CommandResult, at location: SourceLocation?) {
    // What ran comes first, then the notes about it, then what it shows.
    let leading = min(result.leadingLines, result.output.count)
    for line in result.output.prefix(leading) {
      append(line)
      pending.append(0x0A)
    }
    if !result.notes.isEmpty {
      writeError(result.notes.joined(separator: "\n") + "\n", color: "\u{1B}[33m")
    }
    for line in result.output.dropFirst(leading) {
      append(line)
      pending.append(0x0A)
    }
    let errors = errorLines(result, at: location)
    if !errors.isEmpty {
      writeError(errors.joined(separator: "\n") + "\n", color: "\u{1B}[31m")
    }
    if let hint = result.hint {
      append(hint)
      pending.append(0x0A)
    }
    if pending.count > 1 << 16 { flush() }
  }

  package func message(_ text: String, isError: Bool) {
    if isError {
      writeError(text + "\n", color: "\u{1B}[31m")
    } else {
      append(text + "\n")
    }
  }

  package func flush() {
    guard !pending.isEmpty else { return }
    Self.writeAll(out, pending)
    pending.removeAll(keepingCapacity: true)
  }

  private func append(_ text: String) {
    pending.append(contentsOf: fitted(TerminalText.inert(text)).utf8)
  }

  /// `text` with each of its lines wrapped to the terminal's width, when there is one.
  private func fitted(_ text: String) -> String {
    guard let width = width?(), text.utf8.count > width else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .flatMap { TextWrap.fit(String($0), width: width) }
      .joined(separator: "\n")
  }

  private func writeError(_ text: String, color: String) {
    flush()
    let text = fitted(TerminalText.inert(text))
    let shown = useColor ? color + text.dropLast() + "\u{1B}[0m\n" : text
    Self.writeAll(err, Array(shown.utf8))
  }

  static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
    bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return }
      var offset = 0
      while offset < raw.count {
        let written = write(fd, base + offset, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return
        }
        offset += written
      }
    }
  }
}
