/// The kind of business a brand's sector names, read from the words of its sector
/// (`[sector.KIND]` lists in `po/words/CODE.words`, every language): what the community, risk
/// and bio suggestions rest on, so a clinic is offered patients' groups and a tourist office
/// hikers, not "{sector} enthusiasts".
public enum SectorKind: String, CaseIterable, Sendable {
  case food, health, tourism, software, fashion, legal, professional, retail, fitness

  /// The kind `sector` names, or nil when no list's words appear in it. A specific kind wins
  /// over the two broad ones, professional services and retail ("accounting software" is
  /// software, "shoe shop" fashion); then the longest matching phrase ("cabinet d'avocats" is
  /// legal, "cabinet" alone professional); on a tie, the one found first in the text.
  public static func of(_ sector: String?) -> SectorKind? {
    guard let sector, !sector.isEmpty else { return nil }
    let words = SectorWords.tokens(sector)
    var best: (kind: SectorKind, rank: [Int])?
    for (kind, phrases) in lists {
      for phrase in phrases {
        guard let at = SectorWords.find(phrase, in: words) else { continue }
        // Compared in order: specific, longer, earlier.
        let rank = [kind.isBroad ? 0 : 1, phrase.reduce(0) { $0 + $1.count }, -at]
        if best.map({ $0.rank.lexicographicallyPrecedes(rank) }) ?? true { best = (kind, rank) }
      }
    }
    return best?.kind
  }

  /// A kind so broad that a more specific one found beside it describes the business better.
  var isBroad: Bool { self == .professional || self == .retail }

  /// The kind of `state`'s business, from its profile's sector.
  public static func of(_ state: BrandState) -> SectorKind? { of(state.profile.sector) }

  /// Whether what its clients tell it is confidential (health care, law): a public reply must
  /// never confirm that someone is a patient or a client.
  public var isConfidential: Bool { self == .health || self == .legal }

  /// Whether customers come to the place (a shop, a clinic, a site, a gym): there "more
  /// visits" means people through the door, not visits to the website.
  public var receivesVisitors: Bool {
    switch self {
    case .food, .health, .tourism, .fashion, .retail, .fitness: return true
    case .software, .legal, .professional: return false
    }
  }

  /// Every kind's phrases, as words (a last word ending in `*` matches any word it begins).
  private static let lists: [(SectorKind, [[String]])] = allCases.map { kind in
    (kind, InputWords.union("sector.\(kind.rawValue)").map(SectorWords.tokens(pattern:)))
  }
}

/// Splitting a sector into words and finding a phrase in them.
enum SectorWords {
  /// The lowercased words of `text`: letters and digits; apostrophes, hyphens and every other
  /// character separate words ("d'avocats" is "d", "avocats").
  static func tokens(_ text: String) -> [String] {
    var result: [String] = []
    var word = ""
    for character in text.lowercased() {
      if character.isLetter || character.isNumber {
        word.append(character)
      } else if !word.isEmpty {
        result.append(word)
        word = ""
      }
    }
    if !word.isEmpty { result.append(word) }
    return result
  }

  /// The words of a list entry, keeping a final `*`.
  static func tokens(pattern: String) -> [String] {
    let star = pattern.hasSuffix("*")
    var words = tokens(star ? String(pattern.dropLast()) : pattern)
    if star, let last = words.popLast() { words.append(last + "*") }
    return words
  }

  /// Where `phrase` starts in `words`, nil when absent.
  static func find(_ phrase: [String], in words: [String]) -> Int? {
    guard !phrase.isEmpty, phrase.count <= words.count else { return nil }
    for start in 0...(words.count - phrase.count) {
      let matches = phrase.indices.allSatisfy { offset in
        let wanted = phrase[offset]
        let word = words[start + offset]
        return wanted.hasSuffix("*") ? word.hasPrefix(wanted.dropLast()) : word == wanted
      }
      if matches { return start }
    }
    return nil
  }
}
