import SMMCore

/// A normalised free-text line and the one rule for "this typed word is that keyword".
struct IntentLine {
  /// The line as typed, by character (names are cut from it, keeping case and accents).
  let characters: [Character]
  /// The folded words.
  let tokens: [IntentToken]
  /// Whether each word is a known word (lexicon, slot tables, context names, digits): known
  /// words are taken as written, only unknown ones may be typos.
  let known: [Bool]
  /// The cues and known words the line is read with.
  let lexicon: IntentLexicon

  init(_ text: String, names: [String], lexicon: IntentLexicon = .shipped) {
    self.lexicon = lexicon
    characters = Array(text)
    tokens = IntentText.tokens(of: text)
    var extra = Set<String>()
    for name in names { for token in IntentText.tokens(of: name) { extra.insert(token.text) } }
    known = tokens.map { token in
      lexicon.vocabulary.contains(token.text) || extra.contains(token.text)
        || token.text.allSatisfy { $0.isASCII && $0.isNumber }
    }
  }

  /// The plural and feminine endings a keyword may take (`[intent.endings]`).
  static let endings = Set(InputWords.union("intent.endings"))

  /// The folded words, as strings.
  var words: [String] { tokens.map(\.text) }

  /// Whether word `index` matches the keyword `keyword`: the same word; the keyword with a
  /// plural or feminine ending (-s, -x, -e, -es); any word it starts when it ends in `*`
  /// ("adapt*" matches "adapte", "adapter"); or, for a word that is not known, a typo within
  /// ``EditDistance/tolerance(forLength:)`` of the keyword with the same first letter.
  func word(_ index: Int, matches keyword: String) -> Bool {
    let text = tokens[index].text
    if keyword.hasSuffix("*") { return text.hasPrefix(keyword.dropLast()) }
    if text == keyword { return true }
    if keyword.count >= 3, text.hasPrefix(keyword),
      Self.endings.contains(String(text.dropFirst(keyword.count)))
    {
      return true
    }
    return !known[index] && Self.isTypo(text, of: keyword)
  }

  /// Whether `text` is within the typo tolerance of `keyword`, same first letter, 4+ letters.
  static func isTypo(_ text: String, of keyword: String) -> Bool {
    let tolerance = EditDistance.tolerance(forLength: keyword.count)
    guard tolerance > 0, text.count >= 4, text.first == keyword.first else { return false }
    return EditDistance.distance(Array(text), Array(keyword), limit: tolerance) <= tolerance
  }

  /// The positions of the first occurrence of `words` among the words not in `used`, each
  /// word right after the previous one or with one word between them; nil when absent.
  func find(_ words: [String], excluding used: Set<Int>) -> [Int]? {
    guard let first = words.first else { return nil }
    func extend(_ positions: [Int], _ rest: ArraySlice<String>) -> [Int]? {
      guard let next = rest.first, let last = positions.last else { return positions }
      for candidate in (last + 1)...(last + 2)
      where candidate < tokens.count && !used.contains(candidate) && word(candidate, matches: next)
      {
        if let found = extend(positions + [candidate], rest.dropFirst()) { return found }
      }
      return nil
    }
    for start in tokens.indices where !used.contains(start) && word(start, matches: first) {
      if let found = extend([start], words.dropFirst()) { return found }
    }
    return nil
  }

  /// The line as typed from word `from` to word `through`, inclusive.
  func original(from: Int, through: Int) -> String {
    String(characters[tokens[from].start..<tokens[through].end])
  }
}
