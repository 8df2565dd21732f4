/// When the brand is open to answer (`/brand set open "Mon-Fri 09:00-18:00"`): response targets
/// count in these hours, and an away message answers outside them.
///
/// Read: segments separated by `,` or `;`, each days then one or more time ranges. Days are
/// English or French names or abbreviations (`Mon`, `monday`, `lun`, `lundi`; the lists
/// `[open.day.N]` of `po/words`), alone or as ranges (`Mon-Fri`, `lun-ven`, `Fri-Mon` wraps);
/// times are `9`, `9h`, `9h30`, `09:00`, `9:30`, with `am`/`pm`; a range is `09:00-18:00` or
/// `9h-18h` (a closing time after the opening one, `24:00` at most; "9-5", "9 to 5", a plain
/// closing hour before the opening one, closes in the afternoon). The canonical text uses
/// English abbreviations and 24-hour times: `Mon-Fri 09:00-18:00, Sat 09:00-12:00`.
public struct OpeningHours: Equatable, Sendable, Codable {
  /// Days and the time ranges they share.
  public struct Segment: Equatable, Sendable, Codable {
    /// The days, 0 = Monday … 6 = Sunday, in the order of the week.
    public var days: [Int]
    /// Open from/to, in minutes after midnight.
    public var ranges: [ClosedRange<Int>]
  }

  /// The segments, as given.
  public var segments: [Segment]

  /// Hours given in segments.
  public init(segments: [Segment]) { self.segments = segments }

  /// Whether the brand is open on `weekday` (0 = Monday) at `minute` after midnight.
  public func isOpen(weekday: Int, minute: Int) -> Bool {
    segments.contains { segment in
      segment.days.contains(weekday)
        && segment.ranges.contains { minute >= $0.lowerBound && minute < $0.upperBound }
    }
  }

  /// The open hours in a week (a day named twice counts twice).
  public var hoursPerWeek: Double {
    Double(
      segments.map { segment in
        segment.days.count * segment.ranges.map { $0.upperBound - $0.lowerBound }.reduce(0, +)
      }.reduce(0, +)) / 60
  }

  /// The canonical text: `Mon-Fri 09:00-18:00, Sat 09:00-12:00`.
  public var canonicalText: String { text(dayNames: Self.englishDays, time: Self.clock) }

  /// The hours as `language` writes them (`Mon-Fri 9:00-18:00`, « lun-ven 9h-18h »): day
  /// names from `open.day.N`, times from `open.time.hour` / `open.time.minutes`.
  public func text(in language: Language) -> String {
    let strings = Strings.of(language)
    let days = (0..<7).map { strings("open.day.\($0)") }
    return text(dayNames: days) { minutes in
      let hh = minutes / 60
      let mm = minutes % 60
      return strings(
        mm == 0 ? "open.time.hour" : "open.time.minutes",
        ["h": String(hh), "mm": Self.two(mm)])
    }
  }

  private func text(dayNames: [String], time: (Int) -> String) -> String {
    segments.map { segment in
      let days = Self.runs(segment.days).map { run in
        run.count == 1 ? dayNames[run[0]] : dayNames[run[0]] + "-" + dayNames[run[run.count - 1]]
      }.joined(separator: " ")
      let ranges = segment.ranges.map { time($0.lowerBound) + "-" + time($0.upperBound) }
        .joined(separator: " ")
      return days + " " + ranges
    }.joined(separator: ", ")
  }

  static let englishDays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

  static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

  static func clock(_ minutes: Int) -> String { two(minutes / 60) + ":" + two(minutes % 60) }

  /// Consecutive days as runs: [0,1,2,4] → [[0,1,2],[4]].
  static func runs(_ days: [Int]) -> [[Int]] {
    var runs: [[Int]] = []
    for day in days {
      if let last = runs.last?.last, last + 1 == day {
        runs[runs.count - 1].append(day)
      } else {
        runs.append([day])
      }
    }
    return runs
  }

  /// The day a word names (0 = Monday), accents and a final full stop ignored.
  static func day(_ word: Substring) -> Int? {
    let folded = String(word.filter { $0 != "." }.map(CueWords.fold).joined())
    guard !folded.isEmpty else { return nil }
    return dayWords.first { $0.words.contains(folded) }?.day
  }

  private static let dayWords: [(day: Int, words: Set<String>)] = (0..<7).map { day in
    (day, Set(InputWords.union("open.day.\(day)").map { $0.map(CueWords.fold).joined() }))
  }

