/// The sentiment reading of a mention: a lexicon and rules, in English and French, written
/// for smm (after the approach VADER published: Hutto & Gilbert, ICWSM 2014).
///
/// - Each word of the lexicon has a valence (−4…4); emoji and emoticons too.
/// - **Negation**: a negator in the 3 words before a word, in its clause, turns its valence
///   (× −0.74): `not`, `no`, `never`, `n't`, « ne … pas », « pas », « jamais », « aucun »,
///   « sans », « plus » after « ne »; French also negates with « pas » / « jamais » / « plus »
///   / « rien » just after the word (« j'aime pas »).
/// - **Intensifiers** add 0.293 to the valence's strength, **dampeners** take it away (`very`,
///   `so`, « très », « trop », « grave »; `kind of`, `slightly`, « un peu », « plutôt »), less
///   when farther (× 0.95 at two words, × 0.9 at three).
/// - **Capitals**: a word in capitals in a text that is not all capitals gains 0.733.
/// - **Contrast**: what comes before `but` / « mais » counts half, what comes after 1.5 times.
/// - **`!`**: each (4 at most) adds 0.292 to the sum's strength.
/// - The sum *s* becomes the score *s* / √(*s*² + 15), from −1 to 1; ``SentimentLabel``
///   gives the label.
/// - French: apostrophes split elided words (« j'ai », « c'est », « n'est »), accents are
///   optional (« decu » is « déçu »).
///
/// Reuse one analyser for many texts: it keeps its buffers.
public struct SentimentAnalyzer: Sendable {
  private var tokenizer = SentimentTokenizer()
  private var units: [Unit] = []

  /// A word (or emoji) of a clause, with what the rules need.
  private struct Unit {
    var valence: Float
    var role: SentimentLexicon.Role
    var hash: UInt64
    var capitals: Bool
    var stop: Bool
    var emoji: Bool
  }

  public init() {
    units.reserveCapacity(64)
  }

  /// The increment of an intensifier or dampener, and the scale of a negated valence.
  static let boost: Float = 0.293
  static let negation: Float = -0.74
  static let capitals: Float = 0.733
  static let exclamation: Float = 0.292

  /// Reads `text`: in its detected language, else in `fallback`; in `language` when given.
  public mutating func read(
    _ text: String, language: SentimentLanguage? = nil, fallback: SentimentLanguage = .en
  ) -> SentimentReading {
    var copy = text
    return copy.withUTF8 { read(utf8: $0, language: language, fallback: fallback) }
  }

  /// The language `text` is written in, by its function words (English against French, French
  /// elided words counting); nil when they tie or there are none.
  public mutating func language(of text: String) -> SentimentLanguage? {
    var copy = text
    return copy.withUTF8 { bytes in
      tokenizer.read(
        bytes, emoticons: SentimentLexicon.english.emoticons, emoji: SentimentLexicon.emoji)
      return detect(SentimentLexicon.english)
    }
  }

  /// Reads UTF-8 bytes (see ``read(_:language:fallback:)``).
  public mutating func read(
    utf8 bytes: UnsafeBufferPointer<UInt8>, language: SentimentLanguage? = nil,
    fallback: SentimentLanguage = .en
  ) -> SentimentReading {
    let english = SentimentLexicon.english
    tokenizer.read(bytes, emoticons: english.emoticons, emoji: SentimentLexicon.emoji)
    let chosen = language ?? detect(english) ?? fallback
    let score = self.score(SentimentLexicon.of(chosen), language: chosen)
    return SentimentReading(score: score, label: SentimentLabel(score: score), language: chosen)
  }

  /// The language of the last text by its function words (English ones against French
  /// ones, French elided words counting), nil when they tie.
  private func detect(_ lexicon: SentimentLexicon) -> SentimentLanguage? {
    var balance = 0
    for token in tokenizer.tokens where token.kind == .word {
      if let entry = lexicon.words[token.hash], entry.function != 0 {
        balance += Int(entry.function)
      } else if token.head != 0, let head = SentimentLexicon.french.words[token.head],
        head.role == .elision || head.role == .negator
      {
        balance -= 1
      }
    }
    return balance > 0 ? .en : balance < 0 ? .fr : nil
  }

