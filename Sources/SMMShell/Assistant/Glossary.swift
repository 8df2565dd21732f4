import Foundation
import SMMCore

/// The words of the method a user may ask about ("what do you mean by b2c?", « ça veut dire
/// quoi, portée ? »): a question about a term gets its meaning and changes nothing; a question
/// waiting stays.
///
/// A line asks about a term when it starts like a question about something
/// (`[answer.about.start]`: "what is", "what do you mean", « c'est quoi ») or holds a word of
/// meaning (`[meaning.ask]`: "mean", "meaning", « veut dire », « signifie »), and names a term
/// (`[meaning.term.TERM]`, every language) without a possessive ("our reach" is the brand's,
/// shown by a command); the meaning is the catalog's `glossary.TERM`.
enum Glossary {
  /// The terms and their words, in the order tried (longer terms first in the files).
  static let terms = InputWords.groups(prefixed: "meaning.term.").map {
    (term: $0.suffix, words: $0.words)
  }
  static let askWords = InputWords.union("meaning.ask")
  static let ownWords = Set(InputWords.union("meaning.own"))

  /// The catalog key of the meaning `text` asks for, or nil when it asks for none.
  static func key(for text: String) -> String? {
    let line = IntentLine(text, names: [])
    func has(_ words: [String]) -> Bool {
      words.contains { line.find(IntentLexicon.words(of: $0), excluding: []) != nil }
    }
    // The question may come after another clause: "I don't know, what's a pillar?".
    let asks = text.split(separator: ",").contains {
      AnswerCue.asksAbout($0.trimmingCharacters(in: .whitespaces))
    }
    guard line.tokens.count <= 12, asks || has(askWords) else { return nil }
    // "what are our pillars?", « c'est quoi nos piliers ? », "what is our reach?": the
    // brand's own, which a command shows, not a word to explain (`[meaning.own]`).
    guard !line.words.contains(where: ownWords.contains) else { return nil }
    return terms.first { has($0.words) }.map { "glossary.\($0.term)" }
  }
}
