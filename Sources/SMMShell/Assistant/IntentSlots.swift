import SMMCore

/// The arguments a line gives: platforms, numbers, names, kinds, a language, on or off.
struct IntentSlots {
  /// The platforms named, in order, without repeats.
  var platforms: [Platform] = []
  /// The platforms named after a negation in their clause ("we don't want tiktok", « pas de
  /// tiktok »): never chosen.
  var deniedPlatforms: [Platform] = []
  /// The positions of the words of a platform's name written in two or three words ("google
  /// business profile"): a name, never a cue.
  var platformNameWords = Set<Int>()
  /// The message number: the number after "message", "post", "n°"…, or else the first number,
  /// or else a rank ("the first message").
  var messageID: Int?
  /// The message the line names by what it says, when it gives no number (it picks the
  /// message of a request read from its other words; it scores nothing).
  var messageBySubject: Int?
  /// The number of weeks: "N weeks / semaines", "N months / mois" (× 4), or else the first number.
  var weeks: Int?
  /// The first day the line names ("from 1 June"), read from the context's date.
  var start: CivilDate?
  /// The weeks the calendar moves by: "push it back a week" is +1, « avancer de deux
  /// semaines » −2 (`[slot.calendar.later]`, `[slot.calendar.earlier]`); nil when none.
  var calendarShift: Int?
  /// A brand of the context named in the line, and its words.
  var brand: (name: String, words: [Int])?
  /// A risk of the context named in the line, and its words.
  var risk: (name: String, words: [Int])?
  /// A community of the context named in the line, and its words.
  var community: (name: String, words: [Int])?
  /// The content-mix rule the line names (`80-20`, `thirds`…).
  var mixRule: String?
  /// The kind of negative post: troll, rager, misguided or unhappy.
  var replyKind: String?
  /// The crisis type and veracity the line describes.
  var crisis = CrisisSlots()
  /// The language asked for: en or fr.
  var language: String?
  /// Whether the line asks for less (stop, off, plus de, pas de…): hints off.
  var turnsOff = false

  /// Platform names and their common spellings, folded; two words written apart ("linked in",
  /// "tik tok") are joined before the lookup.
  static let platformWords: [(String, Platform)] =
    Platform.allCases.map { ($0.rawValue, $0) }
    + PlatformCatalog.all.flatMap { entry in entry.assistantWords.map { ($0, entry.platform) } }

  /// Numbers written as words, every language (`[slot.number.N]` in `po/words/CODE.words`).
  static let numberWords: [(String, Int)] = InputWords.groups(prefixed: "slot.number.")
    .flatMap { value, words in words.map { ($0, Int(value) ?? 0) } }

  /// The words of each kind of negative post (the four kinds of `/reply triage --kind`), in
  /// the order tried (`[slot.reply.KIND]`).
  static let replyKinds: [(String, [String])] = InputWords.groups(prefixed: "slot.reply.")

  /// Words that ask for less, for `/hints off` (`[slot.off]`).
  static let offWords = InputWords.union("slot.off")
  /// Words before a message number: "message 2", "post n°3" (`[slot.message]`).
  static let messageWords = Set(InputWords.union("slot.message"))
  /// Words for a rank: "first" is 1, « deuxième » 2 (`[slot.ordinal.N]`): "the first
  /// message" is message 1.
  static let ordinalWords: [(String, Int)] = InputWords.groups(prefixed: "slot.ordinal.")
    .flatMap { value, words in words.map { ($0, Int(value) ?? 0) } }
  /// Words that deny what follows: "not", « pas » (`[slot.negations]`).
  static let negationWords = Set(InputWords.union("slot.negations"))
  /// Words that leave a platform out: "no", "without", « sans », « ni » (`[slot.platform.negations]`).
  static let platformNegations = Set(InputWords.union("slot.platform.negations"))
  /// Words that count one of what follows: "a week", "un mois" (`[slot.one]`).
  static let oneWords = Set(InputWords.union("slot.one"))
  /// Weeks and months after a number (`[slot.weeks]`, `[slot.months]`).
  static let weekWords = Set(InputWords.union("slot.weeks"))
  static let monthWords = Set(InputWords.union("slot.months"))
  /// Two weeks in one word (`[slot.fortnight]`).
  static let fortnightWords = Set(InputWords.union("slot.fortnight"))
  /// "Next", « prochaines »: between a number and its weeks, or a month alone
  /// (`[slot.weeks.next]`).
  static let nextWords = Set(InputWords.union("slot.weeks.next"))
  /// The names of each language `/lang` takes, by code (`[slot.language.CODE]`).
  static let languageWords: [(String, [String])] = InputWords.groups(prefixed: "slot.language.")

