/// A language the sentiment reading knows: it picks the lexicon and the rules.
public enum SentimentLanguage: String, Sendable, Codable, CaseIterable {
  case en
  case fr

  /// The sentiment language of a shell language (its code), if the reading knows it.
  public init?(_ language: Language) {
    self.init(rawValue: language.code)
  }
}
