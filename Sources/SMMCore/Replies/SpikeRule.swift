/// The k = 3 spike rule of social listening: mentions are a spike when they stand three
/// standard deviations above their recent mean — Socialmetrix's variation alerts fire when the
/// mean of the last 24 hours exceeds the mean of the last 7 days plus k·σ, with k = 1.5 (low),
/// 2 (medium) or 3 (high) (`reference/domain.md` §4c). It is not "three times the usual
/// volume": for 100 mentions an hour usually, σ ≈ 10, so 130 is already a spike where 3× would
/// wait for 300.
///
/// When the brand knows no σ of its own history, σ is √mean: mention counts are counts of
/// independent events, and a Poisson count's variance equals its mean.
public enum SpikeRule {
  /// The number of standard deviations, Socialmetrix's "high" sensitivity.
  public static let k = 3.0

  /// The standard deviation used for `mean`: `deviation` when known, else √mean (Poisson).
  public static func sigma(mean: Double, deviation: Double? = nil) -> Double {
    if let deviation, deviation >= 0 { return deviation }
    return max(mean, 0).squareRoot()
  }

  /// The volume from which a count is a spike: mean + k·σ.
  public static func threshold(mean: Double, deviation: Double? = nil) -> Double {
    mean + k * sigma(mean: mean, deviation: deviation)
  }

  /// Whether `count` is a spike against `mean` (and `deviation`, when known): strictly above
  /// mean + k·σ.
  public static func isSpike(_ count: Double, mean: Double, deviation: Double? = nil) -> Bool {
    count > threshold(mean: mean, deviation: deviation)
  }
}
