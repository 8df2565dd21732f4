import SMMCore

enum AnswerFillers {
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
    let lower = AnswerNormaliser.fold(String(character))
    return lower.count == 1 ? lower[0] : character
  }
}

// MARK: - Keyword tables

/// The words of `po/words/CODE.words` the interpreter reads, every language.
enum AnswerWords {
  static func set(_ list: String) -> Set<String> { Set(InputWords.union(list)) }

  /// The phrases of a list, as their words.
  static func phrases(_ list: String) -> [[String]] {
    InputWords.union(list).map { $0.split(separator: " ").map(String.init) }
  }

  /// The rules of every list under `prefix`, each giving the value its name ends with
  /// (`[answer.goals.sales]`); a list whose value does not read is left out (a test fails).
  static func rules<Value: Sendable>(_ prefix: String, _ value: (String) -> Value?)
    -> [AnswerRule<Value>]
  {
    InputWords.groups(prefixed: prefix).flatMap { suffix, phrases in
      value(suffix).map { answerRules($0, phrases) } ?? []
    }
  }

  /// The names of the value lists whose value does not read.
  static var unread: [String] {
    let readers: [(String, (String) -> Bool)] = [
      ("answer.market.", { AnswerTables.market(named: $0) != nil }),
      ("answer.ages.", { AnswerTables.ages(named: $0) != nil }),
      ("answer.goals.", { Goal(rawValue: $0) != nil }),
      ("answer.formats.", { AnswerTables.format(named: $0) != nil }),
      ("answer.reach.", { Reach(rawValue: $0) != nil }),
      ("answer.languages.", { ISOLanguages.codes.contains($0) }),
      ("answer.countries.", { ISOCountries.isCode($0) }),
    ]
    return readers.flatMap { prefix, reads in
      InputWords.groups(prefixed: prefix).map(\.suffix).filter { !reads($0) }.map { prefix + $0 }
    }
  }
}

extension AnswerInterpreter {
  /// The value lists of the word files whose name gives no value (a misspelt goal…): none.
  static var unreadValueLists: [String] { AnswerWords.unread }
}

enum AnswerTables {
  /// `[answer.market.VALUE]`; `[answer.market.none]`: words that describe the brand itself
  /// ("a small business") and count for neither.
  static let market: [AnswerRule<Market?>] = AnswerWords.rules("answer.market.", market(named:))

  /// The value of a market list's name: a market, or `.some(nil)` for `none`.
  static func market(named name: String) -> Market?? {
    name == "none" ? .some(nil) : Market(rawValue: name).map { .some($0) }
  }

  /// `[answer.ages.FROM-TO]`: the bands the range covers (``AnswerInterpreter/ageBands(overlapping:)``).
  static let ages: [AnswerRule<[AgeBand]>] = AnswerWords.rules("answer.ages.", ages(named:))

  /// The bands of an age list's name, `13-17`; nil when the name is not a range.
  static func ages(named name: String) -> [AgeBand]? {
    let bounds = name.split(separator: "-").compactMap { Int($0) }
    guard bounds.count == 2, bounds[0] <= bounds[1] else { return nil }
    return AnswerInterpreter.ageBands(overlapping: bounds[0]...bounds[1])
  }

  /// `[answer.goals.GOAL]`.
  static let goals: [AnswerRule<Goal>] = AnswerWords.rules("answer.goals.") { Goal(rawValue: $0) }
  /// `[answer.visits.bare]` ("visits", « visiteurs »): footfall for a brand people come to,
  /// else visits to its website.
  static let bareVisits: [Bool: [AnswerRule<Goal>]] = [
    true: AnswerWords.rules("answer.visits.") { _ in Goal.visits },
    false: AnswerWords.rules("answer.visits.") { _ in Goal.traffic },
  ]

  /// `[answer.formats.FORMAT]`; `[answer.formats.video]` (nil): a plain "video".
  static let formats: [AnswerRule<ContentFormat?>] = AnswerWords.rules(
    "answer.formats.", format(named:))

  /// The value of a format list's name: a format, or `.some(nil)` for `video`.
  static func format(named name: String) -> ContentFormat?? {
    name == "video" ? .some(nil) : ContentFormat(rawValue: name).map { .some($0) }
  }

  /// `[answer.team.N]`: words for a team of N people without a number ("just me", « seul »).
  static let team: [AnswerRule<Int>] = AnswerWords.rules("answer.team.") { Int($0) }

  /// `[answer.reach.REACH]`.
  static let reach: [AnswerRule<Reach>] = AnswerWords.rules("answer.reach.") { Reach(rawValue: $0) }

  /// `[answer.countries.CODE]`: the names of a country and of its major cities, in the
  /// languages the shell speaks.
  static let countries: [AnswerRule<String>] = AnswerWords.rules("answer.countries.") { code in
    ISOCountries.isCode(code) ? code.uppercased() : nil
  }

  /// `[answer.languages.CODE]`: the names of a language, in the languages the shell speaks.
  static let languages: [AnswerRule<String>] = AnswerWords.rules("answer.languages.") { code in
    ISOLanguages.codes.contains(code) ? code : nil
  }
}
