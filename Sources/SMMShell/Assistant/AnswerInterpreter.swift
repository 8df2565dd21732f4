import SMMCore

/// Reads a free-text interview answer (English or French) as the value of one profile field.
///
/// How an answer is read:
/// - The canonical form (what `/brand set` takes, see ``ProfileValue/parse(_:_:)``) is tried
///   first and wins when it parses. For `name` and `sector`, which take any text, the leading
///   fillers ("we're called", "we are an", "nous sommes une"…) are removed first.
/// - Otherwise the answer is normalised: lower case, accents folded (é→e, ç→c, œ→oe…),
///   punctuation dropped (a clause boundary is remembered at `, ; . : ! ?`), `+` read as
///   "plus", `&` as "and", a dash between two numbers kept as a range, `2,5` read as `2.5`,
///   and `4h30` split into `4 h 30`.
/// - Keywords and phrases are then looked up, longest phrase first; a word matched by a phrase
///   is not read again on its own ("blog posts" is long-form, not also text). Words of six
///   letters or more tolerate one typo (nine or more: two), as long as the first letter is
///   right; plurals in -s, -es and -x are accepted. A keyword right after a negation in the
///   same clause ("not", "no", "don't", "pas", "jamais"… within three words) is ignored,
///   except for "not only", "pas que", "pas mal".
/// - Lists come back in the declared order of their enum, without duplicates; languages in
///   the order given. When nothing is recognised, the answer is nil: nothing is guessed.
///
/// Field by field:
/// - `market`: business words (companies, B2B, professionnels…) give b2b, consumer words
///   (individuals, the public, particuliers…) give b2c, both kinds or "both / les deux" give
///   both. "a small business", "notre entreprise"… describe the brand and count for neither.
/// - `ages`: keywords give fixed bands (teenagers 13-17, students 18-24, young adults 18-24 and
///   25-34, families 25-34 and 35-44, seniors 55-64 and 65+, retirees 65+, everyone and adults
///   18-24 to 65+). Numbers give age ranges ("18 to 34", "under 25" = 13…24, "over 50" and
///   "50+" = 50…99, "30s" / "la trentaine" = 30…39, a lone age = that year only), mapped onto
///   the bands by ``AnswerInterpreter/ageBands(overlapping:)``.
/// - `goals`: keywords per goal; several goals can be given.
/// - `hours`: an amount and a unit (hours, minutes, days of 8 hours, half days and mornings or
///   afternoons of 4 hours), then a period: per week by default, per day × 7 (or × N with
///   "N days a week", × 5 with "weekdays"), per month ÷ 4.33, per year ÷ 52, every two weeks ÷ 2.
///   A range ("2 to 3 hours", "3-4h") counts as its middle. A result that needed a conversion
///   (minutes, per day, per month…) is rounded to the nearest half hour, and at least 0.5.
///   A bare number with only fillers around it ("about 5") is read as hours per week.
///   0 or more than 168 hours a week gives nil.
/// - `formats`: keywords per format. Plain "video(s)" is short-video, unless the answer also
///   names a long video ("long", "YouTube", "tutorial"…), in which case the plain word is taken
///   to mean those long videos.
/// - `reach`: keywords per reach; when several are named, the widest wins ("local and
///   national" → national), since reach says how far the farthest customers are.
/// - `languages`: language names in English or French (and a few in their own language), or
///   an answer made only of ISO 639-1 codes ("EN / FR", "en and fr"). In "en et fr" the "et"
///   is read as the French "and", not as Estonian, unless the codes are comma-separated
///   ("en, et, fr").
/// - `sector`: the answer without its leading fillers and final full stop, 1 to 120 characters.
/// - `name`: the answer without "we're called", "notre marque s'appelle"… and surrounding
///   quotes, as a valid ``BrandName``.
public enum AnswerInterpreter {
  /// The value the answer gives `field`, or nil when it cannot be read with confidence.
  public static func interpret(_ answer: String, for field: ProfileField) -> ProfileValue? {
    switch field {
    case .name: return name(answer)
    case .sector: return sector(answer)
    default: break
    }
    let tokens = Normaliser.tokens(of: answer)
    // "en et fr": the French "and", not Estonian, unless the codes are comma-separated.
    let frenchAnd =
      field == .languages && !answer.contains(",")
      && tokens.dropFirst().dropLast().contains { $0.text == "et" }
    if !frenchAnd, let value = try? ProfileValue.parse(field, answer) { return value }
    guard !tokens.isEmpty else { return nil }
    switch field {
    case .name, .sector: return nil
    case .market: return market(tokens)
    case .ages: return ages(tokens)
    case .goals: return goals(tokens)
    case .hours: return hours(tokens)
    case .formats: return formats(tokens)
    case .reach: return reach(tokens)
    case .languages: return languages(tokens)
    }
  }

