/// Errors raised by the domain. Each one says what was wrong and how to fix it.
public enum SMMCoreError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The text is not a usable brand name.
  case invalidBrandName(String, reason: String)
  /// A log tried to create a brand that already exists.
  case brandAlreadyCreated
  /// A log did not begin with the brand's creation.
  case logMustStartWithCreation
  /// A profile value is not one the field takes.
  case invalidProfileValue(field: String, value: String, reason: String)
  /// A platform id that smm does not know.
  case unknownPlatform(String, suggestions: [String])
  /// A platform chosen twice, or dropped without being chosen.
  case spaceChoice(String)
  /// A profile field that the platform does not have, or a text over its limit.
  case invalidProfileText(String)
  /// A content message, pillar or tone that cannot be recorded.
  case invalidMessage(String)

  /// The error in English, for callers that have no language at hand.
  public var description: String { message(.english) }

  /// The error in `strings`' language. Messages built from free-form domain text (a brand
  /// name's or a profile value's reason, platform choices, profile texts, messages) are in
  /// English.
  public func message(_ strings: Strings) -> String {
    switch self {
    case .invalidBrandName(_, let reason):
      return "invalid brand name: \(reason)"
    case .brandAlreadyCreated:
      return strings("error.brandAlreadyCreated")
    case .logMustStartWithCreation:
      return strings("error.logMustStartWithCreation")
    case .invalidProfileValue(let field, _, let reason):
      return "invalid \(field): \(reason)"
    case .unknownPlatform(let id, let suggestions):
      let platforms = Platform.allCases.map(\.rawValue).joined(separator: ", ")
      if suggestions.isEmpty {
        return strings("error.unknownPlatform", ["id": id, "platforms": platforms])
      }
      return strings(
        "error.unknownPlatform.suggest",
        [
          "id": id, "platforms": platforms,
          "suggestions": suggestions.joined(separator: strings("error.or")),
        ])
    case .spaceChoice(let message), .invalidProfileText(let message), .invalidMessage(let message):
      return message
    }
  }
}
