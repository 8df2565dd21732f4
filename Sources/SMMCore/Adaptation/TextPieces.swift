/// Splitting text at sentence and word boundaries, never inside a character.
enum TextPieces {
  /// The sentences of `text` (ending with . ! ? … or a line break), each keeping its ending.
  static func sentences(_ text: String) -> [String] {
    var result: [String] = []
    var current = ""
    var previous: Character?
    for character in text {
      current.append(character)
      if character == "\n" || ((previous.map { ".!?…".contains($0) } ?? false) && character == " ")
      {
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

  /// The words of `text`, split at white space.
  static func words(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
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

  /// URLs in `text` (http(s):// or www. followed by non-space characters), in order.
  static func urls(_ text: String) -> [String] {
    words(text).filter { word in
      let lower = word.lowercased()
      return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
    }.map { $0.trimmingTrailing(".,;:!?)") }
  }

  /// Hashtags in `text` (`#` followed by letters, digits or underscores), in order.
  static func hashtags(_ text: String) -> [String] {
    words(text).filter { $0.hasPrefix("#") && $0.count > 1 }.map { $0.trimmingTrailing(".,;:!?)") }
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