  /// The bands an age range covers. A band counts when the range covers at least 3 years of
  /// it, or at least half of it, or when at least half of the range lies in it (so a single
  /// age, or a short range inside one band, still counts). Ages below 13 are ignored and the
  /// last band stops at 99.
  ///
  /// "18 to 34" → 18-24, 25-34; "30s" (30…39) → 25-34, 35-44; "under 25" (13…24) → 13-17,
  /// 18-24; "over 50" (50…99) → 45-54, 55-64, 65+; "20 to 25" → 18-24 only.
  public static func ageBands(overlapping range: ClosedRange<Int>) -> [AgeBand] {
    let lower = max(range.lowerBound, 13)
    let upper = min(range.upperBound, 99)
    guard lower <= upper else { return [] }
    let rangeLength = upper - lower + 1
    return AgeBand.allCases.filter { band in
      let overlap = min(band.range.upperBound, upper) - max(band.range.lowerBound, lower) + 1
      guard overlap > 0 else { return false }
      return overlap >= 3 || 2 * overlap >= band.range.count || 2 * overlap >= rangeLength
    }
  }
}

// MARK: - Fields

extension AnswerInterpreter {
  fileprivate static func market(_ tokens: [AnswerToken]) -> ProfileValue? {
    var consumed = Array(repeating: false, count: tokens.count)
    let hits = Matcher.scan(tokens, Tables.market, consumed: &consumed).compactMap { $0.value }
    let both = hits.contains(.both) || (hits.contains(.b2b) && hits.contains(.b2c))
    if both { return .market(.both) }
    if let first = hits.first { return .market(first) }
    return nil
  }

  fileprivate static func ages(_ tokens: [AnswerToken]) -> ProfileValue? {
    var consumed = Array(repeating: false, count: tokens.count)
    var bands = Matcher.scan(tokens, Tables.ages, consumed: &consumed).flatMap { $0.value }
    for range in AgeReader.ranges(tokens, consumed: consumed) {
      bands += ageBands(overlapping: range)
    }
    let ordered = canonical(bands)
    return ordered.isEmpty ? nil : .ages(ordered)
  }

  fileprivate static func goals(_ tokens: [AnswerToken]) -> ProfileValue? {
    var consumed = Array(repeating: false, count: tokens.count)
    let goals = canonical(Matcher.scan(tokens, Tables.goals, consumed: &consumed).map { $0.value })
    return goals.isEmpty ? nil : .goals(goals)
  }

  fileprivate static func formats(_ tokens: [AnswerToken]) -> ProfileValue? {
    var consumed = Array(repeating: false, count: tokens.count)
    let hits = Matcher.scan(tokens, Tables.formats, consumed: &consumed).map { $0.value }
    var formats = hits.compactMap { $0 }
    // A plain "video" is a short one, unless the answer speaks of long videos elsewhere.
    if hits.contains(where: { $0 == nil }) && !formats.contains(.longVideo) {
      formats.append(.shortVideo)
    }
    let ordered = canonical(formats)
    return ordered.isEmpty ? nil : .formats(ordered)
  }

  fileprivate static func reach(_ tokens: [AnswerToken]) -> ProfileValue? {
    var consumed = Array(repeating: false, count: tokens.count)
    let hits = Matcher.scan(tokens, Tables.reach, consumed: &consumed).map { $0.value }
    // The widest reach named wins.
    guard let widest = Reach.allCases.last(where: { hits.contains($0) }) else { return nil }
    return .reach(widest)
  }

  fileprivate static func languages(_ tokens: [AnswerToken]) -> ProfileValue? {
    let words = tokens.map(\.text).filter { !Words.set("answer.conjunctions").contains($0) }
    var codes: [String] = []
    if !words.isEmpty && words.allSatisfy({ ISOLanguages.codes.contains($0) }) {
      // Only codes: "EN / FR", "en et fr". Codes are not read inside sentences, where "en",
      // "de" or "it" are ordinary words.
      codes = words
    } else {
      var consumed = Array(repeating: false, count: tokens.count)
      codes = Matcher.scan(tokens, Tables.languages, consumed: &consumed).map { $0.value }
    }
    var unique: [String] = []
    for code in codes where !unique.contains(code) { unique.append(code) }
    return unique.isEmpty ? nil : .languages(unique)
  }

