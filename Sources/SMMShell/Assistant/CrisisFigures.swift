import SMMCore

/// How far and how fast a crisis spreads, read from plain words for `/crisis triage`'s
/// `--reach` and `--velocity`.
///
/// - velocity: a number before "an hour / per hour / par heure / à l'heure"
///   (`[triage.hour]`) — "about 50 mentions an hour" — or, with no number, a word of fast
///   spread (`[triage.fast]`: "spreading fast", "going viral", « ça se répand vite »), read as
///   the triage's own threshold (``CrisisTriage/fastVelocity`` mentions an hour);
/// - reach: a number beside a word of people or views (`[triage.reach]`: "people", "saw",
///   "views", « personnes », « vues ») — "about 200 people saw it", « vu par 3 000
///   personnes ». Numbers are digits (`2,000`, `2 000`, `2k`) or words up to twelve.
struct CrisisFigures: Equatable {
  var reach: Int?
  var velocity: Int?

  private static let reachWords = InputWords.union("triage.reach")
  private static let hourWords = InputWords.union("triage.hour")
  private static let fastWords = InputWords.union("triage.fast")

  init(_ text: String) {
    let line = IntentLine(Self.joiningThousands(text), names: [])
    let words = line.words
    func number(_ position: Int) -> Int? {
      guard words.indices.contains(position) else { return nil }
      let word = words[position]
      if word.count <= 9, word.allSatisfy({ $0.isASCII && $0.isNumber }) { return Int(word) }
      if word.hasSuffix("k"), word.count <= 5,
        let thousands = Int(word.dropLast()), thousands > 0
      {
        return thousands * 1000
      }
      return IntentSlots.numberWords.first { $0.0 == word }?.1
    }
    func has(_ keywords: [String]) -> [Int]? {
      for keyword in keywords {
        if let found = line.find(IntentLexicon.words(of: keyword), excluding: []) { return found }
      }
      return nil
    }
    let numbers = words.indices.compactMap { position in number(position).map { (position, $0) } }
    if let hour = has(Self.hourWords), let first = hour.first,
      let figure = numbers.last(where: { $0.0 < first })
    {
      velocity = figure.1
    } else if has(Self.fastWords) != nil {
      velocity = CrisisTriage.fastVelocity
    }
    // Reach: the number nearest a word of people or views, within three words either side.
    let reachPositions = words.indices.filter { position in
      Self.reachWords.contains { line.word(position, matches: $0) }
    }
    for (position, value) in numbers where value != velocity {
      if reachPositions.contains(where: { abs($0 - position) <= 3 }) {
        reach = value
        break
      }
    }
  }

  /// Whether the answer gives either figure.
  var isEmpty: Bool { reach == nil && velocity == nil }

  /// The figures as `/crisis triage` options.
  var options: [String: String] {
    var options: [String: String] = [:]
    if let reach { options["--reach"] = String(reach) }
    if let velocity { options["--velocity"] = String(velocity) }
    return options
  }

  /// "2,000" and "2 000" (with a space or a narrow no-break space) as 2000.
  static func joiningThousands(_ text: String) -> String {
    let characters = Array(text)
    var joined = ""
    for (index, character) in characters.enumerated() {
      if [",", " ", "\u{202F}", "\u{00A0}", "."].contains(character),
        index > 0, characters[index - 1].isNumber, index + 3 < characters.count,
        characters[(index + 1)...].prefix(3).allSatisfy({ $0.isASCII && $0.isNumber }),
        index + 4 >= characters.count || !characters[index + 4].isNumber
      {
        continue
      }
      joined.append(character)
    }
    return joined
  }
}
