/// An alert of the crisis watch: a point of a brand's volume series far above what is usual at
/// that hour of the day (`spike`), or an hour whose share of negative mentions jumps
/// (`negative`, ``NegativeShareDetector``).
public struct WatchAlert: Equatable, Sendable, Codable {
  /// What raised it.
  public enum Kind: String, Sendable, Codable {
    /// Volume far above its seasonal baseline.
    case spike
    /// An hour's negative share far above the brand's usual share: `value` is the hour's
    /// negative mentions, `baseline` what the usual share expects of them.
    case negative
  }

  /// The time of the point that raised it (the start of its interval), seconds since 1970.
  public var at: Int64
  /// Mentions in the hour ending with that point.
  public var value: Double
  /// The usual number of mentions in that hour of the day (median of the last days).
  public var baseline: Double
  /// 1–4, the scale of the triage's escalation (``CrisisTriage``).
  public var level: Int
  public var kind: Kind
  /// How far past its threshold the strongest time scale is (1 = at the threshold).
  public var score: Double

  public init(at: Int64, value: Double, baseline: Double, level: Int, kind: Kind, score: Double) {
    self.at = at
    self.value = value
    self.baseline = baseline
    self.level = level
    self.kind = kind
    self.score = score
  }

  /// The ratios to the baseline from which an alert is at level 2, 3 and 4.
  public static let levelRatios: [Double] = [2, 5, 10]

  /// The escalation level of `value` mentions in an hour whose baseline is `baseline`: 1 below
  /// twice the baseline, 2 below five times, 3 below ten times, 4 above (``levelRatios``); one
  /// more when the hour reaches `fastVelocity` mentions, the brand's fast velocity as the
  /// triage counts it (``BrandAudience/fastVelocity``; by default ``CrisisTriage/fastVelocity``,
  /// when no brand is known); at most 4.
  public static func level(
    value: Double, baseline: Double, fastVelocity: Int = CrisisTriage.fastVelocity
  ) -> Int {
    let ratio = value / max(baseline, 1)
    var level = 1 + levelRatios.filter { ratio >= $0 }.count
    if value >= Double(fastVelocity) { level += 1 }
    return min(level, 4)
  }
}