  fileprivate static func hours(_ tokens: [AnswerToken]) -> ProfileValue? {
    guard let hours = HoursReader.hoursPerWeek(tokens), hours > 0, hours <= 168 else {
      return nil
    }
    return .hours(hours)
  }

  fileprivate static func sector(_ answer: String) -> ProfileValue? {
    var text = Fillers.strip(answer, Fillers.sector)
    while let last = text.last, ".!;…".contains(last) { text.removeLast() }
    text = text.trimmingWhiteSpace()
    return try? ProfileValue.parse(.sector, text)
  }

  fileprivate static func name(_ answer: String) -> ProfileValue? {
    let trimmed = answer.trimmingWhiteSpace()
    var text = Fillers.strip(trimmed, Fillers.name)
    if text != trimmed {
      // "We're called Acme." — the full stop ends the sentence, not the name.
      while let last = text.last, ".!".contains(last) { text.removeLast() }
    }
    let quotes: [(Character, Character)] = [
      ("\"", "\""), ("'", "'"), ("“", "”"), ("«", "»"), ("‘", "’"), ("`", "`"),
    ]
    text = text.trimmingWhiteSpace()
    for (open, close) in quotes where text.count >= 2 && text.first == open && text.last == close {
      text = String(text.dropFirst().dropLast()).trimmingWhiteSpace()
      break
    }
    return try? ProfileValue.parse(.name, text)
  }

  /// The values in their enum's declared order, without duplicates.
  fileprivate static func canonical<T: CaseIterable & Equatable>(_ values: [T]) -> [T] {
    T.allCases.filter { values.contains($0) }
  }
}

// MARK: - Normalising

/// One word of a normalised answer.
private struct AnswerToken: Sendable {
  /// Lower case, accents folded, letters and digits only (or `-` between two numbers).
  var text: String
  /// Whether a `, ; . : ! ?` came before it (or it starts the answer).
  var startsClause: Bool

  var number: Double? {
    guard let first = text.first, first.isASCII, first.isNumber else { return nil }
    return Double(text)
  }
}

