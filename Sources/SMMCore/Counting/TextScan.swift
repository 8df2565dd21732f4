/// One reading of a text that every count of it shares: its code points and their widths, its
/// NFC form, its URLs, its hashtags and mentions, each computed at most once.
///
/// Counting a text for every platform used to split it into code points, normalise it and
/// search it for URLs again for each platform (and several times for X). A scan does each of these
/// once, when a count first needs it, and skips what a text cannot hold: no NFC work when no code
/// point can change under NFC, no URL search without a dot.
final class TextScan {
  /// The text as given.
  let text: String
  /// Its code points.
  let scalars: [Unicode.Scalar]
  /// Its length in UTF-8 bytes.
  let utf8Count: Int
  /// Its length in UTF-16 code units.
  let utf16Count: Int
  /// Whether every code point is one NFC leaves as it is wherever it stands
  /// (`isStableUnderNFC`): then the whole text is already in NFC.
  let isAlreadyNFC: Bool

  /// Scans `text`: one pass over its code points. `shortcuts: false` takes the general path
  /// everywhere (NFC through Foundation), so that tests can compare the two.
  init(_ text: String, shortcuts: Bool = true) {
    self.text = text
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(text.utf8.count)
    var utf16 = 0
    var stable = true
    for scalar in text.unicodeScalars {
      scalars.append(scalar)
      utf16 += UTF16.width(scalar)
      if stable && scalar.value >= 0x300 && !Self.isStableUnderNFC(scalar.value) { stable = false }
    }
    self.scalars = scalars
    self.utf8Count = text.utf8.count
    self.utf16Count = utf16
    self.isAlreadyNFC = shortcuts && stable
  }

  /// Whether NFC leaves `value` unchanged wherever it stands: not decomposed, not reordered
  /// (combining class 0) and never composed with the code point before it. True below U+0300
  /// (the first combining marks) and in the blocks posts use most beyond it: general punctuation
  /// from U+2010 (U+2000 and U+2001 are singletons NFC replaces), symbols and dingbats, kana
  /// (without the combining sound marks U+3099 and U+309A), CJK ideographs, emoji, their
  /// variation selector, zero-width joiner and tags. `TextScanTests` checks every one of them
  /// against Foundation's NFC.
  static func isStableUnderNFC(_ value: UInt32) -> Bool {
    switch value {
    case 0..<0x300, 0x200B...0x200D, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0,
      0x2600...0x27BF, 0x3000...0x3029, 0x3041...0x3096, 0x30A0...0x30FF, 0x4E00...0x9FFF,
      0xFE0F, 0x1F1E6...0x1F1FF, 0x1F300...0x1FAFF, 0xE0020...0xE007F:
      return true
    default:
      return false
    }
  }

  /// The text in NFC (the text itself when it is already).
  private(set) lazy var normalized: String = isAlreadyNFC ? text : TwitterText.nfc(text)

  /// The code points of `normalized`.
  private(set) lazy var normalizedScalars: [Unicode.Scalar] =
    isAlreadyNFC ? scalars : Array(normalized.unicodeScalars)

  /// The URLs of `normalized`, as ranges of `normalizedScalars`, in order.
  private(set) lazy var normalizedURLRanges: [Range<Int>] =
    (isAlreadyNFC ? urlRanges : TwitterText.urlRanges(in: normalizedScalars)).map(\.range)

  /// The URLs of the text as given, as ranges of `scalars`, in order.
  private(set) lazy var urlRanges: [(range: Range<Int>, hasProtocol: Bool)] =
    TwitterText.urlRanges(in: scalars)

  /// The URLs of the text as given, as twitter-text extracts them.
  private(set) lazy var urls: [TwitterText.URLEntity] = TwitterText.entities(
    urlRanges, in: scalars)

  /// The length in grapheme clusters.
  private(set) lazy var graphemeCount: Int = text.count

  /// The number of hashtags.
  private(set) lazy var hashtagCount: Int = PlatformCounter.tagCount(
    in: scalars, marks: ["#", "＃"], needsLetter: true)

  /// The number of @mentions: `@` (or `＠`) not after a letter, digit, `_` or `&`, then word
  /// characters.
  private(set) lazy var mentionCount: Int = PlatformCounter.tagCount(
    in: scalars, marks: ["@", "＠"], needsLetter: false)

  /// The length in `unit`.
  func length(in unit: CountingUnit) -> Int {
    switch unit {
    case .graphemes: return graphemeCount
    case .utf16: return utf16Count
    case .codePoints: return scalars.count
    case .utf8Bytes: return utf8Count
    case .weightedX: return TwitterText.parse(self).weightedLength
    case .emojiAsUTF8Bytes: return TextLength.emojiAsUTF8Bytes(scalars).length
    }
  }
}
