/// One token of a text, as the sentiment reading sees it: a word (by the hash of its folded
/// form, never as a `String`), an emoji or emoticon with its valence, or a clause break.
struct SentimentToken: Sendable {
  enum Kind: UInt8, Sendable {
    /// A word: letters and digits, with apostrophes and hyphens inside.
    case word
    /// An emoji or an emoticon, with its valence.
    case valence
    /// A clause break (`.`, `,`, `;`, `:`, `?`, `!`, brackets): negation and intensifiers stop.
    case stop
  }

  var kind: Kind
  /// The word folded (lower case, accents removed, apostrophes dropped), hashed.
  var hash: UInt64 = 0
  /// The part before its first apostrophe (`j` of « j'ai »), 0 when it has none.
  var head: UInt64 = 0
  /// The part after its last apostrophe or hyphen (`ai` of « j'ai »), 0 when it has none.
  var tail: UInt64 = 0
  /// Written in capitals (at least two letters, none lower case).
  var capitals = false
  /// Ends in `n't` (`don't`, `isn’t`).
  var negatedContraction = false
  /// With a letter repeated three times or more: the word with such runs cut to two letters
  /// (`goood` → `good`) and to one (`nuuul` → `nul`), hashed; 0 when it has none.
  var squeezedTwo: UInt64 = 0
  var squeezedOne: UInt64 = 0
  /// The valence of an emoji or emoticon.
  var value: Float = 0
}

/// FNV-1a, 64 bits: the hash of a folded word, built one byte at a time.
struct SentimentHash: Sendable {
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  var value = seed

  mutating func add(_ byte: UInt8) {
    value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
  }

  var isEmpty: Bool { value == Self.seed }
}

/// Splits UTF-8 text into ``SentimentToken``s, byte by byte: ASCII letters are folded to
/// lower case, Latin-1 letters to their ASCII base (« déçu » reads as « decu »), `œ` to `oe`;
/// chunks between spaces that are emoticons (`:)`, `:-(`, `<3`) are looked up whole.
struct SentimentTokenizer: Sendable {
  /// Every token of the last text, in order.
  var tokens: [SentimentToken] = []
  /// The `!` of the last text.
  var exclamations = 0
  /// Its words, and those of them in capitals.
  var words = 0
  var capitalWords = 0

  private var hash = SentimentHash()
  private var head: UInt64 = 0
  private var tail = SentimentHash()
  private var hasSeparator = false
  private var letters = 0
  private var upper = 0
  private var lower = 0
  private var lastLetter: UInt8 = 0
  private var apostropheAfterN = false
  private var afterApostrophe = 0
  private var pendingApostrophe = false
  /// The folded bytes of the word being read (reused: no allocation per word).
  private var bytes: [UInt8] = []
  private var run = 0
  private var longRun = false

  init() {
    tokens.reserveCapacity(64)
    bytes.reserveCapacity(64)
  }

  /// Reads `bytes` (UTF-8); `emoticons` are whole chunks by their raw hash, `emoji` scalars.
  mutating func read(
    _ bytes: UnsafeBufferPointer<UInt8>, emoticons: [UInt64: Float], emoji: [UInt32: Float]
  ) {
    tokens.removeAll(keepingCapacity: true)
    exclamations = 0
    words = 0
    capitalWords = 0
    resetWord()
    let count = bytes.count
    var index = 0
    while index < count {
      // One chunk: up to the next ASCII space.
      while index < count, Self.isSpace(bytes[index]) { index += 1 }
      let start = index
      var raw = SentimentHash()
      var punctuation = false
      while index < count, !Self.isSpace(bytes[index]) {
        let byte = bytes[index]
        raw.add(byte)
        if byte < 0x80, !Self.isLetterOrDigit(byte) { punctuation = true }
        index += 1
      }
      guard index > start else { break }
      if punctuation, let value = emoticons[raw.value] {
        tokens.append(SentimentToken(kind: .valence, value: value))
        continue
      }
      readChunk(bytes, from: start, to: index, emoji: emoji)
    }
  }

