/// What the shell keeps of an imported watch: per hour, the mention count, the negative ones,
/// the summed reach and the top mentions (negative ones first, by reach), and the alerts the
/// detectors raised; never every mention.
/// ``text`` is its canonical form (the log's `/watch load` block), read back by ``init(text:)``.
public struct WatchSummary: Equatable, Sendable, Codable {
  /// At most this many mentions are kept per hour.
  public static let topPerHour = 3
  /// A kept mention's text is cut to this many characters.
  public static let textLimit = 280

  /// The hours, oldest first, each once.
  public var hours: [WatchHour]
  /// The alerts, oldest first.
  public var alerts: [WatchAlert]

  public init(hours: [WatchHour] = [], alerts: [WatchAlert] = []) {
    self.hours = hours
    self.alerts = alerts
  }

  /// Whether nothing was imported.
  public var isEmpty: Bool { hours.isEmpty }

  /// This summary with `other` laid over it: an hour of `other` replaces the same hour here,
  /// and the alerts of the span `other` covers are replaced by its own.
  public func merging(_ other: WatchSummary) -> WatchSummary {
    guard let first = other.hours.first?.start, let last = other.hours.last?.start else {
      return self
    }
    var byStart: [Int64: WatchHour] = [:]
    for hour in hours { byStart[hour.start] = hour }
    for hour in other.hours { byStart[hour.start] = hour }
    let kept = alerts.filter { $0.at < first || $0.at >= last + 3600 }
    return WatchSummary(
      hours: byStart.values.sorted { $0.start < $1.start },
      alerts: (kept + other.alerts).sorted { $0.at < $1.at })
  }

  /// The hour starting at `start`, if stored.
  public func hour(at start: Int64) -> WatchHour? {
    hours.first { $0.start == start }
  }

  /// The mention counts of the `count` hours ending with the one holding `time` (oldest
  /// first; an hour not stored counts 0).
  public func counts(hours count: Int, endingAt time: Int64) -> [Int] {
    let end = WatchHour.start(of: time)
    var byStart: [Int64: Int] = [:]
    for hour in hours { byStart[hour.start] = hour.count }
    return (0..<count).map { byStart[end - Int64(count - 1 - $0) * 3600] ?? 0 }
  }
}

/// One hour of an imported watch.
public struct WatchHour: Equatable, Sendable, Codable {
  /// The hour's start, seconds since 1970 (UTC), a multiple of 3,600.
  public var start: Int64
  /// The mentions in the hour (for a volume series, the sum of its values).
  public var count: Int
  /// The summed reach of the hour's mentions (0 when unknown).
  public var reach: Int
  /// Its mentions kept: the negative ones of widest reach first, then the others by reach
  /// (at most ``WatchSummary/topPerHour``).
  public var top: [WatchTopMention]
  /// The mentions that read negative; nil when unknown (a volume series has no text, and a
  /// summary recorded before the sentiment reading has none).
  public var negative: Int?

  public init(
    start: Int64, count: Int, reach: Int = 0, top: [WatchTopMention] = [], negative: Int? = nil
  ) {
    self.start = start
    self.count = count
    self.reach = reach
    self.top = top
    self.negative = negative
  }

  /// The share of negative mentions, from 0 to 1 (nil when unknown or without mentions).
  public var negativeShare: Double? {
    guard let negative, count > 0 else { return nil }
    return Double(negative) / Double(count)
  }

  /// The start of the hour holding `time`.
  public static func start(of time: Int64) -> Int64 {
    time - ((time % 3600) + 3600) % 3600
  }
}

/// A mention kept in a summary: its text cut to ``WatchSummary/textLimit`` characters, on one
/// line.
public struct WatchTopMention: Equatable, Sendable, Codable {
  public var time: Int64
  public var reach: Int
  public var author: String?
  public var platform: String?
  public var url: String?
  public var text: String
  /// Whether it read negative.
  public var negative: Bool

  public init(
    time: Int64, reach: Int, author: String? = nil, platform: String? = nil,
    url: String? = nil, text: String, negative: Bool = false
  ) {
    self.time = time
    self.reach = reach
    self.author = author
    self.platform = platform
    self.url = url
    self.text = text
    self.negative = negative
  }

  private enum CodingKeys: String, CodingKey {
    case time, reach, author, platform, url, text, negative
  }

  /// Reads a kept mention; one stored before the sentiment reading is not negative.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    time = try container.decode(Int64.self, forKey: .time)
    reach = try container.decode(Int.self, forKey: .reach)
    author = try container.decodeIfPresent(String.self, forKey: .author)
    platform = try container.decodeIfPresent(String.self, forKey: .platform)
    url = try container.decodeIfPresent(String.self, forKey: .url)
    text = try container.decode(String.self, forKey: .text)
    negative = try container.decodeIfPresent(Bool.self, forKey: .negative) ?? false
  }

  /// `mention` as kept: control characters become spaces, the text is cut.
  public init(_ mention: Mention, negative: Bool = false) {
    let flat = String(
      mention.text.map {
        $0.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F } ? $0 : " "
      })
    let cut = String(flat.prefix(WatchSummary.textLimit))
    self.init(
      time: mention.time, reach: max(0, mention.reach ?? 0), author: mention.author,
      platform: mention.platform, url: mention.url,
      text: cut.count < flat.count ? String(cut.dropLast()) + "…" : cut, negative: negative)
  }
}
