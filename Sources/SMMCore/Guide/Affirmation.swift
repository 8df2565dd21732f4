/// Reads a short yes or no, in English or French, as people type it: the one reader for the
/// guide's offers and every yes/no question the shell asks.
public enum Affirmation {
  /// The yes words of every language (`[affirmation.yes]` in `po/words/CODE.words`).
  private static let yes = Set(InputWords.union("affirmation.yes"))
  /// The no words of every language (`[affirmation.no]`).
  private static let no = Set(InputWords.union("affirmation.no"))

  /// true for yes, false for no, nil for anything else. Case, accents on `sûr` and a final
  /// `.` or `!` do not matter.
  public static func read(_ text: String) -> Bool? {
    read(text, yes: yes, no: no)
  }

  /// The same reading with the words of `languages` only (a language the shell does not ship
  /// yet, in the tests).
  package static func read(_ text: String, in languages: [Language]) -> Bool? {
    let books = languages.map(\.words)
    return read(
      text, yes: Set(InputWords.union("affirmation.yes", of: books)),
      no: Set(InputWords.union("affirmation.no", of: books)))
  }

  private static func read(_ text: String, yes: Set<String>, no: Set<String>) -> Bool? {
    var words = text.lowercased().trimmingSpaces
    while let last = words.last, last == "." || last == "!" { words.removeLast() }
    words = String(words.map { $0 == "’" ? "'" : $0 })
    if yes.contains(words) { return true }
    if no.contains(words) { return false }
    return nil
  }
}
