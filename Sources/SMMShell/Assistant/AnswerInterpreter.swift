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
/// - Keywords and phrases (the `[answer.*]` lists of `po/words/CODE.words`, every language:
///   `[answer.goals.sales]` gives the goal sales) are then looked up, longest phrase first; a
///   word matched by a phrase is not read again on its own ("blog posts" is long-form, not
///   also text). Words of six letters or more tolerate one typo (nine or more: two), as long
///   as the first letter is right; plurals in -s, -es and -x are accepted. A keyword right
///   after a negation in the same clause ("not", "no", "don't", "pas", "jamais"… within three
///   words) is ignored, except for "not only", "pas que", "pas mal".
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
/// - `team`: a number of people, in digits or words ("two of us", « nous sommes trois »; the
///   largest said: « une équipe de cinq » is 5), else the words of `[answer.team.N]` ("just
///   me", « seul » = 1; "me and my partner", « tous les deux » = 2); 1 to 999.
/// - `formats`: keywords per format. Plain "video(s)" is short-video, unless the answer also
///   names a long video ("long", "YouTube", "tutorial"…), in which case the plain word is taken
///   to mean those long videos.
/// - `reach`: keywords per reach; when several are named, the widest wins ("local and
///   national" → national), since reach says how far the farthest customers are. A place
///   named alone after a lead word ("just Bristol really", « surtout à Pézenas ») is local.
/// - `countries`: country names in English or French, a few major cities standing for their
///   country (`[answer.countries.CODE]`), or an answer made only of ISO 3166-1 codes ("FR and
///   CH"; "UK" is read as GB), in the order given: the first is the home market.
/// - `languages`: language names in English or French (and a few in their own language), or
///   an answer made only of ISO 639-1 codes ("EN / FR", "en and fr"). In "en et fr" the "et"
///   is read as the French "and", not as Estonian, unless the codes are comma-separated
///   ("en, et, fr").
/// - `sector`: the answer without its leading fillers and final full stop, 1 to 120 characters.
/// - `name`: the answer without "we're called", "notre marque s'appelle"… and surrounding
///   quotes, as a valid ``BrandName``.
package enum AnswerInterpreter {
  /// The value the answer gives `field`, or nil when it cannot be read with confidence.
  /// `receivesVisitors` reads "more visits" as footfall (a shop, a clinic: ``SectorKind``),
  /// else as visits to the website.
  package static func interpret(
    _ answer: String, for field: ProfileField, receivesVisitors: Bool = false
  ) -> ProfileValue? {
    switch field {
    case .name: return name(answer)
    case .sector: return sector(answer)
    default: break
    }
    let tokens = AnswerNormaliser.tokens(of: answer)
    // "en et fr": the French "and", not Estonian, unless the codes are comma-separated.
    let frenchAnd =
      field == .languages && !answer.contains(",")
      && tokens.dropFirst().dropLast().contains { $0.text == "et" }
    if !frenchAnd, let value = try? ProfileValue.parse(field, answer) { return value }
    guard !tokens.isEmpty else { return nil }
    switch field {
    case .name, .sector, .xPremium, .open: return nil
    case .team: return team(tokens)
    case .market: return market(tokens)
    case .ages: return ages(tokens)
    case .goals: return goals(tokens, receivesVisitors: receivesVisitors)
    case .hours: return hours(tokens)
    case .formats: return formats(tokens)
    case .reach: return reach(tokens)
    case .countries: return countries(tokens, answer)
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
  package static func ageBands(overlapping range: ClosedRange<Int>) -> [AgeBand] {
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
    let hits = AnswerMatcher.scan(tokens, AnswerTables.market, consumed: &consumed).compactMap {
      $0.value
    }
    let both = hits.contains(.both) || (hits.contains(.b2b) && hits.contains(.b2c))
    if both { return .market(.both) }
    if let first = hits.first { return .market(first) }
    return nil
  }

  fileprivate static func ages(_ tokens: [AnswerToken]) -> ProfileValue? {
    var consumed = Array(repeating: false, count: tokens.count)
    let words = AnswerMatcher.scan(tokens, AnswerTables.ages, consumed: &consumed).map {
      $0.value
    }
    let ranges = AnswerAgeReader.ranges(tokens, consumed: consumed)
    // A word for every adult ("adults 25 to 64", "everyone over 35") is narrowed by the ages
    // said with it: the numbers are the answer, the broad word only frames them.
    var bands = words.filter { ranges.isEmpty || $0.count < 5 }.flatMap { $0 }
    for range in ranges {
      bands += ageBands(overlapping: range)
    }
    let ordered = canonical(bands)
    return ordered.isEmpty ? nil : .ages(ordered)
  }

  fileprivate static func goals(_ tokens: [AnswerToken], receivesVisitors: Bool) -> ProfileValue? {
    var consumed = Array(repeating: false, count: tokens.count)
    var found = AnswerMatcher.scan(tokens, AnswerTables.goals, consumed: &consumed).map(\.value)
    // "Visits" alone, once "website visits" and "store visits" have been read.
    found += AnswerMatcher.scan(
      tokens, AnswerTables.bareVisits[receivesVisitors] ?? [], consumed: &consumed
    ).map(\.value)
    let goals = canonical(found)
    return goals.isEmpty ? nil : .goals(goals)
  }

  fileprivate static func team(_ tokens: [AnswerToken]) -> ProfileValue? {
    let numbers = tokens.compactMap { token -> Int? in
      if let number = token.number { return number == number.rounded() ? Int(number) : nil }
      return AnswerHoursReader.numberWords[token.text].map { Int($0) }
    }
    if let people = numbers.max(), (1...TeamSize.maximum).contains(people) {
      return .team(TeamSize(people))
    }
    var consumed = Array(repeating: false, count: tokens.count)
    let hits = AnswerMatcher.scan(tokens, AnswerTables.team, consumed: &consumed).map(\.value)
    return hits.max().map { .team(TeamSize($0)) }
  }

  fileprivate static func formats(_ tokens: [AnswerToken]) -> ProfileValue? {
    var consumed = Array(repeating: false, count: tokens.count)
    let hits = AnswerMatcher.scan(tokens, AnswerTables.formats, consumed: &consumed).map {
      $0.value
    }
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
    let hits = AnswerMatcher.scan(tokens, AnswerTables.reach, consumed: &consumed).map { $0.value }
    // The widest reach named wins.
    guard let widest = Reach.allCases.last(where: { hits.contains($0) }) else {
      return placeOnly(tokens) ? .reach(.local) : nil
    }
    return .reach(widest)
  }

  /// Whether the answer names one place and nothing else ("just Bristol really", « surtout à
  /// Pézenas »): a lead word (`[answer.reachlead]`), then one or two words that are no
  /// language, no number and no other list's keyword. A town is local; a country or the
  /// world is in the reach lists and read before this.
  fileprivate static func placeOnly(_ tokens: [AnswerToken]) -> Bool {
    let leads = AnswerWords.set("answer.reachlead")
    guard tokens.contains(where: { leads.contains($0.text) }) else { return false }
    let rest = tokens.filter { !leads.contains($0.text) }
    guard (1...2).contains(rest.count), rest.allSatisfy({ $0.number == nil }) else {
      return false
    }
    return languages(rest) == nil
  }

  /// Countries named in words ("in France and Switzerland", « en Belgique et en France »),
  /// cities standing for their country ("Leeds" → GB), or an answer made only of codes
  /// ("FR and CH", "UK" read as GB); in the order given.
  fileprivate static func countries(_ tokens: [AnswerToken], _ answer: String) -> ProfileValue? {
    // Codes are read only as capitals ("FR and CH", "UK"): in a sentence "in" or "at" are words.
    let conjunctions = AnswerWords.set("answer.conjunctions")
    let words = answer.split(whereSeparator: { !$0.isLetter }).map(String.init)
      .filter { !conjunctions.contains($0.lowercased()) }
    let code: (String) -> String? = { word in
      guard word == word.uppercased(), (2...3).contains(word.count) else { return nil }
      return ISOCountries.isCode(word) && word.count == 2
        ? word : ISOCountries.suggestion(for: word)
    }
    var codes: [String] = []
    if !words.isEmpty, words.allSatisfy({ code($0) != nil }) {
      codes = words.compactMap(code)
    } else {
      var consumed = Array(repeating: false, count: tokens.count)
      codes = AnswerMatcher.scan(tokens, AnswerTables.countries, consumed: &consumed).map {
        $0.value
      }
    }
    var unique: [String] = []
    for code in codes where !unique.contains(code) { unique.append(code) }
    return unique.isEmpty ? nil : .countries(unique)
  }

  fileprivate static func languages(_ tokens: [AnswerToken]) -> ProfileValue? {
    let words = tokens.map(\.text).filter { !AnswerWords.set("answer.conjunctions").contains($0) }
    var codes: [String] = []
    if !words.isEmpty && words.allSatisfy({ ISOLanguages.codes.contains($0) }) {
      // Only codes: "EN / FR", "en et fr". Codes are not read inside sentences, where "en",
      // "de" or "it" are ordinary words.
      codes = words
    } else {
      var consumed = Array(repeating: false, count: tokens.count)
      codes = AnswerMatcher.scan(tokens, AnswerTables.languages, consumed: &consumed).map {
        $0.value
      }
    }
    var unique: [String] = []
    for code in codes where !unique.contains(code) { unique.append(code) }
    return unique.isEmpty ? nil : .languages(unique)
  }

  fileprivate static func hours(_ tokens: [AnswerToken]) -> ProfileValue? {
    guard let hours = AnswerHoursReader.hoursPerWeek(tokens), hours > 0, hours <= 168 else {
      return nil
    }
    return .hours(hours)
  }

  fileprivate static func sector(_ answer: String) -> ProfileValue? {
    var text = AnswerFillers.strip(answer, AnswerFillers.sector)
    while let last = text.last, ".!;…".contains(last) { text.removeLast() }
    text = text.trimmingWhiteSpace()
    return try? ProfileValue.parse(.sector, text)
  }

  fileprivate static func name(_ answer: String) -> ProfileValue? {
    let trimmed = answer.trimmingWhiteSpace()
    var text = AnswerFillers.strip(trimmed, AnswerFillers.name)
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
