/// The canonical text of a ``WatchSummary``, as the log keeps it in a `/watch load` block:
/// one line per hour, kept mention and alert, fields separated by spaces.
///
/// ```
/// hour 2026-03-09T15:00:00Z 140 52000 57 1
/// top 2026-03-09T15:12:00Z 12000 @anna x https://x.com/anna/1 The bread was stale…
/// alert 2026-03-09T15:55:00Z 140 12 3 spike 2.1
/// alert 2026-03-09T15:00:00Z 57 11.2 4 negative 2.8
/// ```
///
/// An `hour` line ends with its negative mentions and how many of its `top` lines (the first
/// ones) read negative; both are absent when unknown (a volume series, or a summary recorded
/// before the sentiment reading: such a line still reads). A `top` line belongs to the `hour`
/// before it; its text is the rest of the line. The other
/// fields escape `%`, spaces and control characters as `%XX`; an absent field is `-`.
extension WatchSummary {
  /// The canonical text, each line ending with a newline.
  public var text: String {
    var lines: [String] = []
    for hour in hours {
      var line = "hour \(WatchTime.iso(hour.start)) \(hour.count) \(hour.reach)"
      if let negative = hour.negative {
        line += " \(negative) \(hour.top.prefix { $0.negative }.count)"
      }
      lines.append(line)
      for mention in hour.top {
        let fields = [mention.author, mention.platform, mention.url].map(Self.field)
        lines.append(
          "top \(WatchTime.iso(mention.time)) \(mention.reach) \(fields.joined(separator: " ")) \(mention.text)"
        )
      }
    }
    for alert in alerts {
      lines.append(
        "alert \(WatchTime.iso(alert.at)) \(alert.value) \(alert.baseline) \(alert.level) \(alert.kind.rawValue) \(alert.score)"
      )
    }
    return lines.map { $0 + "\n" }.joined()
  }

  /// Reads canonical text back.
  /// - Throws: ``WatchSummaryError`` naming the first line that does not read.
  public init(text: String) throws(WatchSummaryError) {
    self.init()
    var negativeTops = 0
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated() where !line.isEmpty
    {
      guard read(line, negativeTops: &negativeTops) else {
        throw WatchSummaryError(line: index + 1)
      }
    }
  }

  /// Reads one line; `negativeTops` is how many `top` lines of the current hour read negative.
  private mutating func read(_ line: Substring, negativeTops: inout Int) -> Bool {
    let parts = line.split(separator: " ", maxSplits: 6, omittingEmptySubsequences: false)
    switch parts.first {
    case "hour":
      guard parts.count == 4 || parts.count == 6, let start = WatchTime.parse(parts[1]),
        start % 3600 == 0, let count = Int(parts[2]), count >= 0, let reach = Int(parts[3]),
        reach >= 0, hours.last.map({ $0.start < start }) ?? true
      else { return false }
      var hour = WatchHour(start: start, count: count, reach: reach)
      if parts.count == 6 {
        guard let negative = Int(parts[4]), (0...count).contains(negative),
          let negativeTop = Int(parts[5]), (0...Self.topPerHour).contains(negativeTop)
        else { return false }
        hour.negative = negative
        negativeTops = negativeTop
      } else {
        negativeTops = 0
      }
      hours.append(hour)
    case "top":
      guard parts.count == 7, !hours.isEmpty, let time = WatchTime.parse(parts[1]),
        let reach = Int(parts[2]), reach >= 0,
        hours[hours.count - 1].top.count < Self.topPerHour
      else { return false }
      guard let author = Self.unfield(parts[3]), let platform = Self.unfield(parts[4]),
        let url = Self.unfield(parts[5])
      else { return false }
      let index = hours[hours.count - 1].top.count
      hours[hours.count - 1].top.append(
        WatchTopMention(
          time: time, reach: reach, author: author, platform: platform, url: url,
          text: String(parts[6]), negative: index < negativeTops))
    case "alert":
      guard parts.count == 7, let at = WatchTime.parse(parts[1]), let value = Double(parts[2]),
        let baseline = Double(parts[3]), let level = Int(parts[4]), (1...4).contains(level),
        let kind = WatchAlert.Kind(rawValue: String(parts[5])), let score = Double(parts[6])
      else { return false }
      alerts.append(
        WatchAlert(at: at, value: value, baseline: baseline, level: level, kind: kind, score: score)
      )
    default:
      return false
    }
    return true
  }

  /// A field as written: `-` when absent, else `%`, `-` alone, spaces and controls escaped.
  static func field(_ value: String?) -> String {
    guard let value else { return "-" }
    if value == "-" { return "%2D" }
    if value.isEmpty { return "%" }
    var out = ""
    for scalar in value.unicodeScalars {
      if scalar == "%" || scalar.value <= 0x20 || scalar.value == 0x7F {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        out += "%" + (hex.count < 2 ? "0" + hex : hex)
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// A field read back: `.some(nil)` for `-`, nil when its escapes do not read.
  static func unfield(_ text: Substring) -> String?? {
    if text == "-" { return .some(nil) }
    if text == "%" { return .some("") }
    var out = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      guard scalar == "%" else {
        out.append(scalar)
        continue
      }
      guard let high = scalars.next(), let low = scalars.next(),
        let value = UInt32(String(high) + String(low), radix: 16),
        let escaped = Unicode.Scalar(value)
      else { return nil }
      out.append(escaped)
    }
    return .some(String(out))
  }
}

/// A `/watch load` block whose line `line` (1-based) does not read.
public struct WatchSummaryError: Error, Equatable, Sendable {
  public var line: Int

  public init(line: Int) { self.line = line }
}
