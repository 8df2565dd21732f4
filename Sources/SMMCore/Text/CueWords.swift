/// A free-text answer read for cues: its words folded (lower case, Latin accents dropped,
/// apostrophes and punctuation split), and the one rule for "this cue is said here" — a cue
/// is a word or a phrase of words in a row, `stem*` matching every word it starts. Used by the
/// domain's readers of plain answers (the drill's questions, a negative post described in
/// words), in every language at once.
package struct CueWords: Sendable {
  /// The folded words, in order.
  package let words: [String]

  /// The words of `text`.
  package init(_ text: String) {
    var words: [String] = []
    var current = ""
    for character in text {
      let folded = Self.fold(character)
      if !folded.isEmpty && folded.allSatisfy({ $0.isLetter || ($0.isASCII && $0.isNumber) }) {
        current += folded
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    self.words = words
  }

  /// One cue found: where it starts and how many words it takes.
  package struct Match: Equatable, Sendable {
    /// The position of its first word.
    package var start: Int
    /// How many words it takes.
    package var length: Int
  }

  /// Every place `cue` (a word or words, folded like the text) is said.
  package func matches(_ cue: String) -> [Match] {
    let parts = CueWords(cue.hasSuffix("*") ? String(cue.dropLast()) : cue).words
    guard !parts.isEmpty, parts.count <= words.count else { return [] }
    let stem = cue.hasSuffix("*")
    var found: [Match] = []
    for start in 0...(words.count - parts.count) {
      let fits = parts.indices.allSatisfy { offset in
        let word = words[start + offset]
        let last = offset == parts.count - 1
        return word == parts[offset] || (last && stem && word.hasPrefix(parts[offset]))
      }
      if fits { found.append(Match(start: start, length: parts.count)) }
    }
    return found
  }

  /// Whether any of `cues` is said.
  package func says(any cues: [String]) -> Bool {
    cues.contains { !matches($0).isEmpty }
  }

  /// Whether one of `negations` is among the `span` words before `position`.
  package func negated(at position: Int, by negations: Set<String>, span: Int = 3) -> Bool {
    words[max(0, position - span)..<position].contains(where: negations.contains)
  }

  /// Accented lower-case Latin letters and typographic marks, folded to plain ASCII.
  private static let folds: [Character: String] = {
    var table: [Character: String] = [:]
    let groups: [(String, String)] = [
      ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"),
      ("ĥħ", "h"), ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"),
      ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"), ("ŕŗř", "r"), ("śŝşš", "s"), ("ţťŧ", "t"),
      ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"), ("’‘`´ʼ", "'"),
    ]
    for (letters, plain) in groups {
      for letter in letters { table[letter] = plain }
    }
    table["æ"] = "ae"
    table["œ"] = "oe"
    table["ß"] = "ss"
    return table
  }()

  /// One character, lower-cased and folded (possibly to two letters, or to nothing for a
  /// combining mark): the one folding of free text, shared with the assistant's reader.
  package static func fold(_ character: Character) -> String {
    var out = ""
    for lower in character.lowercased() {
      if let plain = folds[lower] {
        out += plain
      } else {
        for scalar in lower.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }
}
