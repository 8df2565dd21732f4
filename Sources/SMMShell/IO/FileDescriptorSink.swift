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
public final class FileDescriptorSink: OutputSink {
  private var pending: [UInt8] = []
  private let useColor: Bool
  private let out: Int32
  private let err: Int32

  /// Writes to `out` and `err`; colours errors when `useColor`.
  public init(out: Int32 = 1, err: Int32 = 2, useColor: Bool = false) {
    self.out = out
    self.err = err
    self.useColor = useColor
    pending.reserveCapacity(1 << 16)
  }

  deinit { flush() }

  public func echo(prompt: String, line: String) {
    append(prompt + line + "\n")
  }

  public func emit(_ result: CommandResult, at location: SourceLocation?) {
    if !result.notes.isEmpty {
      writeError(result.notes.joined(separator: "\n") + "\n", color: "\u{1B}[33m")
    }
    for line in result.output {
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

  public func message(_ text: String, isError: Bool) {
    if isError {
      writeError(text + "\n", color: "\u{1B}[31m")
    } else {
      append(text + "\n")
    }
  }

  public func flush() {
    guard !pending.isEmpty else { return }
    Self.writeAll(out, pending)
    pending.removeAll(keepingCapacity: true)
  }

  private func append(_ text: String) {
    pending.append(contentsOf: TerminalText.inert(text).utf8)
  }

  private func writeError(_ text: String, color: String) {
    flush()
    let text = TerminalText.inert(text)
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
