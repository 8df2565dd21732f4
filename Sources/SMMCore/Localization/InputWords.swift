/// The words smm reads in one language (yes and no, intent cues…), by list name, compiled from
/// `po/words/CODE.words` by `scripts/gen-strings` into `Generated/Words+CODE.swift`.
struct InputWords: Sendable {
  /// The language code of the file.
  let code: String
  /// Every list of the file, by name (`affirmation.yes`), its words in file order.
  let lists: [String: [String]]

  /// The words of `list` in every language the shell speaks, English first: people answer
  /// in either language whatever the session speaks.
  static func union(_ list: String) -> [String] {
    Language.allCases.flatMap { $0.words.lists[list] ?? [] }
  }
}
