/// The arguments a line gives: platforms, numbers, names, kinds, a language, on or off.
struct IntentSlots {
  /// The platforms named, in order, without repeats.
  var platforms: [Platform] = []
  /// The message number: the number after "message", "post", "n°"…, or else the first number.
  var messageID: Int?
  /// The number of weeks: "N weeks / semaines", "N months / mois" (× 4), or else the first number.
  var weeks: Int?
  /// A brand of the context named in the line, and its words.
  var brand: (name: String, words: [Int])?
  /// A risk of the context named in the line, and its words.
  var risk: (name: String, words: [Int])?
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

  /// Numbers written as words, in English and French.
  static let numberWords: [(String, Int)] = [
    ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
    ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("deux", 2),
    ("trois", 3), ("quatre", 4), ("cinq", 5), ("sept", 7), ("huit", 8), ("neuf", 9), ("dix", 10),
    ("onze", 11), ("douze", 12),
  ]

  /// The words of each kind of negative post (the four kinds of `/reply triage --kind`).
  static let replyKinds: [(String, [String])] = [
    ("troll", ["troll*", "provoc*"]),
    (
      "rager",
      [
        "rager", "ragers", "angry", "furious", "furieux", "furieuse", "enrag*", "colere",
        "insult*", "rant*", "rage",
      ]
    ),
    ("misguided", ["misguided", "misinformed", "trompe", "confused", "confus", "mal informe"]),
    (
      "unhappy",
      [
        "unhappy", "mecontent*", "dissatisfied", "insatisfait*", "decu*", "disappointed",
        "complain*", "plainte*", "upset", "pas content", "not happy",
      ]
    ),
  ]

  /// Words that ask for less, for `/hints off`.
  static let offWords = [
    "stop", "no", "off", "disable", "desactiv*", "hide", "cache", "plus", "pas", "sans", "arret*",
    "enough", "assez", "without", "don", "dont", "less", "fewer", "moins", "mute",
  ]

  init(_ line: IntentLine, context: IntentContext) {
    let words = line.words
    // Platforms, joining two-word spellings first.
    var index = 0
    while index < words.count {
      if index + 1 < words.count, let platform = Self.platform(words[index] + words[index + 1]) {
        add(platform)
        index += 2
        continue
      }
      if let platform = Self.platform(words[index])
        ?? (line.known[index] ? nil : Self.platformTypo(words[index]))
      {
        add(platform)
      }
      index += 1
    }
    // Numbers.
    let numbers: [(Int, Int)] = words.enumerated().compactMap { position, word in
      if word.count <= 6, word.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(word) {
        return (position, value)
      }
      return Self.numberWords.first { $0.0 == word }.map { (position, $0.1) }
    }
    let messageWords: Set<String> = [
      "message", "messages", "msg", "post", "numero", "number", "no", "n",
    ]
    messageID =
      numbers.first { $0.0 > 0 && messageWords.contains(words[$0.0 - 1]) }?.1
      ?? numbers.first { words[$0.0].first?.isNumber == true }?.1
    for (position, word) in words.enumerated() where position > 0 {
      let before = words[position - 1]
      let count =
        numbers.first { $0.0 == position - 1 }?.1
        ?? (["a", "an", "un", "une", "one"].contains(before) ? 1 : nil)
      guard let count else { continue }
      if ["week", "weeks", "semaine", "semaines", "wk", "wks", "sem"].contains(word) {
        weeks = count
        break
      }
      if ["month", "months", "mois"].contains(word) {
        weeks = count * 4
        break
      }
    }
    if weeks == nil { weeks = numbers.first { words[$0.0].first?.isNumber == true }?.1 }
    // Names from the context.
    brand = NameMatch.find(context.brandNames, in: line)
    risk = NameMatch.find(context.riskNames, in: line)
    // Reply kind, language, off.
    replyKind =
      Self.replyKinds.first { _, keywords in
        keywords.contains { keyword in
          line.find(IntentLexicon.words(of: keyword), excluding: []) != nil
        }
      }?.0
    for word in words {
      if ["francais", "francaise", "french"].contains(word) { language = "fr" }
      if ["english", "anglais", "anglaise"].contains(word) { language = "en" }
    }
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
