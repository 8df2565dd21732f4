/// Reads a request to put a question off ("later", "skip", "not yet", « plus tard »), in any
/// language the shell speaks: what the question asks stays to do and the next question comes.
public enum Postponement {
  /// The words of every language (`[answer.later]` and `[answer.dontknow]`: "I don't know",
  /// « je ne sais pas encore », in `po/words/CODE.words`).
  private static let words = Set(
    InputWords.union("answer.later") + InputWords.union("answer.dontknow"))
  /// Words around a postponement that do not change it: "hmm", "sorry", "can we come back to
  /// that?" (`[answer.later.around]`).
  private static let around = Set(InputWords.union("answer.later.around"))

  /// Whether `text` puts the question off: one of the words, or clauses (between commas) that
  /// are each one of them or a word around them ("hmm, not sure yet, can we come back to
  /// that?"). Case, a final `.`, `!` or `?` and a curly apostrophe do not matter.
  public static func read(_ text: String) -> Bool {
    let folded = String(text.lowercased().map { $0 == "’" ? "'" : $0 })
    func bare(_ clause: Substring) -> String {
      var clause = String(clause).trimmingSpaces
      while let last = clause.last, ".!?".contains(last) { clause.removeLast() }
      return clause.trimmingSpaces
    }
    if words.contains(bare(folded[...])) { return true }
    let clauses = folded.split(whereSeparator: { ",;".contains($0) }).map(bare).filter {
      !$0.isEmpty
    }
    guard clauses.count > 1 else { return false }
    return clauses.contains(where: words.contains)
      && clauses.allSatisfy { words.contains($0) || around.contains($0) }
  }
}
