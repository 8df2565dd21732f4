/// Counts a text's length in a platform's counting unit.
public enum TextLength {
  /// The length of `text` in `unit`.
  ///
  /// `weightedX` is twitter-text v3's weighted length (`TwitterText.parse`): NFC, URLs 23, emoji
  /// sequences 2. `emojiAsUTF8Bytes` counts code points, each emoji sequence as its UTF-8 bytes.
  public static func count(_ text: String, in unit: CountingUnit) -> Int {
    switch unit {
    case .graphemes: return text.count
    case .utf16: return text.utf16.count
    case .codePoints: return text.unicodeScalars.count
    case .utf8Bytes: return text.utf8.count
    case .weightedX: return TwitterText.parse(text, configuration: .v3).weightedLength
    case .emojiAsUTF8Bytes: return emojiAsUTF8Bytes(text).length
    }
  }

  /// Threads' count: code points, except each emoji sequence, which counts its UTF-8 bytes; with
  /// the number of emoji sequences and the bytes they count.
  static func emojiAsUTF8Bytes(_ text: String) -> (length: Int, emoji: Int, emojiBytes: Int) {
    emojiAsUTF8Bytes(Array(text.unicodeScalars))
  }

  /// `emojiAsUTF8Bytes(_:)` on code points already split.
  static func emojiAsUTF8Bytes(
    _ scalars: [Unicode.Scalar]
  ) -> (length: Int, emoji: Int, emojiBytes: Int) {
    var length = 0
    var emoji = 0
    var emojiBytes = 0
    var index = 0
    while index < scalars.count {
      if let end = TwitterText.emojiSequenceEnd(in: scalars, from: index) {
        let bytes = scalars[index..<end].reduce(0) { $0 + UTF8.width($1) }
        length += bytes
        emoji += 1
        emojiBytes += bytes
        index = end
      } else {
        length += 1
        index += 1
      }
    }
    return (length, emoji, emojiBytes)
  }
}
