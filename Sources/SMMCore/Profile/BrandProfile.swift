/// What smm knows of a brand for step 1: who it sells to, its audience, goals, means and reach.
/// Empty lists and nil values are fields still missing.
public struct BrandProfile: Equatable, Sendable, Codable {
  /// Free text, e.g. "artisan bakery".
  public var sector: String?
  /// Who it sells to.
  public var market: Market?
  /// Its audience's age bands, youngest first.
  public var ages: [AgeBand]
  /// What it wants from social media.
  public var goals: [Goal]
  /// Hours per week it can spend on social media.
  public var hours: Double?
  /// What it can produce.
  public var formats: [ContentFormat]
  /// How far its customers are.
  public var reach: Reach?
  /// ISO 639-1 codes of the languages it speaks to its customers in.
  public var languages: [String]
  /// Whether its X account has X Premium (nil: not said, as without).
  public var xPremium: Bool?

  /// An empty profile.
  public init(
    sector: String? = nil, market: Market? = nil, ages: [AgeBand] = [], goals: [Goal] = [],
    hours: Double? = nil, formats: [ContentFormat] = [], reach: Reach? = nil,
    languages: [String] = []
  ) {
    self.sector = sector
    self.market = market
    self.ages = ages
    self.goals = goals
    self.hours = hours
    self.formats = formats
    self.reach = reach
    self.languages = languages
  }

  /// The fields still missing, in the order the interview asks them (`name` is never missing).
  public var missingFields: [ProfileField] {
    ProfileField.allCases.filter { !isSet($0) }
  }

  /// Whether `field` has a value.
  public func isSet(_ field: ProfileField) -> Bool {
    switch field {
    case .name: return true
    case .sector: return sector != nil
    case .market: return market != nil
    case .ages: return !ages.isEmpty
    case .goals: return !goals.isEmpty
    case .hours: return hours != nil
    case .formats: return !formats.isEmpty
    case .reach: return reach != nil
    case .languages: return !languages.isEmpty
    // A setting with a default (no Premium): never missing.
    case .xPremium: return true
    }
  }
}
