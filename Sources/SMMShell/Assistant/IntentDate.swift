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

  /// The date the words say, with the positions of its words; nil when none is said.
  static func find(in words: [String], today: CivilDate) -> (date: CivilDate, words: [Int])? {
    for (position, word) in words.enumerated() {
      guard let month = monthWords.first(where: { $0.0 == word })?.1 else { continue }
      // The day before the month ("1 June", "the 1st of July"), else after it ("March 1st").
      var candidates: [Int] = []
      if position >= 1 { candidates.append(position - 1) }
      if position >= 2, betweenWords.contains(words[position - 1]) {
        candidates.append(position - 2)
      }
      if position + 1 < words.count { candidates.append(position + 1) }
      for candidate in candidates {
        guard let day = day(words[candidate]) else { continue }
        guard let date = next(month: month, day: day, from: today) else { continue }
        return (date, [candidate, position].sorted())
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
