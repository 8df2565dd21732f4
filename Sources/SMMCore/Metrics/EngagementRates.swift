/// Engagement rates, in percent, as Hootsuite defines them
/// (blog.hootsuite.com/calculate-engagement-rate — "there's no standard formula").
///
/// Each rate is nil when its denominator is 0: a rate over nothing is unknown, not 0%.
public struct EngagementRates: Equatable, Sendable, Codable {
  /// ERR, engagement rate by reach: engagements / reach × 100.
  public var byReach: Double?
  /// ER by followers: engagements / followers × 100.
  public var byFollowers: Double?
  /// ER by impressions: engagements / impressions × 100 (suits paid content).
  public var byImpressions: Double?

  /// The formulas, named, in the order of the properties, then the average daily rate.
  public static let formulas: [String] = [
    "ERR (engagement rate by reach) = engagements / reach × 100",
    "ER by followers = engagements / followers × 100",
    "ER by impressions = engagements / impressions × 100",
    "average daily ER = engagements over X days / (X × followers) × 100",
  ]

  /// The formulas as phrases, to show in the session's language.
  public static let formulaPhrases: [Phrase] = [
    Phrase("metrics.formula.reach"), Phrase("metrics.formula.followers"),
    Phrase("metrics.formula.impressions"), Phrase("metrics.formula.daily"),
  ]

  /// The rates for these counts.
  public init(engagements: Int, followers: Int, reach: Int, impressions: Int) {
    byReach = Self.percent(engagements, of: reach)
    byFollowers = Self.percent(engagements, of: followers)
    byImpressions = Self.percent(engagements, of: impressions)
  }

  /// The rates of one week's record.
  public init(_ record: MetricsRecord) {
    self.init(
      engagements: record.engagements, followers: record.followers, reach: record.reach,
      impressions: record.impressions)
  }

  /// Average daily ER: engagements over `days` days / (`days` × followers) × 100;
  /// nil when `days` or `followers` is 0. For a weekly record, `days` is 7.
  public static func averageDaily(engagements: Int, followers: Int, days: Int) -> Double? {
    percent(engagements, of: days * followers)
  }

  /// `part` / `whole` × 100, nil when `whole` is 0 (or negative).
  static func percent(_ part: Int, of whole: Int) -> Double? {
    whole > 0 ? Double(part) * 100 / Double(whole) : nil
  }

  /// A percentage with two decimals, e.g. `2.96%`; `—` for nil.
  public static func percentText(_ value: Double?) -> String {
    guard let value else { return "—" }
    return twoDecimals(value) + "%"
  }

  /// A change in percentage points with its sign, e.g. `+0.42 pp`, `-1.10 pp`; `—` for nil.
  public static func pointsText(_ value: Double?) -> String {
    guard let value else { return "—" }
    let text = twoDecimals(value)
    return (text.hasPrefix("-") || text == "0.00" ? "" : "+") + text + " pp"
  }

  static func twoDecimals(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let magnitude = hundredths.magnitude
    let fraction = String(magnitude % 100)
    return (hundredths < 0 ? "-" : "") + String(magnitude / 100) + "."
      + (fraction.count < 2 ? "0" : "") + fraction
  }

  /// Week-on-week ERR for the records of one platform.
  ///
  /// The records are taken in week order (sorted here if they are not); each point gives the
  /// week's rates and the change of ERR from the previous record, in percentage points — nil
  /// for the first record, or when either week's ERR is unknown (reach 0). Missing weeks are
  /// not filled: the change is from the previous record given.
  public static func trend(_ records: [MetricsRecord]) -> [EngagementTrendPoint] {
    var points: [EngagementTrendPoint] = []
    var previous: Double?
    for (index, record) in records.sorted(by: { $0.week < $1.week }).enumerated() {
      MetricsWork.touch()
      let rates = EngagementRates(record)
      let change: Double? =
        if index > 0, let now = rates.byReach, let before = previous { now - before } else { nil }
      points.append(EngagementTrendPoint(week: record.week, rates: rates, reachChange: change))
      previous = rates.byReach
    }
    return points
  }
}

/// One week of an ERR trend.
public struct EngagementTrendPoint: Equatable, Sendable, Codable {
  /// The week.
  public var week: ISOWeek
  /// The week's rates.
  public var rates: EngagementRates
  /// ERR minus the previous week's ERR, in percentage points; nil for the first week or when
  /// either ERR is unknown.
  public var reachChange: Double?

  /// A point.
  public init(week: ISOWeek, rates: EngagementRates, reachChange: Double?) {
    self.week = week
    self.rates = rates
    self.reachChange = reachChange
  }
}

/// Rough bands for an engagement rate.
///
/// These are rules of thumb, not benchmarks: they come from third-party marketing posts (3P,
/// stockingisthenewplanking), no authoritative source publishes them, and what is "high"
/// varies by platform, audience size and formula. Bands: below 1% low; 1% up to (not
/// including) 3.5% average; 3.5% to 6% inclusive high; above 6% very high.
public enum EngagementBand: String, CaseIterable, Sendable, Codable {
  case low, average, high, veryHigh

  /// Where the rules of thumb come from, to show in the session's language.
  public static let sourcePhrase = Phrase("metrics.band.source")

  /// Where the rules of thumb come from.
  public static let source =
    "rules of thumb from third-party marketing posts (3P, stockingisthenewplanking); "
    + "no authoritative source"

  /// The band of a rate given in percent (e.g. 2.96 for 2.96%).
  public static func band(forPercent percent: Double) -> EngagementBand {
    if percent < 1 { return .low }
    if percent < 3.5 { return .average }
    if percent <= 6 { return .high }
    return .veryHigh
  }

  /// The band's name for people: "low", "average", "high", "very high".
  public var label: String { self == .veryHigh ? "very high" : rawValue }

  /// The band's name, to show in the session's language.
  public var phrase: Phrase {
    switch self {
    case .low: return Phrase("metrics.band.low")
    case .average: return Phrase("metrics.band.average")
    case .high: return Phrase("metrics.band.high")
    case .veryHigh: return Phrase("metrics.band.veryHigh")
    }
  }
}
