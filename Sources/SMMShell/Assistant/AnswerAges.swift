import SMMCore

enum AnswerAgeReader {
  /// Between the two ages of a range: "18 to 34", "18-34" (`[answer.age.to]`).
  static let connectors = AnswerWords.set("answer.age.to")
  /// After a round age, a decade: "30s", "20-somethings" (`[answer.age.decade]`).
  static let decadeSuffixes = AnswerWords.set("answer.age.decade")
  /// Between two ages as one phrase: "18 jusqu'à 34" (`[answer.age.until]`).
  static let untilPhrases = AnswerWords.phrases("answer.age.until")
  /// After an age, "years" (`[answer.age.years]`).
  static let years = AnswerWords.set("answer.age.years")
  /// "and", "or" after an age, before a word of the open end: "50 and over", "25 or under".
  static let and = AnswerWords.set("answer.age.and")
  static let over = AnswerWords.set("answer.age.over")
  static let under = AnswerWords.set("answer.age.under")
  /// Before an age, the open ends: "over 50" (`[answer.age.from]`), "under 25"
  /// (`[answer.age.below]`), "up to 30" (`[answer.age.upto]`).
  static let lowerOpen = AnswerWords.phrases("answer.age.from")
  static let upperStrict = AnswerWords.phrases("answer.age.below")
  static let upperInclusive = AnswerWords.phrases("answer.age.upto")

  /// The age ranges given by numbers in the words not already read as keywords.
  static func ranges(_ tokens: [AnswerToken], consumed: [Bool]) -> [ClosedRange<Int>] {
    func text(_ k: Int) -> String { k >= 0 && k < tokens.count ? tokens[k].text : "" }
    func age(_ k: Int) -> Int? {
      guard k >= 0, k < tokens.count, !consumed[k], let n = Int(tokens[k].text),
        (10...120).contains(n)
      else { return nil }
      return n
    }
    func before(_ k: Int, _ words: [String]) -> Bool {
      guard k - words.count >= 0 else { return false }
      return (0..<words.count).allSatisfy { text(k - words.count + $0) == words[$0] }
    }
    var ranges: [ClosedRange<Int>] = []
    var k = 0
    while k < tokens.count {
      guard let n = age(k) else {
        k += 1
        continue
      }
      // "18 to 34", "18-34", "de 18 à 34", "entre 18 et 34", "18 jusqu'à 34".
      if connectors.contains(text(k + 1)), let m = age(k + 2) {
        ranges.append(min(n, m)...max(n, m))
        k += 3
        continue
      }
      if untilPhrases.contains([text(k + 1), text(k + 2)]), let m = age(k + 3) {
        ranges.append(min(n, m)...max(n, m))
        k += 4
        continue
      }
      // "30s", "20-somethings".
      if n % 10 == 0 && n <= 90 && decadeSuffixes.contains(text(k + 1)) {
        ranges.append(n...(n + 9))
        k += 2
        continue
      }
      // "50+", "50 and over", "50 et plus", "18 ans et plus".
      // ("+" is read as "plus".)
      let next = years.contains(text(k + 1)) ? k + 2 : k + 1
      if text(next) == "plus" || (and.contains(text(next)) && over.contains(text(next + 1))) {
        ranges.append(n...120)
        k += 1
        continue
      }
      if and.contains(text(next)), under.contains(text(next + 1)) {
        ranges.append(0...n)
        k += 1
        continue
      }
      // "over 50", "plus de 50 ans", "under 25", "moins de 25 ans", "up to 30".
      if lowerOpen.contains(where: { before(k, $0) }) {
        ranges.append(n...120)
      } else if upperStrict.contains(where: { before(k, $0) }) {
        ranges.append(0...(n - 1))
      } else if upperInclusive.contains(where: { before(k, $0) }) {
        ranges.append(0...n)
      } else {
        ranges.append(n...n)
      }
      k += 1
    }
    return ranges
  }
}