  /// Words that never name a message by its subject: the words of asking for one
  /// (`[slot.message.ignore]`), besides those of `[slot.message]`.
  static let subjectIgnored = Set(
    (InputWords.union("slot.message.ignore") + InputWords.union("slot.message")).flatMap {
      IntentText.tokens(of: $0).map(\.text)
    })

  /// The message whose text shares the most subject words with the line ("the saturday
  /// opening message" is the one that says "open on Saturday"): words of four letters or
  /// more, not platforms, one the start of the other. Nil when none shares a word, or two share
  /// as many.
  static func messageNamed(by words: [String], in context: IntentContext) -> Int? {
    guard context.messageTexts.count == context.messageIDs.count, context.messageIDs.count > 1
    else { return nil }
    let subject = words.filter {
      $0.count >= 4 && !subjectIgnored.contains($0) && platform($0) == nil
    }
    guard !subject.isEmpty else { return nil }
    func shared(_ text: String) -> Int {
      let said = IntentText.tokens(of: text).map(\.text).filter { $0.count >= 4 }
      return subject.filter { word in
        said.contains { $0.hasPrefix(word) || word.hasPrefix($0) }
      }.count
    }
    let counts = context.messageTexts.map(shared)
    guard let best = counts.max(), best > 0, counts.filter({ $0 == best }).count == 1,
      let index = counts.firstIndex(of: best)
    else { return nil }
    return context.messageIDs[index]
  }

