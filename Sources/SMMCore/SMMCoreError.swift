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

  public var description: String {
    switch self {
    case .invalidBrandName(_, let reason):
      return "invalid brand name: \(reason)"
    case .brandAlreadyCreated:
      return "this brand already exists; a log creates its brand only once"
    case .logMustStartWithCreation:
      return "a brand's log must start with its creation (/new NAME)"
    case .invalidProfileValue(let field, _, let reason):
      return "invalid \(field): \(reason)"
    case .unknownPlatform(let id, let suggestions):
      let hint =
        suggestions.isEmpty
        ? "; the" : " — did you mean \(suggestions.joined(separator: " or "))? The"
      return
        "unknown platform \"\(id)\"\(hint) platforms are: \(Platform.allCases.map(\.rawValue).joined(separator: ", "))"
    case .spaceChoice(let message), .invalidProfileText(let message), .invalidMessage(let message):
      return message
    }
  }
}
