/// A sentence written in each language the shell speaks, kept together: the platform catalog's
/// own data (summaries, audience statements, reasons), whose English and French versions sit
/// side by side in `platforms/*.yaml` instead of in the string catalogs.
public struct LocalizedText: Codable, Equatable, Hashable, Sendable {
  /// The English text, the source of truth.
  public var english: String
  /// The French text.
  public var french: String

  /// Creates a text from its two versions.
  public init(english: String, french: String) {
    self.english = english
    self.french = french
  }

  /// The text in `language`: the French text in French, the English one in any other.
  public func text(in language: Language) -> String {
    language == .fr ? french : english
  }

  /// The text as the rest of a sentence, after a colon: its first letter in lower case, unless
  /// the first word is a name (a platform's, or a word with capitals inside: "LinkedIn", "B2B").
  public var continuingASentence: LocalizedText {
    LocalizedText(
      english: Self.continuing(english), french: Self.continuing(french))
  }

  static func continuing(_ text: String) -> String {
    let word = text.prefix { $0.isLetter }
    guard let first = word.first, first.isUppercase, word.count > 1,
      word.dropFirst().allSatisfy(\.isLowercase),
      !Platform.allCases.contains(where: { $0.displayName.hasPrefix(word) })
    else { return text }
    return first.lowercased() + text.dropFirst()
  }
}
