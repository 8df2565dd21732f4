import Foundation

/// Points free text that is not an answer at the commands that might help, by the words it
/// shares with each command's name, keywords and abstract.
package enum FreeTextHelp {
  /// Up to three commands (with their `/`), best match first; empty when nothing matches.
  package static func suggestions(for text: String) -> [String] {
    let words = Set(
      text.lowercased().folding(options: .diacriticInsensitive, locale: nil)
        .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    ).subtracting(stopWords)
    guard !words.isEmpty else { return [] }
    var scored: [(name: String, score: Int)] = []
    for command in CommandRegistry.all {
      let spec = command.spec
      var score = 0
      for word in words {
        if word == spec.name || spec.aliases.contains(word) { score += 3 }
        if spec.keywords.contains(word) { score += 2 }
        if spec.keywords.contains(where: { word.count >= 4 && $0.hasPrefix(word) }) { score += 1 }
      }
      if score > 0 { scored.append((spec.name, score)) }
    }
    return scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.name < $1.name }
      .prefix(3).map { "/\($0.name)" }
  }

  private static let stopWords: Set<String> = [
    "a", "an", "the", "i", "we", "to", "of", "and", "or", "is", "it", "my", "our", "me", "do",
    "can", "how", "what", "le", "la", "les", "un", "une", "de", "des", "du", "je", "nous",
    "et", "ou", "est", "mon", "ma", "mes", "notre", "comment", "quoi", "please", "want",
  ]
}
