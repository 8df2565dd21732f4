/// The words of one language for the sentiment reading: each word's valence and its role in
/// the rules, keyed by the hash of its folded form, so a reading allocates no `String`.
///
/// English: VADER's lexicon (vaderSentiment 3.3.2, MIT licence, `data/sentiment/NOTICE-vader`).
/// French: smm's own (`data/sentiment/fr.txt`). Emoji: smm's own (`data/sentiment/emoji.txt`).
/// The roles (negators, intensifiers…) are smm's lists, in ``SentimentWords``.
/// Each table is built on first use (`scripts/gen-sentiment` compiles the data into Swift).
struct SentimentLexicon: Sendable {
  /// What a word does in a reading.
  enum Role: UInt8, Sendable {
    case none
    /// Turns the valence of the next words of its clause (`not`, « pas », « sans »).
    case negator
    /// Strengthens the next words (`very`, « très »).
    case booster
    /// Weakens them (`slightly`, « un peu »).
    case dampener
    /// The clause after it weighs more (`but`, « mais »).
    case contrast
    /// French « plus »: a negator after « ne », else a booster.
    case plus
    /// French « peu »: a dampener after « un », else a negator.
    case peu
    /// A French elided word before an apostrophe (« j' », « l' », « qu' »); « n' » is a
    /// negator.
    case elision
    /// English `kind`, `sort`: with `of` after them, a dampener, not a valence.
    case kind
    /// English `of`.
    case of
  }

  /// One word's entry.
  struct Entry: Sendable {
    var valence: Float
    var role: Role
    /// +1 for an English function word, −1 for a French one (language detection).
    var function: Int8
  }

  /// Every word the language reads, by its folded hash.
  let words: [UInt64: Entry]
  /// Emoticons (`:)`, `:-(`, `<3`), by the raw hash of the chunk.
  let emoticons: [UInt64: Float]

  /// The hash of French « un » (« un peu »).
  static let un = SentimentTokenizer.wordHash("un") ?? 0

  /// The English lexicon, with the rules' words of both languages for detection.
  static let english = SentimentLexicon(
    source: englishSource, roles: SentimentWords.english, language: .en)
  /// The French lexicon.
  static let french = SentimentLexicon(
    source: frenchSource, roles: SentimentWords.french, language: .fr)
  /// Emoji valences, by scalar.
  static let emoji: [UInt32: Float] = {
    var table: [UInt32: Float] = [:]
    for line in emojiSource.split(separator: "\n") {
      let parts = line.split(separator: "\t")
      guard parts.count == 2, let scalar = parts[0].unicodeScalars.first,
        let value = Float(parts[1])
      else { continue }
      table[scalar.value] = value
    }
    return table
  }()

  /// The lexicon of `language`.
  static func of(_ language: SentimentLanguage) -> SentimentLexicon {
    switch language {
    case .en: english
    case .fr: french
    }
  }

  /// Parses `source` (`form<TAB>valence` lines); a form that is one word is keyed by its
  /// folded hash, an emoticon by its raw bytes, a phrase is left out. `roles` are added (a
  /// role word keeps no valence of its own); both languages' function words are marked.
  init(source: String, roles: [(String, Role)], language: SentimentLanguage) {
    var words: [UInt64: Entry] = [:]
    var emoticons: [UInt64: Float] = [:]
    for line in source.split(separator: "\n") {
      guard let tab = line.firstIndex(of: "\t"), let value = Float(line[line.index(after: tab)...])
      else { continue }
      let form = String(line[..<tab])
      if form.contains(" ") { continue }
      if let hash = SentimentTokenizer.wordHash(form) {
        if words[hash] == nil { words[hash] = Entry(valence: value, role: .none, function: 0) }
      } else if form.utf8.contains(where: { !SentimentTokenizer.isLetterOrDigit($0) }) {
        emoticons[SentimentTokenizer.chunkHash(form)] = value
      }
    }
    for (word, role) in roles {
      guard let hash = SentimentTokenizer.wordHash(word) else { continue }
      // A role word keeps no valence, but `kind` is still kind when no `of` follows.
      let valence = role == .kind ? words[hash]?.valence ?? 0 : 0
      words[hash] = Entry(valence: valence, role: role, function: 0)
    }
    for (list, mark) in [
      (SentimentWords.englishFunction, Int8(1)), (SentimentWords.frenchFunction, -1),
    ] {
      for word in list.split(separator: " ") {
        guard let hash = SentimentTokenizer.wordHash(String(word)) else { continue }
        var entry = words[hash] ?? Entry(valence: 0, role: .none, function: 0)
        entry.function = mark
        words[hash] = entry
      }
    }
    self.words = words
    // Emoticons come from the English lexicon; French reads them too.
    self.emoticons = language == .en ? emoticons : Self.english.emoticons
  }
}
