/// Reads a request to put a question off ("later", "skip", "not yet", « plus tard »), in any
/// language the shell speaks: what the question asks stays to do and the next question comes.
public enum Postponement {
  /// The words of every language (`[answer.later]` in `po/words/CODE.words`).
  private static let words = Set(InputWords.union("answer.later"))

  /// Whether `text` puts the question off. Case, a final `.` or `!` and a curly apostrophe do
  /// not matter.
  public static func read(_ text: String) -> Bool {
    var folded = text.lowercased().trimmingSpaces
    while let last = folded.last, last == "." || last == "!" { folded.removeLast() }
    return words.contains(String(folded.map { $0 == "’" ? "'" : $0 }))
  }
}
