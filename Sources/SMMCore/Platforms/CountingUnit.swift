/// How a platform counts the length of a text. Each limit is stated in one of these units.
public enum CountingUnit: String, Codable, Sendable, CaseIterable {
  /// User-perceived characters (extended grapheme clusters): Bluesky, Mastodon.
  case graphemes
  /// UTF-16 code units, what JavaScript's `length` counts: most web forms' "characters".
  case utf16
  /// Unicode code points.
  case codePoints
  /// UTF-8 bytes: YouTube descriptions, Bluesky's byte cap.
  case utf8Bytes
  /// X's weighted length (twitter-text configuration v3): URLs 23, emoji sequences 2, CJK 2.
  case weightedX
  /// Threads: Unicode code points, except that each emoji sequence counts as many as its UTF-8
  /// bytes ("Emojis are counted as the number of UTF-8 bytes", Threads API, Posts).
  case emojiAsUTF8Bytes

  /// A short name for messages ("characters", "bytes").
  public var noun: String {
    switch self {
    case .graphemes: return "characters"
    case .utf16: return "characters"
    case .codePoints: return "characters"
    case .utf8Bytes: return "bytes"
    case .weightedX: return "weighted characters"
    case .emojiAsUTF8Bytes: return "characters"
    }
  }

  /// The unit's noun as a phrase, in the plural ("characters", "caractères").
  public var nounPhrase: Phrase {
    switch self {
    case .utf8Bytes: return Phrase("unit.bytes")
    case .weightedX: return Phrase("unit.weighted")
    case .graphemes, .utf16, .codePoints, .emojiAsUTF8Bytes: return Phrase("unit.characters")
    }
  }
}
