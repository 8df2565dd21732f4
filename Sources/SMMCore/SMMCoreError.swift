/// Errors raised by the domain. Each one says what was wrong and how to fix it, as a
/// ``Phrase`` rendered in the session's language.
public enum SMMCoreError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The text is not a usable brand name.
  case invalidBrandName(String, reason: Phrase)
  /// A log tried to create a brand that already exists.
  case brandAlreadyCreated
  /// A log did not begin with the brand's creation.
  case logMustStartWithCreation
  /// A profile value is not one the field takes.
  case invalidProfileValue(field: String, value: String, reason: Phrase)
  /// A platform id that smm does not know.
  case unknownPlatform(String, suggestions: [String])
  /// A platform chosen twice, or dropped without being chosen.
  case spaceChoice(Phrase)
  /// A profile field that the platform does not have, or a text over its limit.
  case invalidProfileText(Phrase)
  /// A content message, pillar or tone that cannot be recorded.
  case invalidMessage(Phrase)

  /// The error in English, for callers that have no language at hand.
  public var description: String { message(.english) }

  /// The error in `strings`' language.
  public func message(_ strings: Strings) -> String {
    switch self {
    case .invalidBrandName(_, let reason):
      return strings.format("error.invalidBrandName", ["reason": .phrase(reason)])
    case .brandAlreadyCreated:
      return strings("error.brandAlreadyCreated")
    case .logMustStartWithCreation:
      return strings("error.logMustStartWithCreation")
    case .invalidProfileValue(let field, _, let reason):
      // "field" and "action" (a command's word, not a profile field) read better named.
      if strings.has("error.invalidProfileValue.\(field)") {
        return strings.format("error.invalidProfileValue.\(field)", ["reason": .phrase(reason)])
      }
      return strings.format(
        "error.invalidProfileValue", ["field": .text(field), "reason": .phrase(reason)])
    case .unknownPlatform(let id, let suggestions):
      let platforms = Platform.allCases.map(\.rawValue).joined(separator: ", ")
      if let name = UncoveredPlatform.named(in: id) {
        return strings("error.uncoveredPlatform", ["name": name, "platforms": platforms])
      }
      if suggestions.isEmpty {
        return strings("error.unknownPlatform", ["id": id, "platforms": platforms])
      }
      return strings(
        "error.unknownPlatform.suggest",
        [
          "id": id, "platforms": platforms,
          "suggestions": suggestions.joined(separator: strings("error.or")),
        ])
    case .spaceChoice(let phrase), .invalidProfileText(let phrase), .invalidMessage(let phrase):
      return phrase.render(strings)
    }
  }

  /// What the error says, as a phrase for the cases that carry one (the others have none).
  public var phrase: Phrase? {
    switch self {
    case .spaceChoice(let phrase), .invalidProfileText(let phrase), .invalidMessage(let phrase):
      return phrase
    default:
      return nil
    }
  }
}
