#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Lines for standard output, gathered and written 64 KB at a time: a command that prints a
/// line per input line (`smm count --lines`) would otherwise pay a locked write per line.
/// Flush before writing to standard error, so that the two stay in order.
final class StandardOutputBuffer {
  private var pending: [UInt8] = []
  private let limit = 1 << 16

  init() { pending.reserveCapacity(limit + 4096) }

  deinit { flush() }

  /// Adds `text` and a line break.
  func line(_ text: String) {
    pending.append(contentsOf: text.utf8)
    pending.append(0x0A)
    if pending.count >= limit { flush() }
  }

  /// Adds the bytes `write` appends, and a line break.
  func line(_ write: (inout [UInt8]) -> Void) {
    write(&pending)
    pending.append(0x0A)
    if pending.count >= limit { flush() }
  }

  /// Writes what is gathered.
  func flush() {
    var offset = 0
    pending.withUnsafeBytes { bytes in
      guard let base = bytes.baseAddress else { return }
      while offset < bytes.count {
        let written = write(1, base + offset, bytes.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          // A closed pipe (`smm count --lines | head`): nothing more can be said there.
          return
        }
        offset += written
      }
    }
    pending.removeAll(keepingCapacity: true)
  }
}
