import ArgumentParser
import Foundation
import SMMCore
import SMMShell

extension WatchFormat: ExpressibleByArgument {}

/// `smm watch [FILE|-] [--brand NAME] [--format F] [--json] [--follow]`: reads a brand's
/// mentions or volume series and prints the spike alerts (docs/watch.md).
struct WatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "watch",
    abstract: "Watch a brand's mentions for spikes (reads stdin with - or no file).",
    discussion: """
      Formats: volume (timestamp,value), mentions (CSV with a header or JSON lines: \
      timestamp, text, author, platform, url, reach or followers), jetstream (Bluesky \
      Jetstream JSON lines), mastodon (API statuses, a JSON array or lines). Without \
      --format, the first line tells. Mentions are counted in 5-minute intervals, and each \
      is read for its sentiment (in its language, else --lang). With --json, each alert is \
      one JSON object a line {"at", "value", "baseline", "level", "kind", "score"}: for kind \
      spike, value is the mentions of the hour ending at "at", baseline what that hour \
      usually holds; for kind negative (an hour whose negative share jumps), value is the \
      hour's negative mentions, baseline what the brand's usual share expects. A row that cannot be read is named on stderr (with --json also as \
      {"error", "row"}) and the rest is read; the exit status is then 1.
      """)

  @OptionGroup var global: GlobalOptions

  @Option(
    help: ArgumentHelp(
      "The brand the mentions are about (shown with each alert).", valueName: "name"))
  var brand: String?

  @Option(
    help: ArgumentHelp(
      "The input's format: \(WatchFormat.allCases.map(\.rawValue).joined(separator: ", ")) (default: detected).",
      valueName: "format"))
  var format: WatchFormat?

  @Option(
    help: ArgumentHelp(
      "The language of a mention whose words do not tell: en or fr (default: LANG's).",
      valueName: "lang"))
  var lang: SentimentLanguage?

  @Flag(help: "Count the mentions without reading their sentiment (no alert of kind negative).")
  var noSentiment = false

  @Flag(help: "Keep reading the file as it grows (like tail -f), printing alerts as they come.")
  var follow = false

  @Argument(help: ArgumentHelp("The file to read; - or nothing reads stdin.", valueName: "file"))
  var file: String?

  mutating func run() throws {
    let fd = try openInput(file)
    defer { if fd != STDIN_FILENO { close(fd) } }
    let language = Language.fromLocale(ProcessEnvironment.current)
    var watch = Watch(
      reader: WatchReader(format: format), strings: Strings(language), json: global.json,
      brand: brand, follow: follow, language: lang ?? SentimentLanguage(language) ?? .en,
      sentiment: !noSentiment)
    var lines = FileLines(fd: fd)
    while true {
      let more = lines.next(final: !follow) { watch.read(bytes: $0) }
      if more { continue }
      if !follow { break }
      fflush(nil)
      usleep(200_000)
      lines.rewindIfTruncated()
    }
    watch.finish()
    fflush(nil)
    if watch.problems > 0 { throw ExitCode(1) }
  }
}

/// The watch of one input: reader, buckets, detector, and what is printed.
private struct Watch {
  var reader: WatchReader
  let strings: Strings
  let json: Bool
  let brand: String?
  let follow: Bool
  var problems = 0
  private var buckets = MentionBuckets()
  private var detector: SpikeDetector?
  /// The sentiment of each mention, its hours and their negative share.
  private let language: SentimentLanguage
  private let sentiment: Bool
  private var analyzer = SentimentAnalyzer()
  private var hours = MentionHours()
  private var negativeShare = NegativeShareDetector()
  private var firstPoint: VolumePoint?
  /// A Mastodon file that is not followed is read whole, then sorted: the API gives the
  /// newest status first.
  private var held: [Mention] = []

  init(
    reader: WatchReader, strings: Strings, json: Bool, brand: String?, follow: Bool,
    language: SentimentLanguage, sentiment: Bool
  ) {
    self.language = language
    self.sentiment = sentiment
    self.reader = reader
    self.strings = strings
    self.json = json
    self.brand = brand
    self.follow = follow
  }

  /// The items of the line being read, kept between lines so that a line allocates nothing.
  private var items: [WatchReader.Item] = []

  mutating func read(bytes: UnsafeBufferPointer<UInt8>) {
    var items = self.items
    self.items = []
    items.removeAll(keepingCapacity: true)
    reader.read(bytes: bytes) { items.append($0) }
    for item in items { take(item) }
    self.items = items
  }

  mutating func finish() {
    var items: [WatchReader.Item] = []
    reader.finish { items.append($0) }
    for item in items { take(item) }
    if !held.isEmpty {
      for mention in held.sorted(by: { $0.time < $1.time }) { bucket(mention) }
      held = []
    }
    var closed: [VolumePoint] = []
    buckets.finish { closed.append($0) }
    for point in closed { add(point) }
    var closedHours: [MentionHours.Hour] = []
    hours.finish { closedHours.append($0) }
    for hour in closedHours { add(hour) }
    if buckets.late > 0 {
      FileHandle.standardError.write(
        Data((strings("watch.late", ["count": String(buckets.late)]) + "\n").utf8))
    }
  }