private enum Normaliser {
  /// Accented and special lower-case letters, folded to plain ASCII.
  static let folds: [Unicode.Scalar: String] = {
    var table: [Unicode.Scalar: String] = [:]
    let groups: [(String, String)] = [
      ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"),
      ("ĥħ", "h"), ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"),
      ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"), ("ŕŗř", "r"), ("śŝşš", "s"), ("ţťŧ", "t"),
      ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"), ("’‘`´ʼ", "'"),
      ("–—‐‑−", "-"),
    ]
    for (letters, plain) in groups {
      for scalar in letters.unicodeScalars { table[scalar] = plain }
    }
    table["æ"] = "ae"
    table["œ"] = "oe"
    table["ß"] = "ss"
    return table
  }()

  /// The answer, lower-cased and folded, one Character per output character.
  static func fold(_ text: String) -> [Character] {
    var out: [Character] = []
    for scalar in text.lowercased().unicodeScalars {
      if scalar.properties.generalCategory == .nonspacingMark { continue }
      if let plain = folds[scalar] {
        out.append(contentsOf: plain)
      } else {
        out.append(Character(scalar))
      }
    }
    return out
  }

  static func isDigit(_ character: Character) -> Bool {
    character.isASCII && character.isNumber
  }

  static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || isDigit(character)
  }

  static func tokens(of text: String) -> [AnswerToken] {
    let chars = fold(text)
    var tokens: [AnswerToken] = []
    var clause = true
    func emit(_ text: String) {
      tokens.append(AnswerToken(text: text, startsClause: clause))
      clause = false
    }
    func neighbour(from index: Int, step: Int) -> Character? {
      var k = index + step
      while k >= 0 && k < chars.count {
        if chars[k] != " " { return chars[k] }
        k += step
      }
      return nil
    }
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if isWordCharacter(c) {
        var group: [Character] = []
        while i < chars.count {
          let d = chars[i]
          if isWordCharacter(d) {
            group.append(d)
          } else if d == "." || d == ",", let last = group.last, isDigit(last),
            i + 1 < chars.count, isDigit(chars[i + 1])
          {
            group.append(".")
          } else {
            break
          }
          i += 1
        }
        // "4h30" → 4 h 30, "30s" → 30 s; "b2b" stays whole.
        if let first = group.first, isDigit(first) {
          var part = ""
          var partIsNumber = true
          for d in group {
            let dIsNumber = isDigit(d) || d == "."
            if !part.isEmpty && dIsNumber != partIsNumber {
              emit(part)
              part = ""
            }
            partIsNumber = dIsNumber
            part.append(d)
          }
          if !part.isEmpty { emit(part) }
        } else {
          emit(String(group))
        }
        continue
      }
      switch c {
      case "-":
        if let before = neighbour(from: i, step: -1), let after = neighbour(from: i, step: 1),
          isDigit(before), isDigit(after)
        {
          emit("-")
        }
      case "+": emit("plus")
      case "&": emit("and")
      case ",", ";", ".", ":", "!", "?", "(", ")", "\n", "…": clause = true
      default: break
      }
      i += 1
    }
    return tokens
  }
}

// MARK: - Matching

/// A phrase and the value it gives. Each word of the phrase is a key: `word` (plurals and, for
/// long words, light typos accepted), `=word` (exactly) or `stem*` (any word starting so).
private struct Rule<Value: Sendable>: Sendable {
  let keys: [String]
  let value: Value
}

private func phraseRules<Value: Sendable>(_ value: Value, _ phrases: [String]) -> [Rule<Value>] {
  phrases.map { Rule(keys: $0.split(separator: " ").map(String.init), value: value) }
}

private enum Matcher {
  /// The plural endings a keyword may take (`[answer.endings]`).
  static let endings = InputWords.union("answer.endings")
  /// Words that turn off a keyword among the three after them (`[answer.negations]`).
  static let negations = Words.set("answer.negations")
  /// Words after a negation that undo it: "not only", "pas que", "pas mal"
  /// (`[answer.negation.breakers]`).
  static let negationBreakers = Words.set("answer.negation.breakers")

  /// The values of the rules found in `tokens`, in the order they appear. Longer phrases are
  /// tried first, exact words before typos; matched words are marked in `consumed`.
  static func scan<Value>(_ tokens: [AnswerToken], _ rules: [Rule<Value>], consumed: inout [Bool])
    -> [(position: Int, value: Value)]
  {
    let ordered = rules.enumerated().sorted {
      $0.element.keys.count != $1.element.keys.count
        ? $0.element.keys.count > $1.element.keys.count : $0.offset < $1.offset
    }.map(\.element)
    var hits: [(position: Int, value: Value)] = []
    for fuzzy in [false, true] {
      for rule in ordered {
        let n = rule.keys.count
        var start = 0
        while start + n <= tokens.count {
          let fits = (0..<n).allSatisfy { k in
            !consumed[start + k] && (k == 0 || !tokens[start + k].startsClause)
              && matches(tokens[start + k].text, rule.keys[k], fuzzy: fuzzy)
          }
          if fits {
            for k in start..<start + n { consumed[k] = true }
            if !isNegated(tokens, at: start) { hits.append((start, rule.value)) }
            start += n
          } else {
            start += 1
          }
        }
      }
    }
    return hits.sorted { $0.position < $1.position }
  }

  static func matches(_ token: String, _ key: String, fuzzy: Bool) -> Bool {
    if key.hasPrefix("=") { return token == key.dropFirst() }
    if key.hasSuffix("*") { return token.hasPrefix(key.dropLast()) }
    if token == key || endings.contains(where: { token == key + $0 }) {
      return true
    }
    guard fuzzy, token.first == key.first, token.allSatisfy(\.isLetter) else { return false }
    let allowed = key.count >= 9 ? 2 : key.count >= 6 ? 1 : 0
    guard allowed > 0, abs(token.count - key.count) <= allowed + 1 else { return false }
    let tokenCharacters = Array(token)
    return distance(tokenCharacters, Array(key)) <= allowed
      || distance(tokenCharacters, Array(key + "s")) <= allowed
  }

  /// Whether a negation comes within the three words before `index`, in the same clause.
  static func isNegated(_ tokens: [AnswerToken], at index: Int) -> Bool {
    var k = index
    while k > 0 && index - k < 3 && !tokens[k].startsClause {
      k -= 1
      if negations.contains(tokens[k].text) {
        let next = tokens[k + 1].text
        return !negationBreakers.contains(next)
      }
    }
    return false
  }

  /// Optimal string alignment distance: insertions, deletions, substitutions, swaps.
  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { d[i][0] = i }
    for j in 0...b.count { d[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
        if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
          d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
        }
      }
    }
    return d[a.count][b.count]
  }
}

// MARK: - Ages

private enum AgeReader {
  /// Between the two ages of a range: "18 to 34", "18-34" (`[answer.age.to]`).
  static let connectors = Words.set("answer.age.to")
  /// After a round age, a decade: "30s", "20-somethings" (`[answer.age.decade]`).
  static let decadeSuffixes = Words.set("answer.age.decade")
  /// Between two ages as one phrase: "18 jusqu'à 34" (`[answer.age.until]`).
  static let untilPhrases = Words.phrases("answer.age.until")
  /// After an age, "years" (`[answer.age.years]`).
  static let years = Words.set("answer.age.years")
  /// "and", "or" after an age, before a word of the open end: "50 and over", "25 or under".
  static let and = Words.set("answer.age.and")
  static let over = Words.set("answer.age.over")
  static let under = Words.set("answer.age.under")
  /// Before an age, the open ends: "over 50" (`[answer.age.from]`), "under 25"
  /// (`[answer.age.below]`), "up to 30" (`[answer.age.upto]`).
  static let lowerOpen = Words.phrases("answer.age.from")
  static let upperStrict = Words.phrases("answer.age.below")
  static let upperInclusive = Words.phrases("answer.age.upto")

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

// MARK: - Hours

private enum HoursReader {
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
  static let halves = Words.set("answer.hours.half")
  static let articles = Words.set("answer.hours.article")
  static let and = Words.set("answer.hours.and")
  static let range = Words.set("answer.hours.range")
  /// Words that make a number one of something, not a bare amount (`[answer.hours.one]`).
  static let one = Words.set("answer.hours.one")
  /// The units: hours, minutes, days of 8 hours, half days of 4 (`[answer.hours.unit.*]`),
  /// and the word that may end a half day's name ("après-midi").
  static let hourUnits = Words.set("answer.hours.unit.hour")
  static let minuteUnits = Words.set("answer.hours.unit.minute")
  static let dayUnits = Words.set("answer.hours.unit.day")
  static let halfDayUnits = Words.set("answer.hours.unit.halfday")
  static let halfDayTails = Words.phrases("answer.hours.unit.halfday.pairs")
  /// Words allowed between an amount and its unit: "a couple of hours", "une bonne heure".
  static let unitFillers = Words.set("answer.hours.unit.fillers")
  /// The periods (`[answer.period.*]`).
  static let weekWords = Words.set("answer.period.week")
  static let dayWords = Words.set("answer.period.day")
  static let monthWords = Words.set("answer.period.month")
  static let yearWords = Words.set("answer.period.year")
  static let yearPairs = Words.phrases("answer.period.year.pairs")
  static let fortnightWords = Words.set("answer.period.fortnight")
  static let otherWords = Words.set("answer.period.other")
  /// Weekdays only: "weekdays", "en semaine", "working days", "jours ouvrés".
  static let weekdayWords = Words.set("answer.period.weekdays")
  static let weekdayPairs = Words.phrases("answer.period.weekdays.pairs")
  static let workingWords = Words.set("answer.period.working")
  static let workingAfter = Words.set("answer.period.working.after")
  /// What a bare number may come with and still be read as hours per week.
  static let bareFillers = Words.set("answer.hours.bare")

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

// MARK: - Fillers

private enum Fillers {
  /// `[answer.sector.fillers]` in `po/words/CODE.words`, every language.
  static let sector: [String] = InputWords.union("answer.sector.fillers")
  /// `[answer.name.fillers]` in `po/words/CODE.words`, every language.
  static let name: [String] = InputWords.union("answer.name.fillers")

  /// `text` trimmed, without the longest leading fillers (several in a row), compared without
  /// case or accents; never strips the whole text.
  static func strip(_ text: String, _ fillers: [String]) -> String {
    let ordered = fillers.map(fold).sorted { $0.count > $1.count }
    var characters = Array(text.trimmingWhiteSpace())
    var stripped = true
    while stripped {
      stripped = false
      let key = characters.map(foldCharacter)
      for filler in ordered where key.count > filler.count && key.starts(with: filler) {
        // The filler must end a word: "a " but not "artisan".
        let next = key[filler.count]
        guard next == " " || filler.last == ":" else { continue }
        let rest = Array(String(characters.dropFirst(filler.count)).trimmingWhiteSpace())
        guard !rest.isEmpty else { continue }
        characters = rest
        stripped = true
        break
      }
    }
    return String(characters)
  }

  static func fold(_ text: String) -> [Character] { Array(text).map(foldCharacter) }

  /// One character, lower-cased and without its accent (one character in, one out).
  static func foldCharacter(_ character: Character) -> Character {
    if character.isWhitespace { return " " }
    let lower = Normaliser.fold(String(character))
    return lower.count == 1 ? lower[0] : character
  }
}

// MARK: - Keyword tables

/// The words of `po/words/CODE.words` the interpreter reads, every language.
private enum Words {
  static func set(_ list: String) -> Set<String> { Set(InputWords.union(list)) }

  /// The phrases of a list, as their words.
  static func phrases(_ list: String) -> [[String]] {
    InputWords.union(list).map { $0.split(separator: " ").map(String.init) }
  }

  /// The rules of every list under `prefix`, each giving the value its name ends with
  /// (`[answer.goals.sales]`); a list whose value does not read is left out (a test fails).
  static func rules<Value: Sendable>(_ prefix: String, _ value: (String) -> Value?)
    -> [Rule<Value>]
  {
    InputWords.groups(prefixed: prefix).flatMap { suffix, phrases in
      value(suffix).map { phraseRules($0, phrases) } ?? []
    }
  }

  /// The names of the value lists whose value does not read.
  static var unread: [String] {
    let readers: [(String, (String) -> Bool)] = [
      ("answer.market.", { Tables.market(named: $0) != nil }),
      ("answer.ages.", { Tables.ages(named: $0) != nil }),
      ("answer.goals.", { Goal(rawValue: $0) != nil }),
      ("answer.formats.", { Tables.format(named: $0) != nil }),
      ("answer.reach.", { Reach(rawValue: $0) != nil }),
      ("answer.languages.", { ISOLanguages.codes.contains($0) }),
    ]
    return readers.flatMap { prefix, reads in
      InputWords.groups(prefixed: prefix).map(\.suffix).filter { !reads($0) }.map { prefix + $0 }
    }
  }
}

extension AnswerInterpreter {
  /// The value lists of the word files whose name gives no value (a misspelt goal…): none.
  static var unreadValueLists: [String] { Words.unread }
}

private enum Tables {
  /// `[answer.market.VALUE]`; `[answer.market.none]`: words that describe the brand itself
  /// ("a small business") and count for neither.
  static let market: [Rule<Market?>] = Words.rules("answer.market.", market(named:))

  /// The value of a market list's name: a market, or `.some(nil)` for `none`.
  static func market(named name: String) -> Market?? {
    name == "none" ? .some(nil) : Market(rawValue: name).map { .some($0) }
  }

  /// `[answer.ages.FROM-TO]`: the bands the range covers (``AnswerInterpreter/ageBands(overlapping:)``).
  static let ages: [Rule<[AgeBand]>] = Words.rules("answer.ages.", ages(named:))

  /// The bands of an age list's name, `13-17`; nil when the name is not a range.
  static func ages(named name: String) -> [AgeBand]? {
    let bounds = name.split(separator: "-").compactMap { Int($0) }
    guard bounds.count == 2, bounds[0] <= bounds[1] else { return nil }
    return AnswerInterpreter.ageBands(overlapping: bounds[0]...bounds[1])
  }

  /// `[answer.goals.GOAL]`.
  static let goals: [Rule<Goal>] = Words.rules("answer.goals.") { Goal(rawValue: $0) }

  /// `[answer.formats.FORMAT]`; `[answer.formats.video]` (nil): a plain "video".
  static let formats: [Rule<ContentFormat?>] = Words.rules("answer.formats.", format(named:))

  /// The value of a format list's name: a format, or `.some(nil)` for `video`.
  static func format(named name: String) -> ContentFormat?? {
    name == "video" ? .some(nil) : ContentFormat(rawValue: name).map { .some($0) }
  }

  /// `[answer.reach.REACH]`.
  static let reach: [Rule<Reach>] = Words.rules("answer.reach.") { Reach(rawValue: $0) }

  /// `[answer.languages.CODE]`: the names of a language, in the languages the shell speaks.
  static let languages: [Rule<String>] = Words.rules("answer.languages.") { code in
    ISOLanguages.codes.contains(code) ? code : nil
  }
}
