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
  /// ISO 3166-1 alpha-2 codes (upper case) of the countries of its customers, the home market
  /// first.
  public var countries: [String]
  /// ISO 639-1 codes of the languages it speaks to its customers in.
  public var languages: [String]
  /// Whether its X account has X Premium (nil: not said, as without).
  public var xPremium: Bool?
  /// How many people post and answer (nil: not said yet).
  public var team: TeamSize?
  /// When it is open to answer (nil: not said; targets then run around the clock).
  public var open: OpeningHours?

  /// An empty profile.
  public init(
    sector: String? = nil, market: Market? = nil, ages: [AgeBand] = [], goals: [Goal] = [],
    hours: Double? = nil, formats: [ContentFormat] = [], reach: Reach? = nil,
    countries: [String] = [], languages: [String] = []
  ) {
    self.sector = sector
    self.market = market
    self.ages = ages
    self.goals = goals
    self.hours = hours
    self.formats = formats
    self.reach = reach
    self.countries = countries
    self.languages = languages
  }

  /// The home market: the first country named, nil when none is.
  public var homeCountry: String? { countries.first }

  private enum CodingKeys: String, CodingKey {
    case sector, market, ages, goals, hours, formats, reach, countries, languages, team, open
    case xPremium = "x_premium"
  }

  /// Reads a profile; one stored before countries existed has none.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      sector: try c.decodeIfPresent(String.self, forKey: .sector),
      market: try c.decodeIfPresent(Market.self, forKey: .market),
      ages: try c.decode([AgeBand].self, forKey: .ages),
      goals: try c.decode([Goal].self, forKey: .goals),
      hours: try c.decodeIfPresent(Double.self, forKey: .hours),
      formats: try c.decode([ContentFormat].self, forKey: .formats),
      reach: try c.decodeIfPresent(Reach.self, forKey: .reach),
      countries: try c.decodeIfPresent([String].self, forKey: .countries) ?? [],
      languages: try c.decode([String].self, forKey: .languages))
    xPremium = try c.decodeIfPresent(Bool.self, forKey: .xPremium)
    team = try c.decodeIfPresent(TeamSize.self, forKey: .team)
    open = try c.decodeIfPresent(OpeningHours.self, forKey: .open)
  }

  /// The fields still missing, in the order the interview asks them (`name` is never missing).
  /// The team is never missing: without it the plan keeps the full crisis team.
  public var missingFields: [ProfileField] {
    ProfileField.allCases.filter { !isSet($0) }
  }

  /// The fields the interview asks, in order: the missing ones, and the team while it is not
  /// said (asked after the hours, it never blocks step 1).
  public var unansweredFields: [ProfileField] {
    ProfileField.allCases.filter { $0 == .team ? team == nil : !isSet($0) }
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
    case .countries: return !countries.isEmpty
    case .languages: return !languages.isEmpty
    // Asked, but with a default (the full crisis team); settings with a default (no Premium,
    // no opening hours): never missing.
    case .team, .xPremium, .open: return true
    }
  }
}