  private mutating func readChunk(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, emoji: [UInt32: Float]
  ) {
    var index = start
    while index < end {
      let byte = bytes[index]
      if byte < 0x80 {
        index += 1
        if byte >= 0x61 && byte <= 0x7A {
          letter(byte, upper: false)
        } else if byte >= 0x41 && byte <= 0x5A {
          letter(byte | 0x20, upper: true)
        } else if byte >= 0x30 && byte <= 0x39 {
          letter(byte, upper: nil)
        } else if byte == 0x27 {
          apostrophe()
        } else if byte == 0x2D {
          hyphen()
        } else {
          endWord()
          if byte == 0x21 { exclamations += 1 }
          if Self.isStop(byte) { stop() }
        }
        continue
      }
      // A multi-byte scalar.
      let (scalar, length) = Self.decode(bytes, at: index, end: end)
      index += length
      if scalar >= 0xC0 && scalar <= 0xFF && scalar != 0xD7 && scalar != 0xF7 {
        let folded = Self.latin1Fold[Int(scalar - 0xC0)]
        let isUpper = scalar < 0xDF
        if scalar == 0xDF {
          letter(0x73, upper: false)
          letter(0x73, upper: false)
        } else if scalar == 0xC6 || scalar == 0xE6 {
          letter(0x61, upper: isUpper)
          letter(0x65, upper: isUpper)
        } else {
          letter(folded, upper: isUpper)
        }
      } else if scalar == 0x152 || scalar == 0x153 {
        letter(0x6F, upper: scalar == 0x152)
        letter(0x65, upper: scalar == 0x152)
      } else if scalar == 0x2019 || scalar == 0x2018 || scalar == 0x2BC {
        apostrophe()
      } else if scalar == 0x2010 || scalar == 0x2011 {
        hyphen()
      } else if scalar == 0xFE0F || scalar == 0x200D || (scalar >= 0x1F3FB && scalar <= 0x1F3FF) {
        continue
      } else if let value = emoji[scalar] {
        endWord()
        tokens.append(SentimentToken(kind: .valence, value: value))
      } else if (scalar >= 0x100 && scalar < 0x2000) || (scalar >= 0x3000 && scalar < 0x1F000) {
        // Other letters (Latin Extended, Greek, Cyrillic, CJK…): kept as they are.
        var rest = length
        var at = index - length
        while rest > 0 {
          hash.add(bytes[at])
          tail.add(bytes[at])
          self.bytes.append(bytes[at])
          at += 1
          rest -= 1
        }
        letters += 1
        lower += 1
        afterApostrophe += 1
      } else {
        endWord()
        if scalar == 0x2026 || scalar == 0xAB || scalar == 0xBB { stop() }
      }
    }
    endWord()
  }

  private mutating func letter(_ byte: UInt8, upper isUpper: Bool?) {
    if pendingApostrophe {
      // An apostrophe between two letters: the head is what came before it.
      pendingApostrophe = false
      if head == 0 { head = hash.value }
      apostropheAfterN = lastLetter == 0x6E
      afterApostrophe = 0
      tail = SentimentHash()
      hasSeparator = true
    }
    hash.add(byte)
    tail.add(byte)
    run = byte == lastLetter ? run + 1 : 1
    if run >= 3 { longRun = true }
    bytes.append(byte)
    letters += 1
    afterApostrophe += 1
    lastLetter = byte
    if let isUpper {
      if isUpper { upper += 1 } else { lower += 1 }
    }
  }

  private mutating func apostrophe() {
    if letters > 0 { pendingApostrophe = true } else { endWord() }
  }

  private mutating func hyphen() {
    guard letters > 0, !pendingApostrophe else {
      endWord()
      return
    }
    hash.add(0x2D)
    bytes.append(0x2D)
    run = 0
    lastLetter = 0x2D
    tail = SentimentHash()
    hasSeparator = true
  }