  /// The compound score of the last text's tokens.
  private mutating func score(_ lexicon: SentimentLexicon, language: SentimentLanguage)
    -> Double
  {
    units.removeAll(keepingCapacity: true)
    let french = language == .fr
    for token in tokenizer.tokens {
      switch token.kind {
      case .stop:
        units.append(
          Unit(valence: 0, role: .none, hash: 0, capitals: false, stop: true, emoji: false))
      case .valence:
        units.append(
          Unit(
            valence: token.value, role: .none, hash: 0, capitals: false, stop: false, emoji: true))
      case .word:
        var hash = token.hash
        if french, token.head != 0, let head = lexicon.words[token.head],
          head.role == .elision || head.role == .negator
        {
          units.append(
            Unit(
              valence: 0, role: head.role, hash: token.head, capitals: false, stop: false,
              emoji: false))
          hash = token.tail
        }
        var entry = lexicon.words[hash]
        if entry == nil, token.squeezedTwo != 0, hash == token.hash {
          entry = lexicon.words[token.squeezedTwo] ?? lexicon.words[token.squeezedOne]
        }
        if entry == nil, token.tail != 0, hash == token.hash { entry = lexicon.words[token.tail] }
        var role = entry?.role ?? .none
        if token.negatedContraction { role = .negator }
        units.append(
          Unit(
            valence: role == .none || role == .kind ? entry?.valence ?? 0 : 0, role: role,
            hash: hash,
            capitals: token.capitals, stop: false, emoji: false))
      }
    }
    let shouting = tokenizer.capitalWords > 0 && tokenizer.capitalWords < tokenizer.words
    var sum: Float = 0
    var weight: Float = 1
    var clauseStart = 0
    var index = 0
    while index < units.count {
      let unit = units[index]
      defer { index += 1 }
      if unit.stop {
        clauseStart = index + 1
        continue
      }
      if unit.role == .contrast {
        sum *= 0.5
        weight = 1.5
        clauseStart = index + 1
        continue
      }
      if unit.role == .of, index > clauseStart, units[index - 1].role == .kind {
        units[index].role = .dampener
        continue
      }
      guard unit.valence != 0 else { continue }
      if unit.role == .kind, index + 1 < units.count, units[index + 1].role == .of { continue }
      if unit.emoji {
        sum += unit.valence * weight
        continue
      }
      var value = unit.valence
      let sign: Float = value > 0 ? 1 : -1
      if shouting && unit.capitals { value += sign * Self.capitals }
      var negated = false
      var distance = 1
      while distance <= 3, index - distance >= clauseStart {
        let before = units[index - distance]
        let scale: Float = distance == 1 ? 1 : distance == 2 ? 0.95 : 0.9
        switch effectiveRole(at: index - distance, clauseStart: clauseStart) {
        case .booster:
          value += sign * Self.boost * scale * (before.capitals && shouting ? 2 : 1)
        case .dampener: value -= sign * Self.boost * scale
        case .negator: negated = true
        default: break
        }
        distance += 1
      }
      if french, !negated, index + 1 < units.count, !units[index + 1].stop,
        effectiveRole(at: index + 1, clauseStart: clauseStart) == .negator
      {
        negated = true
      }
      if negated { value *= Self.negation }
      sum += value * weight
    }
    if sum != 0 {
      sum += (sum > 0 ? 1 : -1) * Self.exclamation * Float(min(tokenizer.exclamations, 4))
    }
    let total = Double(sum)
    return total / (total * total + 15).squareRoot()
  }

  /// The role of the unit at `index`, « plus » and « peu » read by the word before them.
  private func effectiveRole(at index: Int, clauseStart: Int) -> SentimentLexicon.Role {
    let role = units[index].role
    switch role {
    case .plus:
      var back = index - 1
      while back >= clauseStart, back >= index - 4 {
        if units[back].role == .negator { return .negator }
        back -= 1
      }
      return .booster
    case .peu:
      return index > clauseStart && units[index - 1].hash == SentimentLexicon.un
        ? .dampener : .negator
    default:
      return role
    }
  }
}
