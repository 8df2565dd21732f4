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
  /// word boundary with an ellipsis, else character by character (whole graphemes).
  static func shorten(_ text: String, fits: (String) -> Bool) -> (text: String, how: String) {
    if fits(text) { return (text, "") }
    var kept = ""
    for sentence in sentences(text) {
      let candidate = kept.isEmpty ? sentence : kept + " " + sentence
      if !fits(candidate) { break }
      kept = candidate
    }
    if !kept.isEmpty { return (kept, "cut at a sentence end") }
    var words: [String] = []
    for word in self.words(text) {
      let candidate = (words + [word]).joined(separator: " ") + "…"
      if !fits(candidate) { break }
      words.append(word)
    }
    if !words.isEmpty { return (words.joined(separator: " ") + "…", "cut at a word boundary") }
    var characters = ""
    for character in text {
      if !fits(characters + String(character) + "…") { break }
      characters.append(character)
    }
    return (characters + "…", "cut between characters")
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
