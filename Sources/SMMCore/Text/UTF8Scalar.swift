/// The code point encoded at a position of valid UTF-8 bytes (a String's), and how many bytes
/// it takes: the one decoder of the byte-level text paths (the count's scan, the adaptation's
/// word and sentence cuts).
enum UTF8Scalar {
  /// The code point whose encoding starts at `start`, and its length in bytes.
  @inline(__always)
  static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, at start: Int
  ) -> (value: UInt32, length: Int) {
    let lead = bytes[start]
    var value: UInt32
    let length: Int
    switch lead {
    case 0..<0x80: return (UInt32(lead), 1)
    case 0xC0..<0xE0: (value, length) = (UInt32(lead & 0x1F), 2)
    case 0xE0..<0xF0: (value, length) = (UInt32(lead & 0x0F), 3)
    default: (value, length) = (UInt32(lead & 0x07), 4)
    }
    for position in (start + 1)..<min(start + length, bytes.count) {
      value = value << 6 | UInt32(bytes[position] & 0x3F)
    }
    return (value, length)
  }
}
