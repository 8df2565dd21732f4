import SMMCore

/// One word of a normalised answer.
struct AnswerToken: Sendable {
  /// Lower case, accents folded, letters and digits only (or `-` between two numbers).
  var text: String
  /// Whether a `, ; . : ! ?` came before it (or it starts the answer).
  var startsClause: Bool

  var number: Double? {
    guard let first = text.first, first.isASCII, first.isNumber else { return nil }
    return Double(text)
  }
}

enum AnswerNormaliser {
  /// Accented and special lower-case letters, folded to plain ASCII.
  static let folds: [Unicode.Scalar: String] = {
    var table: [Unicode.Scalar: String] = [:]
    let groups: [(String, String)] = [
      ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"),
      ("ĥħ", "h"), ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"),
      ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"), ("ŕŗř", "r"), ("śŝşš", "s"), ("ţťŧ", "t"),
      ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"), ("’‘`´ʼ", "'"),
      ("–—‐‑−", "-"),
    ]
    for (letters, plain) in groups {
      for scalar in letters.unicodeScalars { table[scalar] = plain }
    }
    table["æ"] = "ae"
    table["œ"] = "oe"
    table["ß"] = "ss"
    return table
  }()

  /// The answer, lower-cased and folded, one Character per output character.
  static func fold(_ text: String) -> [Character] {
    var out: [Character] = []
    for scalar in text.lowercased().unicodeScalars {
      if scalar.properties.generalCategory == .nonspacingMark { continue }
      if let plain = folds[scalar] {
        out.append(contentsOf: plain)
      } else {
        out.append(Character(scalar))
      }
    }
    return out
  }

  static func isDigit(_ character: Character) -> Bool {
    character.isASCII && character.isNumber
  }

  static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || isDigit(character)
  }

  static func tokens(of text: String) -> [AnswerToken] {
    let chars = fold(text)
    var tokens: [AnswerToken] = []
    var clause = true
    func emit(_ text: String) {
      tokens.append(AnswerToken(text: text, startsClause: clause))
      clause = false
    }
    func neighbour(from index: Int, step: Int) -> Character? {
      var k = index + step
      while k >= 0 && k < chars.count {
        if chars[k] != " " { return chars[k] }
        k += step
      }
      return nil
    }
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if isWordCharacter(c) {
        var group: [Character] = []
        while i < chars.count {
          let d = chars[i]
          if isWordCharacter(d) {
            group.append(d)
          } else if d == "." || d == ",", let last = group.last, isDigit(last),
            i + 1 < chars.count, isDigit(chars[i + 1])
          {
            group.append(".")
          } else {
            break
          }
          i += 1
        }
        // "4h30" → 4 h 30, "30s" → 30 s; "b2b" stays whole.
        if let first = group.first, isDigit(first) {
          var part = ""
          var partIsNumber = true
          for d in group {
            let dIsNumber = isDigit(d) || d == "."
            if !part.isEmpty && dIsNumber != partIsNumber {
              emit(part)
              part = ""
            }
            partIsNumber = dIsNumber
            part.append(d)
          }
          if !part.isEmpty { emit(part) }
        } else {
          emit(String(group))
        }
        continue
      }
      switch c {
      case "-":
        if let before = neighbour(from: i, step: -1), let after = neighbour(from: i, step: 1),
          isDigit(before), isDigit(after)
        {
          emit("-")
        }
      case "+": emit("plus")
      case "&": emit("and")
      case ",", ";", ".", ":", "!", "?", "(", ")", "\n", "…": clause = true
      default: break
      }
      i += 1
    }
    return tokens
  }
}
