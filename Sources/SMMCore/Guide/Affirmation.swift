/// Reads a short yes or no, in English or French, as people type it: the one reader for the
/// guide's offers and every yes/no question the shell asks.
public enum Affirmation {
  private static let yes: Set<String> = [
    "y", "yes", "yeah", "yep", "ok", "okay", "sure", "go", "go ahead", "do it", "please",
    "yes please", "o", "oui", "ouais", "d'accord", "dac", "vas-y", "vas y", "allez", "allons-y",
    "c'est parti", "oui merci", "bien sur", "bien sûr", "parfait", "fine", "done", "fait",
    "c'est fait", "confirm", "confirme", "je confirme",
  ]
  private static let no: Set<String> = [
    "n", "no", "nope", "not yet", "later", "non", "pas encore", "plus tard", "non merci",
    "no thanks", "cancel", "annule", "annuler", "stop",
  ]

  /// true for yes, false for no, nil for anything else. Case, accents on `sûr` and a final
  /// `.` or `!` do not matter.
  public static func read(_ text: String) -> Bool? {
    var words = text.lowercased().trimmingSpaces
    while let last = words.last, last == "." || last == "!" { words.removeLast() }
    words = String(words.map { $0 == "’" ? "'" : $0 })
    if yes.contains(words) { return true }
    if no.contains(words) { return false }
    return nil
  }
}
