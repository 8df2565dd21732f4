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
    var utf16 = 0
    var stable = true
    // The code points decoded from the UTF-8 bytes directly (a String's are valid UTF-8), into
    // an array sized once.
    var copy = text
    let utf8Count = copy.utf8.count
    self.scalars = copy.withUTF8 { bytes in
      [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
        var index = 0
        var written = 0
        while index < bytes.count {
          let (value, length) = UTF8Scalar.decode(bytes, at: index)
          index += length
          utf16 += value < 0x10000 ? 1 : 2
          if stable && value >= 0x300 && !Self.isStableUnderNFC(value) { stable = false }
          buffer.initializeElement(at: written, to: Unicode.Scalar(value).unsafelyUnwrapped)
          written += 1
        }
        count = written
      }
    }
    self.utf8Count = utf8Count
    self.utf16Count = utf16
    self.isAlreadyNFC = shortcuts && stable
    self.shortcuts = shortcuts
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
  private(set) lazy var normalized: String = isAlreadyNFC ? text : Self.string(normalizedScalars)

  /// The code points of `normalized`.
  private(set) lazy var normalizedScalars: [Unicode.Scalar] =
    isAlreadyNFC
    ? scalars
    : shortcuts
      ? Self.nfcByStretches(scalars) : Array(TwitterText.nfc(Self.string(scalars)).unicodeScalars)

  /// Whether the shortcuts are taken (false: the general path, for tests).
  private let shortcuts: Bool

  /// `scalars` in NFC, normalising only the stretches that may change: from the last code point
  /// stable under NFC before each unstable one to the next stable one after it. A stable code
  /// point starts a new stretch of NFC's work (it is never reordered or composed with what
  /// precedes it), so the text between stretches is copied as it is. "Café" typed with a
  /// combining accent costs the normalisation of "e" and its accent, not of the whole post.
  static func nfcByStretches(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    func stable(_ index: Int) -> Bool { isStableUnderNFC(scalars[index].value) }
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(scalars.count)
    var copied = 0
    var index = 0
    while index < scalars.count {
      guard !stable(index) else {
        index += 1
        continue
      }
      let start = index > copied ? index - 1 : copied
      var end = index + 1
      while end < scalars.count, !stable(end) { end += 1 }
      out.append(contentsOf: scalars[copied..<start])
      var stretch = ""
      for scalar in scalars[start..<end] { stretch.unicodeScalars.append(scalar) }
      out.append(contentsOf: TwitterText.nfc(stretch).unicodeScalars)
      copied = end
      index = end
    }
    out.append(contentsOf: scalars[copied...])
    return out
  }

  /// The text of `scalars`, encoded once.
  static func string(_ scalars: [Unicode.Scalar]) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count * 2)
    for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
    return String(decoding: bytes, as: UTF8.self)
  }

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
  private(set) lazy var hashtagCount: Int =
    Self.mayHold(text, ascii: 0x23)
    ? PlatformCounter.tagCount(in: scalars, marks: ["#", "＃"], needsLetter: true) : 0

  /// The number of @mentions: `@` (or `＠`) not after a letter, digit, `_` or `&`, then word
  /// characters.
  private(set) lazy var mentionCount: Int =
    Self.mayHold(text, ascii: 0x40)
    ? PlatformCounter.tagCount(in: scalars, marks: ["@", "＠"], needsLetter: false) : 0

  /// Whether `text` may hold the mark `ascii` or its full-width form (U+FF01–U+FF5E are
  /// EF BC 81–EF BD 9E in UTF-8): a byte search, no code point read.
  static func mayHold(_ text: String, ascii: UInt8) -> Bool {
    text.utf8.contains { $0 == ascii || $0 == 0xEF }
  }

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
