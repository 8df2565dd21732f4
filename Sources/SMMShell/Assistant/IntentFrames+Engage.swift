import SMMCore

/// Frames of the engagement plan said in a sentence: who carries one kind of action for a
/// community.
extension IntentFrames {
  /// The kinds of action with their words (`[frame.engage.kind.KIND]`: "sharing", « relayer »).
  static let engagementKindWords = EngagementKind.allCases.map { kind in
    (kind, InputWords.union("frame.engage.kind.\(kind.rawValue)").map(IntentLexicon.words(of:)))
  }

  /// "Sarah will do the sharing for the Leeds runners", « c'est Julie qui relaiera les
  /// Gourmands de Lyon »: a community of the brand, one kind of action
  /// (`[frame.engage.kind.*]`), a word of taking it on (`[frame.engage.owner]`) and a person's
  /// name — capitalised words the lexicon does not know, outside the community's name:
  /// `/engage owner COMMUNITY KIND NAME`. Not a question.
  static func engageOwner(_ text: String, line: IntentLine, context: IntentContext)
    -> CommandRequest?
  {
    guard !text.contains("?") else { return nil }
    var community: (name: String, words: Set<Int>)?
    for name in context.communityNames {
      if let found = NameMatch.occurrence(of: IntentText.tokens(of: name).map(\.text), in: line) {
        community = (name, Set(found))
        break
      }
    }
    guard let community else { return nil }
    // "for the Leeds runners, Tom creates the posts", « pour les randonneurs, c'est Marc qui
    // crée »: the community said first, with "for" (`[frame.engage.for]`), needs no
    // taking-on phrase.
    let forFirst =
      (community.words.min() ?? 0) <= 2
      && line.words.first.map { InputWords.union("frame.engage.for").contains($0) } == true
    guard forFirst || has(line, "frame.engage.owner") else { return nil }
    let kinds = engagementKindWords.filter { _, phrases in
      phrases.contains { line.find($0, excluding: community.words) != nil }
    }
    guard kinds.count == 1, let person = personName(in: line, outside: community.words) else {
      return nil
    }
    return CommandRequest(
      "engage", "owner", values: [community.name, kinds[0].0.rawValue, person])
  }

  /// The one run of capitalised words the lexicon does not know, outside `used`: a person's
  /// first name, or first and last ("Sarah", "Tom Baker"); nil when there is none or several.
  static func personName(in line: IntentLine, outside used: Set<Int>) -> String? {
    var runs: [[Int]] = []
    var current: [Int] = []
    for index in line.tokens.indices {
      let capital = line.characters[line.tokens[index].start].isUppercase
      if capital && !line.known[index] && !used.contains(index) {
        current.append(index)
      } else if !current.isEmpty {
        runs.append(current)
        current = []
      }
    }
    if !current.isEmpty { runs.append(current) }
    guard runs.count == 1, let first = runs[0].first, let last = runs[0].last, runs[0].count <= 3
    else { return nil }
    return line.original(from: first, through: last)
  }
}
