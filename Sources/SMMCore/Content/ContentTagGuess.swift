/// Guesses a message's tag from its words (English and French), when the user gives none.
/// The guess is shown and recorded as an explicit `--tag`, so a replay never depends on it.
public enum ContentTagGuess {
  /// The likely tag of `text`, and the clue it was read from: the phrase found, or a sentence
  /// of the catalog when the guess rests on the text's shape or on nothing.
  public static func guess(_ text: String) -> (tag: ContentTag, clue: Phrase) {
    // Whole words only: punctuation becomes space, so " learn " does not match "learnt".
    let words = text.lowercased().map {
      $0.isLetter || $0.isNumber || $0 == "@" || $0 == "-" ? $0 : " "
    }
    let lower = " " + String(words).split(separator: " ").joined(separator: " ") + " "
    for (clue, tag) in clues where lower.contains(clue.hasSuffix(" ") ? clue : clue + " ") {
      return (tag, .verbatim(clue.trimmingWhiteSpace()))
    }
    if text.trimmingWhiteSpace().hasSuffix("?") {
      return (.conversation, Phrase("content.clue.question"))
    }
    return (.brand, Phrase("content.clue.none"))
  }

  /// Phrases that point at a tag, most specific first.
  static let clues: [(String, ContentTag)] = [
    (" via @", .curated), (" rt @", .curated), (" read this", .curated),
    ("worth reading", .curated),
    (" à lire", .curated), (" a lire", .curated), ("on partage", .curated),
    ("we loved this", .curated),
    (" how to ", .educational), (" how we ", .educational), (" tips", .educational),
    (" tip", .educational),
    (" guide", .educational), (" learn", .educational), (" learning", .educational),
    (" why ", .educational),
    (" did you know", .educational), (" comment ", .educational), (" conseils", .educational),
    (" astuce", .educational), (" pourquoi ", .educational), (" le saviez-vous", .educational),
    (" behind the scenes", .conversation), (" meet ", .conversation), (" our team", .conversation),
    (" thank you", .conversation), (" thanks", .conversation), (" tell us", .conversation),
    (" what do you", .conversation), (" merci", .conversation), (" notre équipe", .conversation),
    (" notre equipe", .conversation),
    (" dites-nous", .conversation), (" coulisses", .conversation),
  ]
}
