import SMMCore

/// "Did you mean …" suggestions: the candidates closest to a typo by edit distance.
package enum Suggestions {
  /// Candidates within a small edit distance of `input` (case-insensitive), closest first.
  /// Prefix matches count as close: `/bra` suggests `/brands`.
  package static func closest(to input: String, in candidates: [String], limit: Int = 3) -> [String]
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
        distance = EditDistance.distance(Array(typed), Array(lower), limit: threshold)
      }
      if distance <= threshold { scored.append((candidate, distance)) }
    }
    scored.sort { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
    var seen = Set<String>()
    return scored.map(\.0).filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
  }
}
