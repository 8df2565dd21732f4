#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The crisis watch's online spike detector, one per brand (docs/watch.md).
///
/// Each point updates running sums of the volume over three spans (15 minutes, 1 hour,
/// 3 hours by default). For each span, the log of the sum is compared with what that hour of
/// the day held on the last days (7 by default, so every weekday counts once): its median,
/// and a spread read from the 95th percentile of the absolute deviations (scaled to a normal
/// standard deviation), never below a floor nor below the Poisson noise of the baseline. The
/// point is an anomaly when a span's score passes that span's threshold.
///
/// The baseline does not learn a crisis as normal: a point whose score passes
/// ``Settings/learnAbove`` enters the history clipped to ``Settings/clip`` spreads above the
/// centre and spread its hour had when the episode began (an episode lasts while such points
/// come less than an hour apart), so a crisis cannot raise its own bar. A change that lasts is
/// learnt after some days (a week-long crisis of six times the volume stays anomalous for
/// three days; a baseline learning every point stops after one). Memory is the spans' window
/// plus 24 hours × the history's days of values per span, whatever the length of the series.
///
/// Alerts: the first anomalous point after an hour without any, and then each anomalous point
/// whose escalation level is higher than every alert of the episode so far.
public struct SpikeDetector: Sendable {
  /// The detector's constants (the defaults are the ones docs/watch.md scores).
  public struct Settings: Sendable {
    /// The length of one point's interval, in seconds.
    public var interval: Int64 = 300
    /// The spans, in seconds, and the score each must pass to raise an alert.
    public var spans: [(seconds: Int64, threshold: Double)] = [
      (900, 6.5), (3600, 6.5), (10_800, 3.5),
    ]
    /// Days of history per hour of the day.
    public var days = 7
    /// Days of history an hour needs before its scores count.
    public var warmupDays = 3
    /// The quantile of absolute deviations the spread is read from.
    public var quantile = 0.95
    /// The normal quantile that turns it into a standard deviation (1.96 for 0.95).
    public var normalQuantile = 1.959_964
    /// The smallest spread, in log units.
    public var floor = 0.15
    /// A point scoring above this on any span enters the history clipped.
    public var learnAbove = 5.0
    /// Clipped points enter the history at the median plus this many spreads.
    public var clip = 4.0
    /// Mentions an hour from which an alert goes up one level (``WatchAlert/level``).
    public var fastVelocity = CrisisTriage.fastVelocity

    public init() {}
  }

  public let settings: Settings
  /// The last point's score: its strongest span's score over that span's threshold (above 1,
  /// the point is anomalous; 0 while its hour has too little history).
  public private(set) var lastScore = 0.0
  private let widths: [Int]
  private let hourSpan: Int
  private let pointsPerHour: Int
  private var recent: [Double]
  private var recentNext = 0
  private var seen = 0
  private var sums: [Double]
  private var history: [[SlotHistory]]
  private var lastAnomaly: Int64?
  private var episodeLevel = 0
  private var scratch: [(y: Double, median: Double, spread: Double, ready: Bool)]
  /// The episode of clipped learning under way (a point above `learnAbove` within the hour).
  private var learning = (episode: 0, last: -Int64(1) << 62)
  /// Per span and hour: the centre and spread clipped points are held to, from the first
  /// visit of the hour in the current episode, so a lasting crisis cannot raise them.
  private var reference: [[(episode: Int, median: Double, spread: Double)]]

  public init(_ settings: Settings = Settings()) {
    self.settings = settings
    widths = settings.spans.map { max(1, Int($0.seconds / settings.interval)) }
    hourSpan = settings.spans.firstIndex { $0.seconds == 3600 } ?? 0
    pointsPerHour = max(1, Int(3600 / settings.interval))
    recent = Array(repeating: 0, count: widths.max() ?? 1)
    sums = Array(repeating: 0, count: widths.count)
    let capacity = settings.days * pointsPerHour
    history = widths.map { _ in Array(repeating: SlotHistory(capacity: capacity), count: 24) }
    scratch = Array(repeating: (0, 0, 0, false), count: widths.count)
    reference = widths.map { _ in Array(repeating: (-1, 0, 0), count: 24) }
  }

  /// Reads the next point; returns the alert it raises, if any.
  public mutating func add(_ point: VolumePoint) -> WatchAlert? {
    // The running sums.
    let size = recent.count
    for (span, width) in widths.enumerated() where seen >= width {
      sums[span] -= recent[(recentNext - width + size) % size]
    }
    recent[recentNext] = point.value
    recentNext = (recentNext + 1) % size
    seen += 1
    let hour = WatchTime.hourAndWeekday(point.time).hour
    let needed = settings.warmupDays * pointsPerHour
    var strongest = 0.0
    var learnClipped = false
    for span in widths.indices {
      sums[span] += point.value
      let width = widths[span]
      let sum = sums[span] * Double(width) / Double(min(width, seen))
      let y = log1p(sum)
      if history[span][hour].count >= needed {
        let (median, deviation) = history[span][hour].centreAndSpread(quantile: settings.quantile)
        let poisson = 1 / expm1(median).advanced(by: 1).squareRoot()
        let spread = max(deviation / settings.normalQuantile, settings.floor, poisson)
        let score = (y - median) / spread
        if score > settings.learnAbove { learnClipped = true }
        strongest = max(strongest, score / settings.spans[span].threshold)
        scratch[span] = (y, median, spread, true)
      } else {
        scratch[span] = (y, 0, 0, false)
      }
    }
    if learnClipped {
      if point.time - learning.last > 3600 { learning.episode += 1 }
      learning.last = point.time
    }
    for span in widths.indices {
      let entry = scratch[span]
      var value = entry.y
      if learnClipped && entry.ready {
        if reference[span][hour].episode != learning.episode {
          reference[span][hour] = (learning.episode, entry.median, entry.spread)
        }
        let held = reference[span][hour]
        value = min(entry.y, held.median + settings.clip * held.spread)
      }
      history[span][hour].append(value)
    }
    lastScore = strongest
    guard strongest > 1 else { return nil }
    let hourly = scratch[hourSpan]
    let value = expm1(hourly.y)
    let baseline = hourly.ready ? expm1(hourly.median) : 0
    let level = WatchAlert.level(
      value: value, baseline: baseline, fastVelocity: settings.fastVelocity)
    let newEpisode = lastAnomaly.map { point.time - $0 > 3600 } ?? true
    lastAnomaly = point.time
    if newEpisode { episodeLevel = 0 }
    guard level > episodeLevel else { return nil }
    episodeLevel = level
    return WatchAlert(
      at: point.time, value: value.rounded(), baseline: baseline.rounded(), level: level,
      kind: .spike,
      score: strongest)
  }
}
