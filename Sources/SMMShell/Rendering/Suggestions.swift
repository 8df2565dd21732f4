/// "Did you mean …" suggestions: the candidates closest to a typo by edit distance.
public enum Suggestions {
  /// Candidates within a small edit distance of `input` (case-insensitive), closest first.
  /// Prefix matches count as close: `/bra` suggests `/brands`.
  public static func closest(to input: String, in candidates: [String], limit: Int = 3) -> [String]
  {
    let typed = input.lowercased()
    guard typed.count >= 2, typed.contains(where: \.isLetter) else { return [] }
    let threshold = max(1, min(3, typed.count / 3))
    var scored: [(String, Int)] = []
    for candidate in candidates {
      let lower = candidate.lowercased()
      if lower == typed || lower.count < 2 { continue }
      let distance: Int
      if lower.hasPrefix(typed) && typed.count >= 2 {
        distance = 0
      } else {
        distance = editDistance(Array(typed), Array(lower))
      }
      if distance <= threshold { scored.append((candidate, distance)) }
    }
    scored.sort { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
    var seen = Set<String>()
    return scored.map(\.0).filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
  }

  /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
  /// neighbouring characters each cost 1.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
          value = min(value, previous2[j - 2] + 1)
        }
        current[j] = value
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }
}
