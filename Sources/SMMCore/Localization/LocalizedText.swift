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
}
