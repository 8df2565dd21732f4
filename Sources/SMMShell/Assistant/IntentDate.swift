import SMMCore

/// A date said in words: "1 June", "the 1st of July", "March 1st", « le 1er juin », « lundi 4
/// janvier ». The day is a number (with its ordinal ending: 1st, 2nd, 11th, 1er) or a word of
/// `[slot.day.first]` ("first", « premier »); the month is a word of `[slot.month.N]`; the
/// year is the next one that puts the date on or after `today`.
enum IntentDate {
  /// The months' names, every language, by number (`[slot.month.N]`).
  static let monthWords: [(String, Int)] = InputWords.groups(prefixed: "slot.month.")
    .flatMap { value, words in words.map { ($0, Int(value) ?? 0) } }
  /// Ordinal endings after a day's digits: st, nd, rd, th, er (`[slot.day.endings]`).
  static let dayEndings = Set(InputWords.union("slot.day.endings"))
  /// Words for the first day of a month: "first", « premier » (`[slot.day.first]`).
  static let firstWords = Set(InputWords.union("slot.day.first"))
  /// Words allowed between a day and its month: "of", « de » (`[slot.day.between]`).
  static let betweenWords = Set(InputWords.union("slot.day.between"))
  /// Words before a month alone that make it its first day: "in", « en » (`[slot.month.before]`).
  static let monthBefore = Set(InputWords.union("slot.month.before"))
  /// A day in words, alone or after its tens: "fifteenth", « quinze » (`[slot.dayword.N]`).
  static let dayWords: [String: Int] = Dictionary(
    InputWords.groups(prefixed: "slot.dayword.").flatMap { value, words in
      words.map { ($0, Int(value) ?? 0) }
    }, uniquingKeysWith: { first, _ in first })
  /// The tens of a day in words: "twenty", « vingt », « dix » (`[slot.daytens.N]`).
  static let tensWords: [String: Int] = Dictionary(
    InputWords.groups(prefixed: "slot.daytens.").flatMap { value, words in
      words.map { ($0, Int(value) ?? 0) }
    }, uniquingKeysWith: { first, _ in first })
  /// Months that are also everyday words ("may", "march"): a day in words goes with them only
  /// through "of" ("the first of May"), never beside them ("you may first") (`[slot.month.verbs]`).
  static let ambiguousMonths = Set(InputWords.union("slot.month.verbs"))
  /// The months' names long enough to be recognised misspelt ("febuary", « fevirer »).
  static let longMonthWords = monthWords.filter { $0.0.count >= 6 }

  /// The month word `word` names, exactly or misspelt (a long name, same first letter).
  static func month(_ word: String) -> Int? {
    if let exact = monthWords.first(where: { $0.0 == word }) { return exact.1 }
    guard word.count >= 6, dayWords[word] == nil else { return nil }
    return longMonthWords.first { IntentLine.isTypo(word, of: $0.0) }?.1
  }

  /// The day said by the word(s) ending at `end`: digits ("15th"), a day word ("fifteenth"),
  /// or tens and a unit ("twenty first", « vingt-cinq »); with the first position it spans.
  static func day(endingAt end: Int, in words: [String]) -> (day: Int, first: Int)? {
    guard end >= 0, end < words.count else { return nil }
    if end >= 1, let value = spelledDay(words[end - 1], words[end]) { return (value, end - 1) }
    return oneWordDay(words[end]).map { ($0, end) }
  }

  /// The day said by the word(s) starting at `start` ("March fifteenth", "March twenty first"),
  /// with the last position it spans.
  static func day(startingAt start: Int, in words: [String]) -> (day: Int, last: Int)? {
    guard start < words.count else { return nil }
    if start + 1 < words.count, let value = spelledDay(words[start], words[start + 1]) {
      return (value, start + 1)
    }
    return oneWordDay(words[start]).map { ($0, start) }
  }

  /// A day in two words, tens then a unit ("twenty first", « vingt cinq »).
  static func spelledDay(_ tens: String, _ unit: String) -> Int? {
    guard let tens = tensWords[tens], let unit = dayWords[unit], unit <= 9 else { return nil }
    return (1...31).contains(tens + unit) ? tens + unit : nil
  }

  /// A day in one word: digits with or without an ending, a day word, a tens word.
  static func oneWordDay(_ word: String) -> Int? {
    guard let value = day(word) ?? dayWords[word] ?? tensWords[word] else { return nil }
    return (1...31).contains(value) ? value : nil
  }

  /// The date the words say, with the positions of its words; nil when none is said.
  static func find(in words: [String], today: CivilDate) -> (date: CivilDate, words: [Int])? {
    for (position, word) in words.enumerated() {
      guard let month = month(word) else { continue }
      // « dix-sept février »: "sept" is the day's word here, not September.
      if dayWords[word] != nil, position + 1 < words.count, self.month(words[position + 1]) != nil {
        continue
      }
      // The day before the month ("1 June", "the 1st of July", "the fifteenth of February"),
      // else after it ("March 1st", "March fifteenth").
      var before: [Int] = []
      if position >= 1 { before.append(position - 1) }
      if position >= 2, betweenWords.contains(words[position - 1]) { before.append(position - 2) }
      let ambiguous = ambiguousMonths.contains(word)
      for end in before {
        guard let found = day(endingAt: end, in: words),
          !(ambiguous && end == position - 1 && !isDigits(words[found.first])),
          let date = next(month: month, day: found.day, from: today)
        else { continue }
        return (date, Array(found.first...position))
      }
      // "April the third": an article may stand between the month and its day.
      var after = position + 1
      if after + 1 < words.count, IntentFrames.MatchWords.articles.contains(words[after]) {
        after += 1
      }
      if let found = day(startingAt: after, in: words),
        !(ambiguous && !isDigits(words[after])),
        let date = next(month: month, day: found.day, from: today)
      {
        return (date, Array(position...found.last))
      }
      // A month alone after "in", "from", « en », « début » (`[slot.month.before]`): its first
      // day ("start in March").
      if position >= 1, monthBefore.contains(words[position - 1]),
        let date = next(month: month, day: 1, from: today)
      {
        return (date, [position - 1, position])
      }
    }
    return nil
  }

  /// Whether a word starts with a digit ("15", "15th").
  static func isDigits(_ word: String) -> Bool { word.first?.isNumber == true }

  /// The day a word says: 1 to 31, with or without an ordinal ending, or "first".
  static func day(_ word: String) -> Int? {
    if firstWords.contains(word) { return 1 }
    let digits = word.prefix { $0.isASCII && $0.isNumber }
    let ending = word.dropFirst(digits.count)
    guard !digits.isEmpty, digits.count <= 2, ending.isEmpty || dayEndings.contains(String(ending)),
      let value = Int(digits), (1...31).contains(value)
    else { return nil }
    return value
  }

  /// The first `month`/`day` on or after `today`; nil when the date does not exist.
  static func next(month: Int, day: Int, from today: CivilDate) -> CivilDate? {
    for year in [today.year, today.year + 1] {
      guard let date = try? CivilDate(year: year, month: month, day: day) else { continue }
      if date.dayNumber >= today.dayNumber { return date }
    }
    return nil
  }
}
