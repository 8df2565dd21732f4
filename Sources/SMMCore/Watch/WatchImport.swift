/// A whole file of mentions (or a volume series) read at once, as `/watch import` does: the
/// rows that read, counted in 5-minute intervals and run through the ``SpikeDetector``, each
/// mention read by the ``SentimentAnalyzer`` and its hours by the ``NegativeShareDetector``,
/// give an hourly ``WatchSummary``; the rows that do not are named.
public struct WatchImport: Sendable {
  /// A row that could not be read, by its row number.
  public struct Problem: Equatable, Sendable {
    public var row: Int
    public var problem: WatchRowProblem
  }

  /// The hourly summary and the alerts.
  public var summary: WatchSummary
  /// The rows left out, in file order.
  public var problems: [Problem]
  /// The format read (detected when not given).
  public var format: WatchFormat?
  /// The mentions read (for a volume series, its points).
  public var rows: Int

  /// Reads `text` in `format` (detected on its first line when nil); a mention whose words do
  /// not tell its language is read in `language`; an alert goes up a level from `fastVelocity`
  /// mentions an hour (the brand's, ``BrandAudience/fastVelocity``).
  public init(
    _ text: String, format: WatchFormat? = nil, language: SentimentLanguage = .en,
    fastVelocity: Int = CrisisTriage.fastVelocity
  ) {
    var reader = WatchReader(format: format)
    var mentions: [Mention] = []
    var points: [VolumePoint] = []
    var problems: [Problem] = []
    let take = { (item: WatchReader.Item) in
      switch item {
      case .mention(let mention): mentions.append(mention)
      case .point(let point): points.append(point)
      case .problem(let row, let problem): problems.append(Problem(row: row, problem: problem))
      }
    }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if lines.last?.isEmpty == true { lines.removeLast() }
    for line in lines { reader.read(line: line, take) }
    reader.finish(take)
    self.problems = problems
    self.format = reader.format
    rows = mentions.count + points.count
    // The whole file is at hand: mentions are taken in time order (a Mastodon file lists the
    // newest first), the first of equal times first.
    mentions = mentions.enumerated().sorted {
      ($0.element.time, $0.offset) < ($1.element.time, $1.offset)
    }.map(\.element)
    var analyzer = SentimentAnalyzer()
    let negative = mentions.map { analyzer.read($0.text, fallback: language).label == .negative }
    let hours = mentions.isEmpty ? Self.hours(points) : Self.hours(mentions, negative: negative)
    let alerts =
      mentions.isEmpty
      ? Self.alerts(points, fastVelocity: fastVelocity)
      : (Self.alerts(Self.buckets(mentions), fastVelocity: fastVelocity)
        + Self.negativeAlerts(hours, fastVelocity: fastVelocity)).sorted {
          ($0.at, $0.kind == .spike ? 0 : 1) < ($1.at, $1.kind == .spike ? 0 : 1)
        }
    summary = WatchSummary(hours: hours, alerts: alerts)
  }

  /// The alerts of kind `negative` of hours in time order (an hour not stored had no mention).
  static func negativeAlerts(
    _ hours: [WatchHour], fastVelocity: Int = CrisisTriage.fastVelocity
  ) -> [WatchAlert] {
    var settings = NegativeShareDetector.Settings()
    settings.fastVelocity = fastVelocity
    var detector = NegativeShareDetector(settings)
    return hours.compactMap { hour in
      hour.negative.flatMap { detector.add(hour: hour.start, count: hour.count, negative: $0) }
    }
  }

  /// The 5-minute counts of `mentions` (in time order).
  static func buckets(_ mentions: [Mention]) -> [VolumePoint] {
    var buckets = MentionBuckets()
    var points: [VolumePoint] = []
    for mention in mentions { buckets.add(mention) { points.append($0) } }
    buckets.finish { points.append($0) }
    return points
  }

  /// The alerts of a volume series; its step is the gap between its first two points.
  static func alerts(
    _ points: [VolumePoint], fastVelocity: Int = CrisisTriage.fastVelocity
  ) -> [WatchAlert] {
    guard points.count > 1 else { return [] }
    var settings = SpikeDetector.Settings()
    settings.fastVelocity = fastVelocity
    settings.interval = max(1, points[1].time - points[0].time)
    var detector = SpikeDetector(settings)
    return points.compactMap { detector.add($0) }.map {
      var alert = $0
      alert.baseline = (alert.baseline * 100).rounded() / 100
      alert.score = (alert.score * 100).rounded() / 100
      return alert
    }
  }

  /// Hours of mentions (`negative[i]`: whether mention `i` read negative): count, negative
  /// count, summed reach, the kept mentions negative first, each part by reach, one per text.
  static func hours(_ mentions: [Mention], negative: [Bool]) -> [WatchHour] {
    var byStart: [Int64: [Int]] = [:]
    for (index, mention) in mentions.enumerated() {
      byStart[WatchHour.start(of: mention.time), default: []].append(index)
    }
    return byStart.keys.sorted().map { start in
      let all = byStart[start] ?? []
      // Copies of one text (shares, a pasted complaint) are kept once, by their widest reach,
      // so that the kept mentions show what different people said.
      var texts = Set<String>()
      var kept: [Int] = []
      for index in all.sorted(by: {
        (negative[$0] ? 1 : 0, mentions[$0].reach ?? 0, -$0)
          > (negative[$1] ? 1 : 0, mentions[$1].reach ?? 0, -$1)
      }) where kept.count < WatchSummary.topPerHour {
        if texts.insert(Self.sameText(mentions[index].text)).inserted { kept.append(index) }
      }
      return WatchHour(
        start: start, count: all.count,
        reach: all.reduce(0) { $0 + max(0, mentions[$1].reach ?? 0) },
        top: kept.map { WatchTopMention(mentions[$0], negative: negative[$0]) },
        negative: all.filter { negative[$0] }.count)
    }
  }

  /// A text as compared for copies: lowercased, its runs of spaces as one.
  static func sameText(_ text: String) -> String {
    text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Hours of a volume series: the sum of its values.
  static func hours(_ points: [VolumePoint]) -> [WatchHour] {
    var byStart: [Int64: Double] = [:]
    for point in points { byStart[WatchHour.start(of: point.time), default: 0] += point.value }
    return byStart.keys.sorted().map {
      WatchHour(start: $0, count: Int((byStart[$0] ?? 0).rounded()))
    }
  }
}
