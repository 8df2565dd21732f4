/// The four steps of the method, in the order a brand goes through them.
public enum MethodStep: Int, CaseIterable, Sendable, Codable, Comparable {
  /// Choose the networks and build the profiles there.
  case spaces = 1
  /// Write each message the way each channel needs it.
  case content
  /// Find the communities, what the brand brings them and what they bring back.
  case communities
  /// Prepare the response to negative information before it happens.
  case crisis

  /// The step's number, 1 to 4.
  public var number: Int { rawValue }

  /// A one-word label, used in the prompt (`acme 1/4 spaces>`).
  public var slug: String {
    switch self {
    case .spaces: return "spaces"
    case .content: return "content"
    case .communities: return "communities"
    case .crisis: return "crisis"
    }
  }

  /// The catalog key of the step's `part`: `title`, `purpose`, `needs` or `slug`
  /// (`step.spaces.title`); the words themselves are in each language's catalog.
  public func key(_ part: String) -> String { "step.\(slug).\(part)" }

  public static func < (lhs: MethodStep, rhs: MethodStep) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