  private mutating func endWord() {
    guard letters > 0 else {
      resetWord()
      return
    }
    var token = SentimentToken(kind: .word, hash: hash.value)
    if hasSeparator {
      token.head = head
      token.tail = tail.isEmpty ? 0 : tail.value
    }
    token.capitals = upper >= 2 && lower == 0
    token.negatedContraction = apostropheAfterN && afterApostrophe == 1 && lastLetter == 0x74
    if longRun {
      token.squeezedTwo = squeezed(keeping: 2)
      token.squeezedOne = squeezed(keeping: 1)
    }
    tokens.append(token)
    words += 1
    if token.capitals { capitalWords += 1 }
    resetWord()
  }

  /// The hash of the word with every run of three letters or more cut to `keeping`.
  private func squeezed(keeping: Int) -> UInt64 {
    var hash = SentimentHash()
    var start = 0
    while start < bytes.count {
      var end = start + 1
      while end < bytes.count, bytes[end] == bytes[start] { end += 1 }
      let length = end - start
      for _ in 0..<(length >= 3 ? keeping : length) { hash.add(bytes[start]) }
      start = end
    }
    return hash.value
  }

  private mutating func stop() {
    if tokens.last?.kind != .stop { tokens.append(SentimentToken(kind: .stop)) }
  }

  private mutating func resetWord() {
    hash = SentimentHash()
    head = 0
    tail = SentimentHash()
    hasSeparator = false
    letters = 0
    upper = 0
    lower = 0
    lastLetter = 0
    apostropheAfterN = false
    afterApostrophe = 0
    pendingApostrophe = false
    bytes.removeAll(keepingCapacity: true)
    run = 0
    longRun = false
  }

  /// The folded hash of a whole word (as a lexicon entry is keyed), if `text` reads as
  /// exactly one word.
  static func wordHash(_ text: String) -> UInt64? {
    // Only letters, digits, apostrophes and hyphens, with a letter among them: `</3` is an
    // emoticon and `143` no word.
    guard
      text.utf8.allSatisfy({ $0 >= 0x80 || isLetterOrDigit($0) || $0 == 0x27 || $0 == 0x2D }),
      text.utf8.contains(where: { $0 >= 0x80 || (($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A) })
    else { return nil }
    var tokenizer = SentimentTokenizer()
    var copy = text
    copy.withUTF8 { tokenizer.read($0, emoticons: [:], emoji: [:]) }
    guard tokenizer.tokens.count == 1, tokenizer.tokens[0].kind == .word else { return nil }
    return tokenizer.tokens[0].hash
  }

  /// The raw hash of a chunk, as an emoticon is keyed.
  static func chunkHash(_ text: String) -> UInt64 {
    var raw = SentimentHash()
    for byte in text.utf8 { raw.add(byte) }
    return raw.value
  }

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
  }

  static func isLetterOrDigit(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
      || (byte >= 0x30 && byte <= 0x39)
  }

  /// `.`, `,`, `;`, `:`, `?`, `!`, brackets and quotes break a clause.
  static func isStop(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x2E, 0x2C, 0x3B, 0x3A, 0x3F, 0x21, 0x28, 0x29, 0x5B, 0x5D, 0x22: true
    default: false
    }
  }

  /// The scalar at `index` and its length in bytes (a stray byte reads as itself, length 1).
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (
    UInt32, Int
  ) {
    let first = UInt32(bytes[index])
    let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1
    guard length > 1, index + length <= end else { return (first, 1) }
    var scalar = first & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length {
      let next = UInt32(bytes[index + offset])
      guard next & 0xC0 == 0x80 else { return (first, 1) }
      scalar = (scalar << 6) | (next & 0x3F)
    }
    return (scalar, length)
  }

  /// U+00C0…U+00FF to their ASCII base letter, lower case.
  static let latin1Fold: [UInt8] = Array(
    "aaaaaaaceeeeiiiidnooooo ouuuuytsaaaaaaaceeeeiiiidnooooo ouuuuyty".utf8)
}
