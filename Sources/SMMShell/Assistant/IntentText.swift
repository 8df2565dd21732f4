import SMMCore

/// One word of a free-text line, folded for matching, with where it sits in the line.
struct IntentToken: Equatable, Sendable {
  /// Lower case, Latin diacritics folded, letters and digits only.
  var text: String
  /// The first and past-the-end positions of the word in the line's characters.
  var start: Int
  var end: Int
}

/// The normalisation of a free-text line: lower case, diacritics folded with an explicit table
/// (é→e, ç→c, œ→oe, æ→ae, ß→ss…), typographic apostrophes read as `'`, and a split on anything
/// that is not a letter or a digit. No Foundation: the table is the whole of the folding.
enum IntentText {
  /// The line's characters as written (for names, which keep their case and accents).
  static func characters(of line: String) -> [Character] { Array(line) }

  /// The folded words of `line`, in order.
  static func tokens(of line: String) -> [IntentToken] {
    let characters = Array(line)
    var tokens: [IntentToken] = []
    var current = ""
    var start = 0
    for (index, character) in characters.enumerated() {
      let folded = fold(character)
      if !folded.isEmpty && folded.allSatisfy(isWordCharacter) {
        if current.isEmpty { start = index }
        current += folded
      } else if !current.isEmpty {
        tokens.append(IntentToken(text: current, start: start, end: index))
        current = ""
      }
    }
    if !current.isEmpty {
      tokens.append(IntentToken(text: current, start: start, end: characters.count))
    }
    return tokens
  }

  /// One character, lower-cased and folded (possibly to two letters, or to nothing for a
  /// combining mark).
  static func fold(_ character: Character) -> String { CueWords.fold(character) }

  /// Whether a folded character belongs to a word: a letter or an ASCII digit.
  static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || (character.isASCII && character.isNumber)
  }
}
