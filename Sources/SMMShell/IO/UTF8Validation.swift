/// Checks bytes for well-formed UTF-8 (no overlong forms, no surrogates, at most U+10FFFF).
enum UTF8Validation {
  /// The offset of the first byte that breaks UTF-8, or nil when all is well.
  static func firstInvalidOffset<Bytes: RandomAccessCollection>(in bytes: Bytes) -> Int?
  where Bytes.Element == UInt8, Bytes.Index == Int {
    var i = bytes.startIndex
    let end = bytes.endIndex
    while i < end {
      let b0 = bytes[i]
      if b0 < 0x80 {
        i += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch b0 {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; high = 0x9F
      case 0xF0: length = 4; low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; high = 0x8F
      default: return i - bytes.startIndex
      }
      guard i + length <= end else { return i - bytes.startIndex }
      let b1 = bytes[i + 1]
      if b1 < low || b1 > high { return i + 1 - bytes.startIndex }
      for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 {
        return i + k - bytes.startIndex
      }
      i += length
    }
    return nil
  }
}
