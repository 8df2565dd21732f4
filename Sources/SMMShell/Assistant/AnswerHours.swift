import SMMCore

enum AnswerHoursReader {
  /// Numbers written as words (`[answer.number.N]`), with their value.
  static let numberWords: [String: Double] = {
    var table: [String: Double] = [:]
    for (value, words) in InputWords.groups(prefixed: "answer.number.") {
      for word in words { table[word] = Double(value) }
    }
    return table
  }()
  /// "half", "a", "an", "and": `[answer.hours.half]`, `[answer.hours.article]`,
  /// `[answer.hours.and]`; the words of a range ("2 to 3", `[answer.hours.range]`).
  static let halves = AnswerWords.set("answer.hours.half")
  static let articles = AnswerWords.set("answer.hours.article")
  static let and = AnswerWords.set("answer.hours.and")
  static let range = AnswerWords.set("answer.hours.range")
  /// Words that make a number one of something, not a bare amount (`[answer.hours.one]`).
  static let one = AnswerWords.set("answer.hours.one")
  /// The units: hours, minutes, days of 8 hours, half days of 4 (`[answer.hours.unit.*]`),
  /// and the word that may end a half day's name ("après-midi").
  static let hourUnits = AnswerWords.set("answer.hours.unit.hour")
  static let minuteUnits = AnswerWords.set("answer.hours.unit.minute")
  static let dayUnits = AnswerWords.set("answer.hours.unit.day")
  static let halfDayUnits = AnswerWords.set("answer.hours.unit.halfday")
  static let halfDayTails = AnswerWords.phrases("answer.hours.unit.halfday.pairs")
  /// Words allowed between an amount and its unit: "a couple of hours", "une bonne heure".
  static let unitFillers = AnswerWords.set("answer.hours.unit.fillers")
  /// The periods (`[answer.period.*]`).
  static let weekWords = AnswerWords.set("answer.period.week")
  static let dayWords = AnswerWords.set("answer.period.day")
  static let monthWords = AnswerWords.set("answer.period.month")
  static let yearWords = AnswerWords.set("answer.period.year")
  static let yearPairs = AnswerWords.phrases("answer.period.year.pairs")
  static let fortnightWords = AnswerWords.set("answer.period.fortnight")
  static let otherWords = AnswerWords.set("answer.period.other")
  /// Weekdays only: "weekdays", "en semaine", "working days", "jours ouvrés".
  static let weekdayWords = AnswerWords.set("answer.period.weekdays")
  static let weekdayPairs = AnswerWords.phrases("answer.period.weekdays.pairs")
  static let workingWords = AnswerWords.set("answer.period.working")
  static let workingAfter = AnswerWords.set("answer.period.working.after")
  /// What a bare number may come with and still be read as hours per week.
  static let bareFillers = AnswerWords.set("answer.hours.bare")

  /// The hours per week the answer gives, rounded as ``AnswerInterpreter`` says.
  static func hoursPerWeek(_ tokens: [AnswerToken]) -> Double? {
    let words = tokens.map(\.text)
    func text(_ k: Int) -> String { k >= 0 && k < words.count ? words[k] : "" }

    var amount: (value: Double, start: Int, end: Int)?
    var quantity: (hours: Double, end: Int, usedMinutes: Bool)?
    for k in words.indices {
      guard let found = self.amount(words, at: k) else { continue }
      if amount == nil { amount = (found.value, k, found.end) }
      if let unit = self.unit(words, at: found.end) {
        var hours = found.value * unit.hours
        var end = unit.end
        var usedMinutes = unit.hours < 1
        // "4h30", "1 hour 30 (min)".
        if unit.hours == 1, let n = tokens.indices.contains(end) ? tokens[end].number : nil,
          n < 60, n == n.rounded()
        {
          hours += n / 60
          usedMinutes = true
          end += 1
          if minuteUnits.contains(text(end)) { end += 1 }
        }
        // "and a half", "et demie", "and 30 minutes".
        if and.contains(text(end)) {
          if halves.contains(text(end + 1)) {
            hours += 0.5 * unit.hours
            end += 2
          } else if articles.contains(text(end + 1)) && halves.contains(text(end + 2)) {
            hours += 0.5 * unit.hours
            end += 3
          } else if let n = tokens.indices.contains(end + 1) ? tokens[end + 1].number : nil,
            minuteUnits.contains(text(end + 2))
          {
            hours += n / 60
            usedMinutes = true
            end += 3
          }
        }
        quantity = (hours, end, usedMinutes)
        break
      }
    }

    if let quantity {
      let factor = period(words, from: quantity.end)
      return rounded(quantity.hours * factor, converted: factor != 1 || quantity.usedMinutes)
    }
    // A bare number: "about 5", "environ 6 par semaine".
    guard let amount else { return nil }
    let start = amount.start
    let others = words.indices.filter { $0 < start || $0 >= amount.end }.map { words[$0] }
    let allowed = bareFillers.union(weekWords).union(dayWords).union(monthWords)
    guard others.allSatisfy({ allowed.contains($0) }),
      !words[start..<amount.end].contains(where: one.contains)
    else { return nil }
    let factor = period(words, from: amount.end)
    return rounded(amount.value * factor, converted: factor != 1)
  }

