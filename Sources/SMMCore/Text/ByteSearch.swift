/// Searching text by its UTF-8 bytes, for the adaptation's hot paths: Foundation-free, with no
/// generic collection algorithm in the way.
extension String {
  /// Whether `needle` occurs in the text as whole characters. Found byte by byte; a match that
  /// a combining mark (or any code point from U+0300 on) follows, an empty needle, and a
  /// non-ASCII needle not found (it may be there in another normal form) are left to the
  /// comparison of characters, which decides.
  func containsText(_ needle: String) -> Bool {
    var hay = self
    var pattern = needle
    let answer: Bool? = hay.withUTF8 { hay in
      pattern.withUTF8 { pattern in
        guard let first = pattern.first else { return nil }
        guard hay.count >= pattern.count else { return false }
        var index = 0
        var sawUnsure = false
        while index + pattern.count <= hay.count {
          if hay[index] == first && Self.equal(hay, at: index, pattern) {
            let after = index + pattern.count
            if (after == hay.count || hay[after] < 0xCC) && Self.startsCharacter(hay, index, first)
            {
              return true
            }
            sawUnsure = true
          }
          index += 1
        }
        return sawUnsure || pattern.contains(where: { $0 >= 0x80 }) ? nil : false
      }
    }
    return answer ?? contains(needle)
  }

  /// Whether `character` is one of the text's characters: said no at once when its first
  /// byte is absent, else by the comparison of characters.
  func containsCharacter(_ character: Character) -> Bool {
    guard let first = character.utf8.first else { return false }
    // An ASCII character has no other form, but for three that a code point beyond ASCII is
    // canonically equivalent to (U+037E is ";", U+1FEF "`", U+212A "K").
    if first < 0x80 && first != 0x3B && first != 0x60 && first != 0x4B && !utf8.contains(first) {
      return false
    }
    return contains(character)
  }

  /// The text with every occurrence of `target`'s bytes replaced by `replacement` (safe on
  /// whole UTF-8 strings); the text itself when `target` does not occur.
  func replacingAll(_ target: String, with replacement: String) -> String {
    var hay = self
    var needle = target
    var patch = replacement
    let result: [UInt8]? = hay.withUTF8 { hay in
      needle.withUTF8 { needle in
        guard let first = needle.first, hay.count >= needle.count else { return nil }
        var out: [UInt8]?
        var index = 0
        var copied = 0
        while index + needle.count <= hay.count {
          guard hay[index] == first && Self.equal(hay, at: index, needle) else {
            index += 1
            continue
          }
          if out == nil {
            out = []
            out?.reserveCapacity(hay.count)
          }
          out?.append(contentsOf: UnsafeBufferPointer(rebasing: hay[copied..<index]))
          patch.withUTF8 { out?.append(contentsOf: $0) }
          index += needle.count
          copied = index
        }
        out?.append(contentsOf: UnsafeBufferPointer(rebasing: hay[copied...]))
        return out
      }
    }
    return result.map { String(decoding: $0, as: UTF8.self) } ?? self
  }

  /// Whether a character surely starts at `index`, where `first` is: not after a carriage
  /// return (for a line break), nor after a code point whose prepended mark joins what follows,
  /// nor a code point that may extend the one before it.
  private static func startsCharacter(
    _ hay: UnsafeBufferPointer<UInt8>, _ index: Int, _ first: UInt8
  ) -> Bool {
    if first >= 0xCC && !TextPieces.neverExtends(TextPieces.scalar(hay, at: index)) {
      return false
    }
    guard index > 0 else { return true }
    let before = hay[index - 1]
    if before == 0x0D && first == 0x0A { return false }
    return before < 0x80 || !TextPieces.mayPrepend(hay, before: index)
  }

  private static func equal(
    _ hay: UnsafeBufferPointer<UInt8>, at index: Int, _ pattern: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    for offset in 1..<Swift.max(pattern.count, 1) where hay[index + offset] != pattern[offset] {
      return false
    }
    return true
  }
}
