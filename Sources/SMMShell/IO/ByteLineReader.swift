#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Lines read plainly from a file descriptor (a pipe, a script file): no prompt, no editing.
///
/// Reads in chunks so memory stays flat whatever the input's length; drops a UTF-8 byte-order
/// mark at the start and a carriage return before each line break; reports lines that are not
/// UTF-8 or longer than ``maximumLineBytes`` without stopping.
package final class ByteLineReader: LineReader {
  /// The longest physical line accepted, in bytes (256 KiB).
  package static let maximumLineBytes = 256 * 1024

  private let fd: Int32
  private let closeWhenDone: Bool
  private var buffer: [UInt8] = []
  private var start = 0
  private var atEnd = false
  private var firstLine = true
  private var chunk = [UInt8](repeating: 0, count: 64 * 1024)
  /// Called before the reader waits for more input: output is flushed then, so a program
  /// driving smm through pipes sees each result as soon as it is ready, while a script fed
  /// in one go still gets buffered output.
  package var willWait: (() -> Void)?

  /// Reads from `fd`; closes it at the end when `closeWhenDone`.
  package init(fileDescriptor fd: Int32, closeWhenDone: Bool = false) {
    self.fd = fd
    self.closeWhenDone = closeWhenDone
  }

  deinit {
    if closeWhenDone { close(fd) }
  }

  package func read(prompt: String) -> LineInput {
    var skipped = 0
    var tooLong = false
    while true {
      if let newline = buffer[start...].firstIndex(of: 0x0A) {
        let end = newline
        defer { start = newline + 1; compact() }
        if tooLong {
          return .malformed(
            .lineTooLong(bytes: skipped + end - start, limit: Self.maximumLineBytes))
        }
        return decode(start..<end)
      }
      let pending = buffer.count - start
      if pending > Self.maximumLineBytes {
        tooLong = true
        skipped += pending
        buffer.removeAll(keepingCapacity: true)
        start = 0
      }
      if atEnd {
        if tooLong {
          return .malformed(.lineTooLong(bytes: skipped, limit: Self.maximumLineBytes))
        }
        guard start < buffer.count else { return .endOfInput }
        defer { start = buffer.count; compact() }
        return decode(start..<buffer.count)
      }
      fill()
    }
  }

  private func fill() {
    willWait?()
    let count = chunk.withUnsafeMutableBytes { raw in
      Glibc.read(fd, raw.baseAddress, raw.count)
    }
    if count > 0 {
      buffer.append(contentsOf: chunk[0..<count])
    } else if count == 0 || errno != EINTR {
      atEnd = true
    }
  }

  private func compact() {
    if start > 64 * 1024 || start == buffer.count {
      buffer.removeFirst(start)
      start = 0
    }
  }

  private func decode(_ range: Range<Int>) -> LineInput {
    var range = range
    if firstLine {
      firstLine = false
      if range.count >= 3 && buffer[range.lowerBound] == 0xEF
        && buffer[range.lowerBound + 1] == 0xBB && buffer[range.lowerBound + 2] == 0xBF
      {
        range = (range.lowerBound + 3)..<range.upperBound
      }
    }
    if !range.isEmpty && buffer[range.upperBound - 1] == 0x0D {
      range = range.lowerBound..<(range.upperBound - 1)
    }
    let bytes = buffer[range]
    // One pass for the valid line; where the first bad byte is, only for a bad one.
    if let line = String(validating: bytes, as: UTF8.self) { return .line(line) }
    let offset = UTF8Validation.firstInvalidOffset(in: bytes) ?? 0
    return .malformed(.invalidUTF8(byteOffset: offset))
  }
}
