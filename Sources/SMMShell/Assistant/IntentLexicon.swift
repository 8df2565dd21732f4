import SMMCore

/// A keyword or phrase that points at an intent, with its weight.
struct IntentCue: Sendable {
  /// The folded words, in order; a word ending in `*` matches any word it starts.
  var words: [String]
  /// 8 for a phrase that holds another intent's 6 and names a narrower view ("content mix"
  /// in "check our content mix"), 6 for a phrase that settles a conflict between two strong
  /// words, 4 for a word or phrase
  /// that names the intent on its own, 2 for one that supports it, 1 for a word of its domain.
  var weight: Int
}

/// The keyword groups of every intent, read from the `[intent.NAME.WEIGHT]` lists of every
/// language's word file (`po/words/CODE.words`). Cues are written as typed and folded when the
/// table is built, so "où en est-on" and "ou en est on" are the same cue.
struct IntentLexicon: Sendable {
  /// The cues of each intent, longest first.
  let cues: [Intent: [IntentCue]]
  /// Every whole word of the lexicon and of the slot tables, plus common short words: a
  /// typed word found here is taken as written and never read as a typo of another one.
  let vocabulary: Set<String>

  /// The lexicon of the languages the shell ships.
  static let shipped = IntentLexicon(words: InputWords.shipped)

  /// The lexicon of the word files `books` (the shipped languages, or a test's).
  init(words books: [InputWords]) {
    let groups = Self.groups(words: books)
    var table: [Intent: [IntentCue]] = [:]
    for (intent, weighted) in groups {
      var cues: [IntentCue] = []
      for (weight, phrases) in weighted {
        for phrase in phrases {
          cues.append(IntentCue(words: Self.words(of: phrase), weight: weight))
        }
      }
      table[intent] = cues.enumerated().sorted { a, b in
        a.element.words.count != b.element.words.count
          ? a.element.words.count > b.element.words.count : a.offset < b.offset
      }.map(\.element)
    }
    cues = table
    var known = Set<String>()
    for (_, cues) in table {
      for cue in cues { for word in cue.words where !word.hasSuffix("*") { known.insert(word) } }
    }
    for word in InputWords.union("intent.fillers", of: books) { known.insert(word) }
    for (word, _) in IntentSlots.platformWords { known.insert(word) }
    for (word, _) in IntentSlots.numberWords { known.insert(word) }
    for (_, words) in IntentSlots.replyKinds { for word in words { known.insert(word) } }
    // Weeks, months and days are read as written: "du mois" is never a typo of « moisi ».
    let timeWords =
      ["slot.weeks", "slot.months", "slot.fortnight", "slot.weeks.next", "slot.message"]
      .flatMap { InputWords.union($0, of: books) }
      + IntentSlots.ordinalWords.map(\.0) + IntentDate.monthWords.map(\.0)
    for word in timeWords { known.formUnion(IntentText.tokens(of: word).map(\.text)) }
    vocabulary = known
  }

  /// The folded words of a cue, keeping a final `*` on prefixes.
  static func words(of phrase: String) -> [String] {
    phrase.split(separator: " ").flatMap { piece -> [String] in
      let prefix = piece.hasSuffix("*")
      var folded = IntentText.tokens(of: String(prefix ? piece.dropLast() : piece)).map(\.text)
      if prefix, let last = folded.popLast() { folded.append(last + "*") }
      return folded
    }
  }

  /// The keyword groups of `books`, by intent (in the order the files list them) and weight:
  /// the list `[intent.next.4]` is the weight-4 group of ``Intent/next``. A list whose name
  /// is not an intent and a weight is not a cue group (`[intent.fillers]`).
  static func groups(words books: [InputWords]) -> [(Intent, [(Int, [String])])] {
    var groups: [(Intent, [(Int, [String])])] = []
    for (suffix, words) in InputWords.groups(prefixed: "intent.", of: books) {
      let parts = suffix.split(separator: ".")
      guard parts.count == 2, let intent = Intent(rawValue: String(parts[0])),
        let weight = Int(parts[1])
      else { continue }
      if let index = groups.firstIndex(where: { $0.0 == intent }) {
        groups[index].1.append((weight, words))
      } else {
        groups.append((intent, [(weight, words)]))
      }
    }
    return groups
  }
}
