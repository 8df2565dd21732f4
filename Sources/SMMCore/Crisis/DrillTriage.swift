extension CrisisDrill {
  /// A fact the drill shows before it asks, and then asks about in plain words.
  public enum Fact: String, CaseIterable, Sendable {
    /// Whether what is said is true, false, or true but out of context.
    case veracity
    /// Whether something similar happened before.
    case history
    /// How people saw the brand before.
    case reputation
    /// Whether anyone was harmed.
    case harm
  }

  /// The team's reading of the facts the drill showed, each nil until answered.
  public struct Triage: Equatable, Sendable {
    /// Whether what is said is true.
    public var veracity: Veracity?
    /// Whether it happened before.
    public var history: Bool?
    /// The reputation before.
    public var reputation: PriorReputation?
    /// The harm done.
    public var harm: Harm?

    /// A reading, empty unless told otherwise.
    public init(
      veracity: Veracity? = nil, history: Bool? = nil, reputation: PriorReputation? = nil,
      harm: Harm? = nil
    ) {
      self.veracity = veracity
      self.history = history
      self.reputation = reputation
      self.harm = harm
    }

    /// The truth a scenario holds, as a reading.
    public init(_ scenario: Scenario) {
      self.init(
        veracity: scenario.veracity, history: scenario.history, reputation: scenario.reputation,
        harm: scenario.harm)
    }

    /// The first fact not answered yet, in the order the drill asks them.
    public var next: Fact? { Fact.allCases.first { value(of: $0) == nil } }

    /// The answer given for `fact`, as the log writes it (`true`, `yes`, `poor`, `none`…).
    public func value(of fact: Fact) -> String? {
      switch fact {
      case .veracity: return veracity?.rawValue
      case .history: return history.map { $0 ? "yes" : "no" }
      case .reputation: return reputation?.rawValue
      case .harm: return harm?.rawValue
      }
    }

    /// As the log records it: the four values in order, `-` for one not answered
    /// (`false no good none`).
    public var recorded: String {
      Fact.allCases.map { value(of: $0) ?? "-" }.joined(separator: " ")
    }

    /// Reads a recorded triage: the four words of ``recorded``, or the five of the drill's
    /// first form (`rumor false no good none`: the crisis type first, which the risk register
    /// already gives). Anything else reads as nothing answered.
    public init(recorded text: String) {
      var words = text.lowercased().split(separator: " ").map(String.init)
      if words.count == 5, CrisisType(rawValue: words[0]) != nil { words.removeFirst() }
      self.init()
      guard words.count == 4 else { return }
      veracity = Veracity(rawValue: words[0])
      history = words[1] == "yes" ? true : words[1] == "no" ? false : nil
      reputation = PriorReputation(rawValue: words[2])
      harm = Harm(rawValue: words[3])
    }

    /// The reading after `answer` to the question about `asked`, in any language the shell
    /// reads: every fact the answer states ("it's true, a patient was hurt" gives veracity and
    /// harm), a plain yes or no for the fact asked, or the recorded form itself. Nil when the
    /// answer states nothing. With no fact asked (nil), only the cues read anywhere count.
    public func reading(_ answer: String, asked: Fact?) -> Triage? {
      let recorded = Triage(recorded: answer)
      if recorded.next == nil { return recorded }
      let words = CueWords(answer)
      var found = DrillWords.facts(in: words, asked: asked)
      if let asked, found[asked] == nil, let first = words.words.first {
        let yes = DrillWords.yes.contains(first)
        let no = DrillWords.no.contains(first)
        switch asked {
        case .veracity where yes || no: found[.veracity] = yes ? "true" : "false"
        case .history where yes || no: found[.history] = yes ? "yes" : "no"
        case .harm where no: found[.harm] = "none"
        default: break
        }
      }
      guard !found.isEmpty else { return nil }
      var next = self
      for (fact, value) in found { next.set(fact, value) }
      return next
    }

    /// Sets `fact` to a value as the log writes it.
    mutating func set(_ fact: Fact, _ value: String) {
      switch fact {
      case .veracity: veracity = Veracity(rawValue: value)
      case .history: history = value == "yes"
      case .reputation: reputation = PriorReputation(rawValue: value)
      case .harm: harm = Harm(rawValue: value)
      }
    }
  }

  /// What the team chose to say, read from plain words.
  public enum StrategyReading: Equatable, Sendable {
    /// One strategy, with or without bolstering.
    case chosen(CrisisStrategy, bolstering: Bool)
    /// Deny together with another strategy (Coombs 2007, guideline 8: never mix them).
    case mixed
    /// No strategy said.
    case unclear

    /// As the log records it: `deny`, `rebuild+`; nil when not a choice.
    public var recorded: String? {
      guard case .chosen(let strategy, let bolstering) = self else { return nil }
      return strategy.rawValue + (bolstering ? "+" : "")
    }
  }

  /// Reads a strategy in plain words, in any language the shell reads ("apologise and make
  /// amends", « on dément, preuves à l'appui »), or its name (`deny`, `rebuild+`).
  public static func readStrategy(_ answer: String) -> StrategyReading {
    let bare = answer.lowercased().filter { $0 != " " }
    let plus = bare.hasSuffix("+")
    if let strategy = CrisisStrategy(rawValue: plus ? String(bare.dropLast()) : bare) {
      return .chosen(strategy, bolstering: plus)
    }
    let words = CueWords(answer)
    let said = DrillWords.strategies.filter { words.says(any: $0.words) }.map(\.strategy)
    let bolstering = plus || words.says(any: DrillWords.bolstering)
    switch Set(said).count {
    case 1: return .chosen(said[0], bolstering: bolstering)
    case 0: return .unclear
    default:
      // Diminish and rebuild together read as the stronger; deny never mixes (guideline 8).
      if said.contains(.deny) { return .mixed }
      return .chosen(said.contains(.rebuild) ? .rebuild : said[0], bolstering: bolstering)
    }
  }

  /// Reads "publish now" (true) or "wait" (false) in plain words; nil for anything else.
  public static func readPublish(_ answer: String) -> Bool? {
    let words = CueWords(answer)
    let wait = words.says(any: DrillWords.wait)
    let publish = words.says(any: DrillWords.publish)
    if wait != publish { return publish }
    guard let first = words.words.first else { return nil }
    if DrillWords.yes.contains(first) { return true }
    if DrillWords.no.contains(first) { return false }
    return nil
  }
}

