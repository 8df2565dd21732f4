import SMMCore

/// A phrase and the value it gives. Each word of the phrase is a key: `word` (plurals and, for
/// long words, light typos accepted), `=word` (exactly) or `stem*` (any word starting so).
struct AnswerRule<Value: Sendable>: Sendable {
  let keys: [String]
  let value: Value
}

func answerRules<Value: Sendable>(_ value: Value, _ phrases: [String]) -> [AnswerRule<Value>] {
  phrases.map { AnswerRule(keys: $0.split(separator: " ").map(String.init), value: value) }
}

enum AnswerMatcher {
  /// The plural endings a keyword may take (`[answer.endings]`).
  static let endings = InputWords.union("answer.endings")
  /// Words that turn off a keyword among the three after them (`[answer.negations]`).
  static let negations = AnswerWords.set("answer.negations")
  /// Words after a negation that undo it: "not only", "pas que", "pas mal"
  /// (`[answer.negation.breakers]`).
  static let negationBreakers = AnswerWords.set("answer.negation.breakers")

  /// The values of the rules found in `tokens`, in the order they appear. Longer phrases are
  /// tried first, exact words before typos; matched words are marked in `consumed`.
  static func scan<Value>(
    _ tokens: [AnswerToken], _ rules: [AnswerRule<Value>], consumed: inout [Bool]
  )
    -> [(position: Int, value: Value)]
  {
    let ordered = rules.enumerated().sorted {
      $0.element.keys.count != $1.element.keys.count
        ? $0.element.keys.count > $1.element.keys.count : $0.offset < $1.offset
    }.map(\.element)
    var hits: [(position: Int, value: Value)] = []
    for fuzzy in [false, true] {
      for rule in ordered {
        let n = rule.keys.count
        var start = 0
        while start + n <= tokens.count {
          let fits = (0..<n).allSatisfy { k in
            !consumed[start + k] && (k == 0 || !tokens[start + k].startsClause)
              && matches(tokens[start + k].text, rule.keys[k], fuzzy: fuzzy)
          }
          if fits {
            for k in start..<start + n { consumed[k] = true }
            if !isNegated(tokens, at: start) { hits.append((start, rule.value)) }
            start += n
          } else {
            start += 1
          }
        }
      }
    }
    return hits.sorted { $0.position < $1.position }
  }

  static func matches(_ token: String, _ key: String, fuzzy: Bool) -> Bool {
    if key.hasPrefix("=") { return token == key.dropFirst() }
    if key.hasSuffix("*") { return token.hasPrefix(key.dropLast()) }
    if token == key || endings.contains(where: { token == key + $0 }) {
      return true
    }
    guard fuzzy, token.first == key.first, token.allSatisfy(\.isLetter) else { return false }
    let allowed = key.count >= 9 ? 2 : key.count >= 6 ? 1 : 0
    guard allowed > 0, abs(token.count - key.count) <= allowed + 1 else { return false }
    let tokenCharacters = Array(token)
    return distance(tokenCharacters, Array(key)) <= allowed
      || distance(tokenCharacters, Array(key + "s")) <= allowed
  }

  /// Whether a negation comes within the three words before `index`, in the same clause.
  static func isNegated(_ tokens: [AnswerToken], at index: Int) -> Bool {
    var k = index
    while k > 0 && index - k < 3 && !tokens[k].startsClause {
      k -= 1
      if negations.contains(tokens[k].text) {
        let next = tokens[k + 1].text
        return !negationBreakers.contains(next)
      }
    }
    return false
  }

  /// Optimal string alignment distance: insertions, deletions, substitutions, swaps.
  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { d[i][0] = i }
    for j in 0...b.count { d[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
        if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
          d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
        }
      }
    }
    return d[a.count][b.count]
  }
}
