/// Errors raised by the domain. Each one says what was wrong and how to fix it.
public enum SMMCoreError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The text is not a usable brand name.
  case invalidBrandName(String, reason: String)
  /// A log tried to create a brand that already exists.
  case brandAlreadyCreated
  /// A log did not begin with the brand's creation.
  case logMustStartWithCreation

  public var description: String {
    switch self {
    case .invalidBrandName(_, let reason):
      return "invalid brand name: \(reason)"
    case .brandAlreadyCreated:
      return "this brand already exists; a log creates its brand only once"
    case .logMustStartWithCreation:
      return "a brand's log must start with its creation (/new NAME)"
    }
  }
}
