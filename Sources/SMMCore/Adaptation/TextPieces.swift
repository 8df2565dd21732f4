/// Splitting text at sentence and word boundaries, never inside a character.
enum TextPieces {
  /// The sentences of `text` (ending with . ! ? … or a line break), each keeping its ending.
  static func sentences(_ text: String) -> [String] {
    fastSentences(text) ?? characterSentences(text)
  }

  /// `sentences` cut on the UTF-8 bytes, or nil where a byte might not be the character it
  /// looks like (the character-by-character cut then decides): a carriage return anywhere
  /// ("\r\n" is one character), a space that something may extend, an ending mark that may
  /// join the character before it. `TextPiecesTests` compares the two.
  static func fastSentences(_ text: String) -> [String]? {
    var result: [String] = []
    var failed = false
    var text = text
    text.withUTF8 { bytes in
      let count = bytes.count
      func piece(_ range: Range<Int>) {
        let trimmed = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
          .trimmingWhiteSpace()
        if !trimmed.isEmpty { result.append(trimmed) }
      }
      var start = 0
      var index = 0
      while index < count {
        let byte = bytes[index]
        if byte == 0x0D {
          failed = true
          return
        }
        var ends = byte == 0x0A
        if byte == 0x20, index > 0 {
          // The mark before the space: . ! ? (one byte) or … (E2 80 A6).
          var markStart = -1
          switch bytes[index - 1] {
          case 0x2E, 0x21, 0x3F: markStart = index - 1
          case 0xA6 where index >= 3 && bytes[index - 3] == 0xE2 && bytes[index - 2] == 0x80:
            markStart = index - 3
          default: break
          }
          if markStart >= 0 {
            if index + 1 < count, bytes[index + 1] >= 0xCC,
              !neverExtends(scalar(bytes, at: index + 1))
            {
              failed = true
              return
            }
            if markStart > 0, bytes[markStart - 1] >= 0x80, mayPrepend(bytes, before: markStart) {
              failed = true
              return
            }
            ends = true
          }
        }
        if ends {
          piece(start..<(index + 1))
          start = index + 1
        }
        index += 1
      }
      piece(start..<count)
    }
    return failed ? nil : result
  }

  /// `sentences` character by character.
  static func characterSentences(_ text: String) -> [String] {
    var result: [String] = []
    var current = ""
    var previous: Character?
    for character in text {
      current.append(character)
      if character == "\n" || (character == " " && previous.map(isSentenceEnd) == true) {
        let trimmed = current.trimmingWhiteSpace()
        if !trimmed.isEmpty { result.append(trimmed) }
        current = ""
      }
      previous = character
    }
    let trimmed = current.trimmingWhiteSpace()
    if !trimmed.isEmpty { result.append(trimmed) }
    return result
  }

  /// The words of `text`, split at white space: at each character that is a space, a line
  /// break or a tab (a space that a combining mark follows is part of a character, not one).
  static func words(_ text: String) -> [String] {
    fastWords(text)
      ?? text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
  }

