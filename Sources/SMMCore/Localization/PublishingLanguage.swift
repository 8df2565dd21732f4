extension BrandProfile {
  /// The language the brand publishes in — its statements, replies and pages: French when its
  /// first language is French (`fr`, `fr-…`, `français`), English otherwise, whatever language
  /// the shell speaks.
  public var publishingLanguage: Language {
    guard let first = languages.first?.lowercased() else { return .en }
    return first == "fr" || first.hasPrefix("fr-") || first.hasPrefix("fran") ? .fr : .en
  }
}

extension BrandState {
  /// The language the brand publishes in (see ``BrandProfile/publishingLanguage``).
  public var publishingLanguage: Language { profile.publishingLanguage }
}
