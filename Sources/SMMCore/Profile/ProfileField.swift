/// The fields of the brand profile, by the names `/brand set` takes.
public enum ProfileField: String, CaseIterable, Codable, Sendable {
  /// `team` is how many people post and answer (``TeamSize``), asked after the hours.
  case name, sector, market, ages, goals, hours, team, formats, reach, countries, languages
  /// Whether the brand's X account has X Premium (posts up to 25,000 characters): a setting,
  /// never asked by the interview.
  case xPremium = "x-premium"
  /// The opening hours (``OpeningHours``): a setting, never asked by the interview.
  case open

  /// Whether the field is a setting (never asked, never missing): `x-premium`, `open`.
  public var isSetting: Bool { self == .xPremium || self == .open }

  /// The fields that describe the brand (the interview's, and `name`): every one but the
  /// settings such as `x-premium`.
  public static var profileQuestions: [ProfileField] { allCases.filter { !$0.isSetting } }

  /// The values the field takes, for help and completion; empty for free text and numbers.
  public var allowedValues: [String] {
    switch self {
    case .name, .sector, .hours, .team, .countries, .languages, .open: return []
    case .market: return Market.allCases.map(\.rawValue)
    case .ages: return AgeBand.allCases.map(\.rawValue)
    case .goals: return Goal.allCases.map(\.rawValue)
    case .formats: return ContentFormat.allCases.map(\.rawValue)
    case .reach: return Reach.allCases.map(\.rawValue)
    case .xPremium: return ["yes", "no"]
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