  /// A time: `9`, `9h`, `9h30`, `09:00`, `9.30`, `9am`, `6pm`, `18 h` (the space already
  /// removed); minutes after midnight, nil when not a time.
  static func time(_ text: Substring) -> Int? {
    var text = String(text).lowercased()
    var offset = 0
    if text.hasSuffix("am") || text.hasSuffix("pm") {
      let pm = text.hasSuffix("pm")
      text.removeLast(2)
      guard let hour = Int(text.split(separator: ":").first ?? ""), (1...12).contains(hour)
      else { return nil }
      offset = (pm ? 12 : 0) - (hour == 12 ? 12 : 0)
    }
    let parts = text.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "h" || $0 == "." })
    guard (1...2).contains(parts.count), let hour = Int(parts[0]), parts[0].count <= 2 else {
      return nil
    }
    var minute = 0
    if parts.count == 2 && !parts[1].isEmpty {
      guard parts[1].count == 2, let value = Int(parts[1]) else { return nil }
      minute = value
    }
    let total = (hour + offset) * 60 + minute
    guard minute < 60, total >= 0, total <= 24 * 60 else { return nil }
    return total
  }

  /// The opening hours said inside a sentence ("we're open Mon-Fri 9-18", « on est ouverts du
  /// mardi au samedi… » is not read): the longest tail of `text` that starts with a day and
  /// reads as opening hours, without a final full stop; nil when none does.
  public static func find(in text: String) -> OpeningHours? {
    let words = text.split(separator: " ", omittingEmptySubsequences: true)
    for start in words.indices {
      let head = words[start].split(separator: "-").first ?? ""
      guard day(head) != nil else { continue }
      var tail = words[start...].joined(separator: " ")
      while let last = tail.last, ".!".contains(last) { tail.removeLast() }
      if let hours = try? parse(tail) { return hours }
    }
    return nil
  }

  /// Reads the text typed after `/brand set open`.
  /// - Throws: ``SMMCoreError/invalidProfileValue(field:value:reason:)`` saying what is wrong.
  public static func parse(_ text: String) throws(SMMCoreError) -> OpeningHours {
    let trimmed = text.trimmingWhiteSpace()
    func fail(_ key: String, _ part: String = "") -> SMMCoreError {
      .invalidProfileValue(
        field: "open", value: trimmed, reason: Phrase(key, text: ["part": part]))
    }
    // "18 h" → "18h", "9 h 30" → "9h30", "9 am" → "9am", dashes with spaces around joined.
    var compact = trimmed.lowercased()
    for (from, to) in [
      (" h ", "h "), (" h", "h"), (" am", "am"), (" pm", "pm"), (" - ", "-"), ("- ", "-"),
      (" -", "-"), ("–", "-"), ("—", "-"), (" à ", "-"), (" to ", "-"),
    ] {
      compact = compact.replacing(from, with: to)
    }
    var segments: [Segment] = []
    for piece in compact.split(whereSeparator: { $0 == "," || $0 == ";" }) {
      var days: [Int] = []
      var ranges: [ClosedRange<Int>] = []
      for word in piece.split(separator: " ") where !word.isEmpty {
        let ends = word.split(separator: "-", omittingEmptySubsequences: false)
        if let first = day(ends[0]) {
          guard ranges.isEmpty else { throw fail("error.open.order", String(word)) }
          guard ends.count <= 2, let last = ends.count == 2 ? day(ends[1]) : first else {
            throw fail("error.open.day", String(word))
          }
          var d = first
          while true {
            if !days.contains(d) { days.append(d) }
            if d == last { break }
            d = (d + 1) % 7
          }
        } else if ends.count == 2, let open = time(ends[0]), var close = time(ends[1]) {
          // "9 to 5", "8-6": a closing hour in plain digits, before the opening one, is said
          // on a 12-hour clock — the afternoon.
          if close <= open, ends[1].allSatisfy(\.isNumber), close + 12 * 60 > open,
            close + 12 * 60 <= 24 * 60
          {
            close += 12 * 60
          }
          guard close > open else { throw fail("error.open.close", String(word)) }
          ranges.append(open...close)
        } else {
          throw fail(ends.count == 2 ? "error.open.time" : "error.open.word", String(word))
        }
      }
      guard !days.isEmpty else { throw fail("error.open.noDay", String(piece)) }
      guard !ranges.isEmpty else { throw fail("error.open.noTime", String(piece)) }
      segments.append(Segment(days: days.sorted(), ranges: ranges))
    }
    guard !segments.isEmpty else { throw fail("error.open.empty") }
    return OpeningHours(segments: segments)
  }
}