/// The words the drill reads, every language at once (`[drill.*]` in `po/words/CODE.words`).
enum DrillWords {
  static let yes = Set(InputWords.union("drill.yes"))
  static let no = Set(InputWords.union("drill.no"))
  static let negations = Set(InputWords.union("drill.negations"))
  static let publish = InputWords.union("drill.publish")
  static let wait = InputWords.union("drill.wait")
  static let bolstering = InputWords.union("drill.bolstering")
  static let stars = Set(InputWords.union("drill.stars"))
  static let strategies: [(strategy: CrisisStrategy, words: [String])] =
    InputWords.groups(prefixed: "drill.strategy.").compactMap { suffix, words in
      CrisisStrategy(rawValue: suffix).map { ($0, words) }
    }

  /// A cue of a fact's value: read anywhere (`drill.fact.F.V`), or only when that fact is
  /// the one asked (`drill.asked.F.V`: short words such as "good" or "before").
  struct Cue {
    var fact: CrisisDrill.Fact
    var value: String
    var words: [String]
    var onlyWhenAsked: Bool
  }

  static let cues: [Cue] = {
    func read(_ prefix: String, onlyWhenAsked: Bool) -> [Cue] {
      InputWords.groups(prefixed: prefix).compactMap { suffix, words in
        let parts = suffix.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let fact = CrisisDrill.Fact(rawValue: parts[0]) else { return nil }
        return Cue(fact: fact, value: parts[1], words: words, onlyWhenAsked: onlyWhenAsked)
      }
    }
    return read("drill.fact.", onlyWhenAsked: false) + read("drill.asked.", onlyWhenAsked: true)
  }()