  init(_ line: IntentLine, context: IntentContext) {
    let words = line.words
    // Platforms, joining two-word spellings first.
    var index = 0
    // A platform after a negation in its clause (no , . ; ! ? between them) is left out:
    // "we don't want to be on tiktok", « pas de tiktok ».
    func denied(_ position: Int) -> Bool {
      var start = position
      while start > 0 {
        let gap = line.characters[line.tokens[start - 1].end..<line.tokens[start].start]
        if gap.contains(where: { ",.;!?".contains($0) }) { break }
        start -= 1
      }
      return words[start..<position].contains {
        Self.negationWords.contains($0) || Self.platformNegations.contains($0)
      }
    }
    while index < words.count {
      // "google business profile": a name of three words, none of them a cue then.
      if index + 2 < words.count,
        let platform = Self.platform(words[index] + words[index + 1] + words[index + 2])
      {
        add(platform)
        if denied(index) { deniedPlatforms.append(platform) }
        platformNameWords.formUnion(index...(index + 2))
        index += 3
        continue
      }
      if index + 1 < words.count, let platform = Self.platform(words[index] + words[index + 1]) {
        platformNameWords.formUnion(index...(index + 1))
        add(platform)
        if denied(index) { deniedPlatforms.append(platform) }
        index += 2
        continue
      }
      if let platform = Self.platform(words[index])
        ?? (line.known[index] ? nil : Self.platformTypo(words[index]))
      {
        add(platform)
        if denied(index) { deniedPlatforms.append(platform) }
      }
      index += 1
    }
    // Numbers.
    let allNumbers: [(Int, Int)] = words.enumerated().compactMap { position, word in
      if word.count <= 6, word.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(word) {
        return (position, value)
      }
      return Self.numberWords.first { $0.0 == word }.map { (position, $0.1) }
    }
    let date = context.today.flatMap { IntentDate.find(in: words, today: $0) }
    start = date?.date
    let numbers = allNumbers.filter { !(date?.words.contains($0.0) ?? false) }
    messageID =
      numbers.first { $0.0 > 0 && Self.messageWords.contains(words[$0.0 - 1]) }?.1
      ?? numbers.first { words[$0.0].first?.isNumber == true }?.1
      ?? words.indices.lazy.compactMap { position in
        Self.ordinalWords.first { $0.0 == words[position] }?.1
      }.first
    messageBySubject = Self.messageNamed(by: words, in: context)
    for (position, word) in words.enumerated() where position > 0 {
      let before = words[position - 1]
      // "the next 6 weeks" reads as "6 weeks"; « les 6 prochaines semaines », "next month",
      // « le mois prochain » too (`[slot.weeks.next]`: a month alone is 4 weeks).
      let skipped = Self.nextWords.contains(before) && position > 1 ? words[position - 2] : nil
      let count =
        numbers.first { $0.0 == position - 1 }?.1
        ?? (Self.oneWords.contains(before) ? 1 : nil)
        ?? skipped.flatMap { skipped in
          numbers.first { words[$0.0] == skipped && $0.0 == position - 2 }?.1
        }
        ?? (Self.nextWords.contains(before)
          || (position + 1 < words.count && Self.nextWords.contains(words[position + 1]))
          ? 1 : nil)
      guard let count else { continue }
      if Self.weekWords.contains(word) {
        weeks = count
        break
      }
      if Self.monthWords.contains(word) {
        weeks = count * 4
        break
      }
    }
    if weeks == nil { weeks = numbers.first { words[$0.0].first?.isNumber == true }?.1 }
    // "a fortnight", « une quinzaine »: two weeks.
    if weeks == nil, words.contains(where: Self.fortnightWords.contains) { weeks = 2 }
    // "push the calendar back by a week": the number of weeks is the move, not the length.
    func says(_ list: String) -> Bool {
      InputWords.union(list).contains {
        line.find(IntentLexicon.words(of: $0), excluding: []) != nil
      }
    }
    if says("slot.calendar.later") {
      calendarShift = weeks ?? 1
    } else if says("slot.calendar.earlier") {
      calendarShift = -(weeks ?? 1)
    }
    // Names from the context.
    brand = NameMatch.find(context.brandNames, in: line)
    risk = NameMatch.find(context.riskNames, in: line)
    // A community only by its whole name: "Leeds" alone is the town, not "Leeds runners".
    // A rule is chosen by a request, not by a question about it ("are we too salesy? the 80/20
    // thing" checks the mix).
    mixRule = line.characters.contains("?") ? nil : IntentMatcher.mixRule(line)
    community =
      context.communityNames.lazy.compactMap { name in
        NameMatch.occurrence(of: IntentText.tokens(of: name).map(\.text), in: line).map {
          (name: name, words: $0)
        }
      }.first
    // Reply kind, language, off.
    // The kind of a negative post, when the slot's words name one: what the words say of its
    // author's intent (``NegativePost/read(_:)``, as for a pasted comment: "raging because we
    // ran out" is an unhappy client), else the kind those words name.
    replyKind = Self.replyKinds.first { _, keywords in
      keywords.contains { keyword in
        line.find(IntentLexicon.words(of: keyword), excluding: []) != nil
      }
    }.map { NegativePost.read(String(line.characters))?.rawValue ?? $0.0 }
    // The language asked for: one named without a negation in the three words before it
    // ("en français, ma cliente ne parle pas anglais" asks for French); two named are a
    // sentence about languages, not a request for one.
    var asked = Set<String>()
    for (position, word) in words.enumerated() {
      guard let code = Self.languageWords.first(where: { $0.1.contains(word) })?.0 else {
        continue
      }
      let window = words[max(0, position - 3)..<position]
      if !window.contains(where: Self.negationWords.contains) { asked.insert(code) }
    }
    language = asked.count == 1 ? asked.first : nil
    turnsOff = words.indices.contains { position in
      Self.offWords.contains { line.word(position, matches: $0) }
    }
    crisis = CrisisSlots(line)
  }

  private mutating func add(_ platform: Platform) {
    if !platforms.contains(platform) { platforms.append(platform) }
  }

  /// The platform a folded word names exactly.
  static func platform(_ word: String) -> Platform? {
    platformWords.first { $0.0 == word }?.1
  }

  /// The platform an unknown word is a typo of (names of 5 letters or more).
  static func platformTypo(_ word: String) -> Platform? {
    platformWords.first { name, _ in name.count >= 5 && IntentLine.isTypo(word, of: name) }?.1
  }
}