  /// A number at `k`: digits, a number word, "a"/"an" (one), "half", with "and a half" and
  /// ranges ("2 to 3" → 2.5).
  static func amount(_ words: [String], at start: Int) -> (value: Double, end: Int)? {
    func text(_ k: Int) -> String { k >= 0 && k < words.count ? words[k] : "" }
    func number(_ k: Int) -> Double? {
      let word = text(k)
      if let first = word.first, first.isASCII, first.isNumber { return Double(word) }
      return numberWords[word]
    }
    var k = start
    var value: Double
    if let n = number(k) {
      value = n
      k += 1
    } else if articles.contains(text(k)) {
      value = 1
      k += 1
      if let n = numberWords[text(k)] {  // "a couple of"
        value = n
        k += 1
      }
    } else if halves.contains(text(k)) {
      value = 1  // the half is applied below
    } else {
      return nil
    }
    // "half a day", "une demi-journée", "two half days".
    if halves.contains(text(k)) {
      value *= 0.5
      k += 1
      if articles.contains(text(k)) { k += 1 }
    }
    // "two and a half", "deux et demi".
    if and.contains(text(k)) {
      if halves.contains(text(k + 1)) {
        value += 0.5
        k += 2
      } else if articles.contains(text(k + 1)) && halves.contains(text(k + 2)) {
        value += 0.5
        k += 3
      }
    }
    // "2 to 3", "3-4", "2 à 3", "1 or 2".
    if range.contains(text(k)), let m = number(k + 1), m > value {
      value = (value + m) / 2
      k += 2
    }
    return (value, k)
  }

  /// A unit at `k` (after optional fillers): its length in hours.
  static func unit(_ words: [String], at start: Int) -> (hours: Double, end: Int)? {
    var k = start
    while k < words.count && unitFillers.contains(words[k]) { k += 1 }
    guard k < words.count else { return nil }
    let word = words[k]
    if hourUnits.contains(word) { return (1, k + 1) }
    if minuteUnits.contains(word) { return (1.0 / 60, k + 1) }
    if dayUnits.contains(word) { return (8, k + 1) }
    if halfDayUnits.contains(word) {
      let pair = k + 1 < words.count && halfDayTails.contains([word, words[k + 1]])
      return (4, pair ? k + 2 : k + 1)
    }
    return nil
  }

  /// The factor from the period after `start` to a week: per day × 7, per month ÷ 4.33…
  static func period(_ words: [String], from start: Int) -> Double {
    func text(_ k: Int) -> String { k >= 0 && k < words.count ? words[k] : "" }
    /// "every 2 weeks", "toutes les deux semaines", "every other week", "tous les 15 jours".
    func count(before k: Int) -> Double {
      let word = text(k - 1)
      if let first = word.first, first.isASCII, first.isNumber, let n = Double(word), n > 0 {
        return n
      }
      if otherWords.contains(word) { return 2 }
      if let n = numberWords[word], n > 0 { return n }
      return 1
    }
    var k = start
    while k < words.count {
      let word = words[k]
      if weekWords.contains(word) { return 1 / count(before: k) }
      if fortnightWords.contains(word) { return 0.5 }
      if monthWords.contains(word) { return 1 / (4.33 * count(before: k)) }
      if yearWords.contains(word) || yearPairs.contains([text(k - 1), word]) {
        return 1 / (52 * count(before: k))
      }
      if dayWords.contains(word) {
        return daysPerWeek(words, after: k + 1) / count(before: k)
      }
      if weekdayWords.contains(word) { return 5 }
      k += 1
    }
    return 1
  }

  /// How many days a week a daily amount is spent: 7, or what the rest of the answer says
  /// ("5 days a week", "weekdays", "en semaine", "jours ouvrés").
  static func daysPerWeek(_ words: [String], after start: Int) -> Double {
    func text(_ k: Int) -> String { k >= 0 && k < words.count ? words[k] : "" }
    var k = start
    while k < words.count {
      let word = words[k]
      if weekdayWords.contains(word) { return 5 }
      if weekdayPairs.contains([word, text(k + 1)]) { return 5 }
      if workingWords.contains(word) && dayUnits.contains(text(k + 1)) { return 5 }
      if dayUnits.contains(word) && workingAfter.contains(text(k + 1)) { return 5 }
      if dayUnits.contains(word), k >= 1, let days = amount(words, at: k - 1), days.end == k,
        (1...7).contains(days.value),
        (k + 1...k + 3).contains(where: { weekWords.contains(text($0)) })
      {
        return days.value
      }
      k += 1
    }
    return 7
  }

  /// Converted amounts are rounded to the nearest half hour, and at least half an hour.
  static func rounded(_ hours: Double, converted: Bool) -> Double {
    guard converted else { return (hours * 100).rounded() / 100 }
    guard hours > 0 else { return hours }
    return max(0.5, (hours * 2).rounded() / 2)
  }
}