  /// The value a negation before it turns a cue into ("not true" is false, "nobody was hurt"
  /// is no harm); nil when a negation does not change it.
  static func negated(_ fact: CrisisDrill.Fact, _ value: String) -> String? {
    switch (fact, value) {
    case (.veracity, "true"): return "false"
    case (.veracity, "false"): return "true"
    case (.history, "yes"): return "no"
    case (.history, "no"): return "yes"
    case (.reputation, "good"): return "poor"
    case (.reputation, "poor"): return "neutral"
    case (.harm, "financial"), (.harm, "injury"): return "none"
    default: return nil
    }
  }

  /// Whether the cue of `fact` at `match` is negated: a negation word among the three words
  /// before it (unless the cue starts with one), or, for harm, "no" right before it ("no money lost") or "no one" before it.
  static func isNegated(_ words: CueWords, at match: CueWords.Match, _ fact: CrisisDrill.Fact)
    -> Bool
  {
    let start = match.start
    // A cue that holds its own negation ("never happened", « jamais arrivé », « pas la
    // première fois ») is not turned round again by the "ne" / "n'" that goes with it.
    if negations.contains(words.words[start]) { return false }
    if words.negated(at: start, by: negations) { return true }
    guard fact == .harm else { return false }
    if start >= 1 && words.words[start - 1] == "no" { return true }
    let before = max(0, start - 3)
    return (before..<start).contains { index in
      words.words[index] == "no" && index + 1 < start && words.words[index + 1] == "one"
    }
  }

  /// The facts `words` state, by fact, as the log writes their values. Longer cues win over
  /// the shorter ones inside them; for each fact the last one said wins.
  static func facts(in words: CueWords, asked: CrisisDrill.Fact?) -> [CrisisDrill.Fact: String] {
    var found: [(match: CueWords.Match, fact: CrisisDrill.Fact, value: String)] = []
    for cue in cues where !cue.onlyWhenAsked || cue.fact == asked {
      for word in cue.words {
        for match in words.matches(word) { found.append((match, cue.fact, cue.value)) }
      }
    }
    found.sort { ($0.match.length, -$0.match.start) > ($1.match.length, -$1.match.start) }
    var taken = Set<Int>()
    var kept: [(match: CueWords.Match, fact: CrisisDrill.Fact, value: String)] = []
    for item in found {
      let span = Set(item.match.start..<(item.match.start + item.match.length))
      guard taken.isDisjoint(with: span) else { continue }
      taken.formUnion(span)
      kept.append(item)
    }
    var result: [CrisisDrill.Fact: String] = [:]
    for item in kept.sorted(by: { $0.match.start < $1.match.start }) {
      let value =
        isNegated(words, at: item.match, item.fact)
        ? (negated(item.fact, item.value) ?? item.value) : item.value
      result[item.fact] = value
    }
    if asked == .reputation, result[.reputation] == nil, let rating = starRating(in: words) {
      result[.reputation] = rating >= 4 ? "good" : rating >= 3 ? "neutral" : "poor"
    }
    return result
  }

  /// A rating out of five said before a word of stars ("4.8 stars", « 4,5 étoiles »,
  /// `[drill.stars]`): four and over is a good reputation, under three a poor one.
  static func starRating(in words: CueWords) -> Double? {
    for (index, word) in words.words.enumerated() where index >= 1 && stars.contains(word) {
      var digits = words.words[index - 1]
      if index >= 2, words.words[index - 2].allSatisfy(\.isNumber), digits.allSatisfy(\.isNumber) {
        digits = words.words[index - 2] + "." + digits
      }
      if let value = Double(digits), (0...5).contains(value) { return value }
    }
    return nil
  }
}