  /// `words` split on the UTF-8 bytes, or nil when a separator byte might not be a character
  /// of its own (the character-by-character split then decides): a line break after a carriage
  /// return ("\r\n" is one character), a space or tab before a code point that might extend it
  /// (a combining mark, a skin tone, a joiner: anything outside `neverExtends`), or a space
  /// after a code point of the scripts whose prepended marks join what follows (U+0600–U+08FF,
  /// U+0D4E, U+11000–U+11FFF). `TextPiecesTests` compares the two, and checks both ranges
  /// against the grapheme rules on every code point.
  static func fastWords(_ text: String) -> [String]? {
    var words: [String] = []
    var failed = false
    var text = text
    text.withUTF8 { bytes in
      var start = 0
      var index = 0
      let count = bytes.count
      while index < count {
        let byte = bytes[index]
        guard byte == 0x20 || byte == 0x0A || byte == 0x09 else {
          index += 1
          continue
        }
        if byte == 0x0A {
          if index > 0 && bytes[index - 1] == 0x0D {
            failed = true
            return
          }
        } else {
          if index + 1 < count, bytes[index + 1] >= 0xCC,
            !neverExtends(scalar(bytes, at: index + 1))
          {
            failed = true
            return
          }
          if byte == 0x20, index > 0, bytes[index - 1] >= 0x80,
            mayPrepend(bytes, before: index)
          {
            failed = true
            return
          }
        }
        if index > start {
          words.append(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
        }
        index += 1
        start = index
      }
      if count > start {
        words.append(
          String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<count]), as: UTF8.self))
      }
    }
    return failed ? nil : words
  }

  /// Whether the code point that ends just before `index` is in a block with prepended marks.
  static func mayPrepend(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
    var start = index - 1
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return mayPrepend(scalar(bytes, at: start))
  }

  /// Whether `value` is in a block where a code point may join the character after it (a
  /// prepended concatenation mark: Grapheme_Cluster_Break=Prepend).
  static func mayPrepend(_ value: UInt32) -> Bool {
    (0x600...0x8FF).contains(value) || value == 0xD4E || (0x11000...0x11FFF).contains(value)
  }

  /// Whether `value` never joins the character before it (is never Extend, ZWJ or SpacingMark):
  /// below U+0300, and the blocks posts use most beyond it (Greek and Cyrillic letters, Latin
  /// and Greek extended, punctuation, currency, symbols and arrows, CJK punctuation, kana,
  /// ideographs, Hangul syllables, emoji other than the skin tones).
  static func neverExtends(_ value: UInt32) -> Bool {
    switch value {
    case 0..<0x300, 0x370...0x482, 0x1E00...0x1FFF, 0x2010...0x2027, 0x2030...0x205E,
      0x20A0...0x20C0, 0x2100...0x2BFF, 0x3000...0x3029, 0x3031...0x3096, 0x30A0...0x30FF,
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0x1F000...0x1F3FA, 0x1F400...0x1FAFF:
      return true
    default:
      return false
    }
  }

  /// The code point whose UTF-8 encoding starts at `start`.
  static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> UInt32 {
    UTF8Scalar.decode(bytes, at: start).value
  }

  /// The longest start of `text` that fits `fits`, cut at a sentence end if one fits, else at a
  /// word boundary with an ellipsis, else character by character (whole graphemes). Each level
  /// is a binary search, so a long text costs O(n log n) counts, not O(n²).
  static func shorten(_ text: String, fits: (String) -> Bool) -> (text: String, how: Phrase) {
    if fits(text) { return (text, .verbatim("")) }
    let sentences = self.sentences(text)
    let keptSentences = longestPrefix(sentences.count) {
      fits(sentences[0..<$0].joined(separator: " "))
    }
    if keptSentences > 0 {
      return (sentences[0..<keptSentences].joined(separator: " "), Phrase("cut.sentence"))
    }
    let words = self.words(text)
    let keptWords = longestPrefix(words.count) { fits(words[0..<$0].joined(separator: " ") + "…") }
    if keptWords > 0 {
      return (words[0..<keptWords].joined(separator: " ") + "…", Phrase("cut.word"))
    }
    let characters = Array(text)
    let keptCharacters = longestPrefix(characters.count) { fits(String(characters[0..<$0]) + "…") }
    return (String(characters[0..<keptCharacters]) + "…", Phrase("cut.character"))
  }

  /// The largest `k` in `0...count` with `fits(k)`, for a `fits` true up to some point and
  /// false after it (`fits(0)` is taken as true).
  static func longestPrefix(_ count: Int, fits: (Int) -> Bool) -> Int {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high + 1) / 2
      if fits(middle) { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// Whether `character` ends a sentence when a space follows it.
  static func isSentenceEnd(_ character: Character) -> Bool {
    switch character {
    case ".", "!", "?", "…": return true
    default: return false
    }
  }

  /// URLs in `text` (http(s):// or www. followed by non-space characters, in any case), in
  /// order.
  static func urls(_ text: String) -> [String] {
    // Every URL holds a dot or a colon: most texts hold neither a "www." nor a "://".
    guard text.utf8.contains(where: { $0 == 0x2E || $0 == 0x3A }) else { return [] }
    return words(text).filter { word in
      hasPrefixIgnoringCase(word, "http://") || hasPrefixIgnoringCase(word, "https://")
        || hasPrefixIgnoringCase(word, "www.")
    }.map { $0.trimmingTrailing(".,;:!?)") }
  }

  /// Whether `word` starts with `prefix` (ASCII, lower case) in any case of its ASCII letters.
  private static func hasPrefixIgnoringCase(_ word: String, _ prefix: StaticString) -> Bool {
    let bytes = word.utf8
    guard bytes.count >= prefix.utf8CodeUnitCount else { return false }
    var index = bytes.startIndex
    for position in 0..<prefix.utf8CodeUnitCount {
      let expected = prefix.utf8Start[position]
      var byte = bytes[index]
      if (0x41...0x5A).contains(byte) { byte |= 0x20 }
      guard byte == expected else { return false }
      index = bytes.index(after: index)
    }
    // The prefix must end on a character boundary ("www." then a combining mark is not it):
    // below U+0300 it does; beyond, the comparison of characters decides.
    return index == bytes.endIndex || bytes[index] < 0xCC
      || word.lowercased().hasPrefix(String(describing: prefix))
  }

  /// Hashtags in `text` (`#` followed by letters, digits or underscores), in order.
  static func hashtags(_ text: String) -> [String] {
    guard text.utf8.contains(0x23) else { return [] }
    return words(text).filter { $0.hasPrefix("#") && $0.count > 1 }.map {
      $0.trimmingTrailing(".,;:!?)")
    }
  }
}

extension String {
  /// The string without the given characters at its end.
  func trimmingTrailing(_ characters: String) -> String {
    var result = self
    while let last = result.last, characters.contains(last) { result.removeLast() }
    return result
  }
}
