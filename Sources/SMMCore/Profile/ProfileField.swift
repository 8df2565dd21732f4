/// The fields of the brand profile, by the names `/brand set` takes.
public enum ProfileField: String, CaseIterable, Codable, Sendable {
  case name, sector, market, ages, goals, hours, formats, reach, countries, languages

  /// The values the field takes, for help and completion; empty for free text and numbers.
  public var allowedValues: [String] {
    switch self {
    case .name, .sector, .hours, .countries, .languages: return []
    case .market: return Market.allCases.map(\.rawValue)
    case .ages: return AgeBand.allCases.map(\.rawValue)
    case .goals: return Goal.allCases.map(\.rawValue)
    case .formats: return ContentFormat.allCases.map(\.rawValue)
    case .reach: return Reach.allCases.map(\.rawValue)
    }
  }

  /// Whether the field takes several comma-separated values.
  public var isList: Bool {
    switch self {
    case .ages, .goals, .formats, .countries, .languages: return true
    default: return false
    }
  }
}
