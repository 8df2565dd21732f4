import SMMCore

/// Finding a known name (a brand, a risk) in a line, tolerating typos and missing accents.
enum NameMatch {
  /// The best of `names` found in `line`, with the words it covers: a name whose every word
  /// appears in order (a typo per word allowed by length, as for keywords) beats one matched
  /// by its first word only, which counts only when no other name starts with that word.
  /// Among equals, the longest name, then the first listed, wins.
  static func find(_ names: [String], in line: IntentLine) -> (name: String, words: [Int])? {
    var best: (name: String, words: [Int])?
    var partial: [(name: String, words: [Int])] = []
    for name in names {
      let words = IntentText.tokens(of: name).map(\.text)
      guard !words.isEmpty else { continue }
      if let positions = occurrence(of: words, in: line) {
        if positions.count > best?.words.count ?? 0 { best = (name, positions) }
      } else if words.count > 1, words[0].count >= 3,
        let positions = occurrence(of: [words[0]], in: line)
      {
        partial.append((name, positions))
      }
    }
    if let best { return best }
    if partial.count == 1 { return partial[0] }
    return nil
  }

  /// The positions of `words`, contiguous, each equal or a typo of the line's word.
  static func occurrence(of words: [String], in line: IntentLine) -> [Int]? {
    guard words.count <= line.tokens.count else { return nil }
    for start in 0...(line.tokens.count - words.count) {
      let positions = Array(start..<(start + words.count))
      let matches = zip(positions, words).allSatisfy { index, word in
        let text = line.tokens[index].text
        return text == word || IntentLine.isTypo(text, of: word)
      }
      if matches { return positions }
    }
    return nil
  }
}