  private mutating func bucket(_ mention: Mention) {
    var closed: [VolumePoint] = []
    buckets.add(mention) { closed.append($0) }
    for point in closed { add(point) }
    guard sentiment else { return }
    let negative = analyzer.read(mention.text, fallback: language).label == .negative
    var closedHours: [MentionHours.Hour] = []
    hours.add(time: mention.time, negative: negative) { closedHours.append($0) }
    for hour in closedHours { add(hour) }
  }

  /// An hour of mentions closed: its negative share may alert.
  private mutating func add(_ hour: MentionHours.Hour) {
    guard
      let alert = negativeShare.add(hour: hour.start, count: hour.count, negative: hour.negative)
    else { return }
    emit(alert, mentions: hour.count)
  }

  private mutating func take(_ item: WatchReader.Item) {
    switch item {
    case .point(let point): add(point)
    case .mention(let mention):
      if reader.format == .mastodon && !follow {
        held.append(mention)
      } else {
        bucket(mention)
      }
    case .problem(let row, let problem):
      problems += 1
      let reason = problem.phrase.render(strings)
      let line = strings("watch.error.row", ["row": String(row), "reason": reason])
      FileHandle.standardError.write(Data(("error: " + TerminalText.inert(line) + "\n").utf8))
      if json { print(JSONOutput.compact(UnreadableRow(error: reason, row: row))) }
    }
  }

  private mutating func add(_ point: VolumePoint) {
    if detector == nil {
      // A volume series sets the interval with its first two points; mentions are bucketed.
      if reader.format == .volume {
        guard let first = firstPoint else {
          firstPoint = point
          return
        }
        var settings = SpikeDetector.Settings()
        settings.interval = max(1, point.time - first.time)
        detector = SpikeDetector(settings)
        firstPoint = nil
        add(first)
      } else {
        var settings = SpikeDetector.Settings()
        settings.interval = buckets.interval
        detector = SpikeDetector(settings)
      }
    }
    guard let alert = detector?.add(point) else { return }
    emit(alert, mentions: Int(alert.value))
  }

  /// Prints `alert` (`mentions`: those of its hour).
  private func emit(_ alert: WatchAlert, mentions: Int) {
    if json {
      print(JSONOutput.compact(AlertLine(alert, brand: brand)))
    } else {
      var text = WatchAlertText.line(alert, mentions: mentions, strings)
      if let brand { text = brand + " " + text }
      print(TerminalText.inert(text))
    }
    if follow { fflush(nil) }
  }
}

/// One alert as a JSON line.
private struct AlertLine: Encodable {
  var at: String
  var value: Double
  var baseline: Double
  var level: Int
  var kind: String
  var score: Double
  var brand: String?

  init(_ alert: WatchAlert, brand: String?) {
    at = WatchTime.iso(alert.at)
    value = alert.value
    baseline = alert.baseline
    level = alert.level
    kind = alert.kind.rawValue
    score = (alert.score * 100).rounded() / 100
    self.brand = brand
  }
}

/// The JSON result of a row the watch could not read.
private struct UnreadableRow: Encodable {
  var error: String
  var row: Int
}

/// The lines of a file descriptor, read in blocks; at the end, what is there so far.
private struct FileLines {
  let fd: Int32
  private var pending: [UInt8] = []
  private var block = [UInt8](repeating: 0, count: 1 << 16)
  private var offset: off_t = 0

  init(fd: Int32) { self.fd = fd }

  /// Reads one block and gives `line` the bytes of every complete line in it; false at the
  /// end of input (where a last line without its line end is given when the input is `final`).
  mutating func next(final: Bool, _ line: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
    let count = block.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    guard count > 0 else {
      if final, !pending.isEmpty {
        pending.withUnsafeBufferPointer { line($0) }
        pending.removeAll()
      }
      return false
    }
    offset += off_t(count)
    var start = 0
    block.withUnsafeBufferPointer { bytes in
      guard let base = bytes.baseAddress else { return }
      while start < count,
        let found = memchr(base + start, 0x0A, count - start)?.assumingMemoryBound(to: UInt8.self)
      {
        let end = UnsafePointer(found) - base
        if pending.isEmpty {
          line(UnsafeBufferPointer(start: base + start, count: end - start))
        } else {
          pending.append(contentsOf: UnsafeBufferPointer(start: base + start, count: end - start))
          pending.withUnsafeBufferPointer { line($0) }
          pending.removeAll(keepingCapacity: true)
        }
        start = end + 1
      }
    }
    pending.append(contentsOf: block[start..<count])
    return true
  }

  /// A followed file that got shorter (rotated, truncated) is read again from its start.
  mutating func rewindIfTruncated() {
    var status = stat()
    guard fstat(fd, &status) == 0, status.st_size < offset else { return }
    lseek(fd, 0, SEEK_SET)
    offset = 0
    pending.removeAll()
  }
}
