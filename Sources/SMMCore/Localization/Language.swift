/// A language the shell speaks. English is the default.
public enum Language: String, CaseIterable, Sendable, Codable {
  /// English.
  case en
  /// French.
  case fr

  /// The language named by the POSIX locale variables, in their order of precedence
  /// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`): French when the first one set starts with
  /// `fr`, English otherwise.
  public static func fromLocale(_ variables: [String: String]) -> Language {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = variables[name], !value.isEmpty else { continue }
      return value.lowercased().hasPrefix("fr") ? .fr : .en
    }
    return .en
  }

  /// The language's own name: `English`, `français`.
  public var nativeName: String {
    switch self {
    case .en: return "English"
    case .fr: return "français"
    }
  }
}
