/// Alerts of kind `negative`: an hour whose share of negative mentions jumps well above the
/// brand's usual share. smm's rule, online, one hour at a time, in O(window) memory:
///
/// - **Usual share** *p*: the negative mentions over all mentions of the hours of the last
///   7 days (pooled, so a quiet hour weighs little), never below 2%; the hours that alerted
///   are left out, so a crisis is not learnt as usual. It needs 100 mentions in the window.
/// - **Alert** when the hour has at least ``Settings/minimumMentions`` mentions (so 2
///   negative of 3 does not alert), its share is at least twice *p* and 15 points above it,
///   and its negative count is at least 3 binomial standard deviations above the *n p*
///   expected: *z* = (negative − *n p*) / √(*n p* (1 − *p*)) ≥ 3.
/// - `value` is the hour's negative mentions, `baseline` the *n p* the usual share expects;
///   `level` is ``WatchAlert/level(value:baseline:)`` on them; `score` is *z* / 3.
/// - Consecutive alerting hours are one episode: after its first alert, an hour is printed
///   only when its level is higher than every one before it.
public struct NegativeShareDetector: Sendable {
  /// The rule's constants.
  public struct Settings: Sendable {
    /// The fewest mentions an hour needs to alert.
    public var minimumMentions = 20
    /// The window of the usual share, in hours.
    public var windowHours: Int64 = 7 * 24
    /// The fewest mentions the window needs before any alert.
    public var minimumHistory = 100
    /// The usual share is never taken below this.
    public var floor = 0.02
    /// The share must be at least this many times the usual…
    public var ratio = 2.0
    /// …and this far above it.
    public var margin = 0.15
    /// The binomial z-score the negative count needs.
    public var threshold = 3.0
    /// Mentions an hour from which an alert goes up one level (``WatchAlert/level``).
    public var fastVelocity = CrisisTriage.fastVelocity

    public init() {}
  }

  /// An hour of the window.
  private struct Hour: Sendable {
    var start: Int64
    var count: Int
    var negative: Int
  }

  public let settings: Settings
  private var window: [Hour] = []
  private var first = 0
  private var count = 0
  private var negative = 0
  private var episodeLevel = 0
  private var lastAlertHour: Int64?

  public init(_ settings: Settings = Settings()) {
    self.settings = settings
  }

  /// The usual share now (nil while the window holds too few mentions).
  public var usualShare: Double? {
    count >= settings.minimumHistory
      ? max(settings.floor, Double(negative) / Double(count)) : nil
  }

  /// Takes the hour starting at `start` (hours in time order) with `count` mentions of which
  /// `negative` read negative; the alert it raises, if any.
  public mutating func add(hour start: Int64, count hourCount: Int, negative hourNegative: Int)
    -> WatchAlert?
  {
    while first < window.count, window[first].start <= start - settings.windowHours * 3600 {
      count -= window[first].count
      negative -= window[first].negative
      first += 1
    }
    if first > 64, first * 2 > window.count {
      window.removeFirst(first)
      first = 0
    }
    var alert: WatchAlert?
    if let usual = usualShare, hourCount >= settings.minimumMentions {
      let n = Double(hourCount)
      let share = Double(hourNegative) / n
      let expected = n * usual
      let z = (Double(hourNegative) - expected) / (expected * (1 - usual)).squareRoot()
      if share >= usual * settings.ratio, share >= usual + settings.margin,
        z >= settings.threshold
      {
        let value = Double(hourNegative)
        let baseline = (expected * 100).rounded() / 100
        let level = WatchAlert.level(
          value: value, baseline: baseline, fastVelocity: settings.fastVelocity)
        let continues = lastAlertHour.map { start - $0 <= 3600 } ?? false
        if !continues { episodeLevel = 0 }
        lastAlertHour = start
        if !continues || level > episodeLevel {
          episodeLevel = max(episodeLevel, level)
          alert = WatchAlert(
            at: start, value: value, baseline: baseline, level: level, kind: .negative,
            score: (z / settings.threshold * 100).rounded() / 100)
        }
        // An alerting hour is not learnt.
        return alert
      }
    }
    window.append(Hour(start: start, count: hourCount, negative: hourNegative))
    count += hourCount
    negative += hourNegative
    return alert
  }
}
