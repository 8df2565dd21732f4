import Foundation
import SMMCore
import Testing

/// The watch's readers on the fixtures of tests/watch/fixtures (built from each format's
/// published documentation: Jetstream's README, Mastodon's Status entity).
struct WatchReaderTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
      "tests/watch/fixtures")

  /// Every item of a fixture, read line by line as `smm watch` does.
  static func read(_ name: String, format: WatchFormat? = nil) throws -> (
    format: WatchFormat?, items: [WatchReader.Item]
  ) {
    let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
    var reader = WatchReader(format: format)
    var items: [WatchReader.Item] = []
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if lines.last == "" { lines.removeLast() }
    for line in lines { reader.read(line: line) { items.append($0) } }
    reader.finish { items.append($0) }
    return (reader.format, items)
  }

  static func mentions(_ items: [WatchReader.Item]) -> [Mention] {
    items.compactMap { if case .mention(let mention) = $0 { mention } else { nil } }
  }

  static func problems(_ items: [WatchReader.Item]) -> [Int: WatchRowProblem] {
    var found: [Int: WatchRowProblem] = [:]
    for case .problem(let row, let problem) in items { found[row] = problem }
    return found
  }

  @Test func detectsEachFormatFromItsFirstLine() throws {
    for (name, format) in [
      ("volume.csv", WatchFormat.volume), ("mentions.csv", .mentions),
      ("mentions.jsonl", .mentions),
      ("jetstream.jsonl", .jetstream), ("mastodon.json", .mastodon), ("mastodon.jsonl", .mastodon),
    ] {
      #expect(try Self.read(name).format == format, "\(name)")
    }
    #expect(WatchFormat.detect(firstLine: "2015-02-26 21:42:53,104") == .volume)
    #expect(WatchFormat.detect(firstLine: "hello there") == nil)
  }

  @Test func volumeRowsAndTheirBadRow() throws {
    let (_, items) = try Self.read("volume.csv")
    let points = items.compactMap { if case .point(let point) = $0 { point } else { nil } }
    #expect(points.map(\.value) == [104, 100, 99])
    #expect(points.first?.time == WatchTime.parse("2015-02-26T21:42:53Z"))
    #expect(Self.problems(items) == [4: .badValue("abc")])
  }

  @Test func mentionsCSVWithQuotesMultilineFieldsAndABadRow() throws {
    let (_, items) = try Self.read("mentions.csv")
    let mentions = Self.mentions(items)
    #expect(mentions.count == 5)
    #expect(mentions[0].author == "claire_b" && mentions[0].platform == "x")
    #expect(mentions[0].reach == 1200 && mentions[0].url == "https://x.com/claire_b/status/1")
    #expect(mentions[1].reach == 12_000 && mentions[1].url == nil)
    #expect(mentions[2].text == "Quote inside: \"best croissant\" in town")
    #expect(mentions[2].time == WatchTime.parse("2026-03-02T09:07:05Z"))
    #expect(mentions[3].text == "A review that spans\ntwo lines")
    #expect(mentions[3].time == WatchTime.parse("2026-03-02T08:12:00Z"))
    #expect(mentions[4].reach == nil)
    #expect(Self.problems(items) == [5: .badTime("not a time")])
  }

  @Test func mentionsJSONLines() throws {
    let (_, items) = try Self.read("mentions.jsonl")
    let mentions = Self.mentions(items)
    #expect(mentions.count == 3)
    #expect(mentions[1].text == "Ordered twice, never delivered — anyone else? 😡")
    #expect(mentions[1].reach == 12_000)
    #expect(mentions[2].text == "escaped \"quotes\" and a tab\tinside")
    #expect(mentions[2].time == WatchTime.parse("2026-03-02T09:10:00Z"))
    #expect(Self.problems(items) == [4: .badTime("yesterday"), 5: .missingField("timestamp")])
  }

  @Test func jetstreamReadsPostCreationsOnly() throws {
    let (_, items) = try Self.read("jetstream.jsonl")
    let mentions = Self.mentions(items)
    #expect(
      mentions.map(\.text) == [
        "La boulangerie Martin a encore oublié ma commande",
        "Best croissant in town — Boulangerie Martin 🥐",
      ])
    #expect(mentions[0].time == 1_772_442_012)
    #expect(mentions[0].platform == "bluesky")
    #expect(
      mentions[0].url
        == "https://bsky.app/profile/did:plc:7iza6de2dwap2sbkpav7c6c6/post/3lbtmnk2iyc2p")
    #expect(Self.problems(items) == [6: .notJSON, 7: .missingField("commit.record.text")])
  }

  @Test func mastodonArrayStripsHTMLAndReadsBoosts() throws {
    let (_, items) = try Self.read("mastodon.json")
    let mentions = Self.mentions(items)
    #expect(mentions.count == 2)
    #expect(
      mentions[0].text == "Commande oubliée deux fois chez @boulangerie & aucune réponse… Dommage.")
    #expect(mentions[0].author == "lea" && mentions[0].reach == 845)
    #expect(mentions[0].time == WatchTime.parse("2026-03-02T09:04:30Z"))
    // A boost: the original's text and link, the booster's time and followers.
    #expect(mentions[1].text == "Best <croissant> in town, no doubt.")
    #expect(mentions[1].url == "https://mastodon.social/@chef/113042900000000000")
    #expect(mentions[1].time == WatchTime.parse("2026-03-02T09:01:02Z"))
    #expect(mentions[1].reach == 50)
    #expect(Self.problems(items) == [38: .missingField("created_at")])
  }

  @Test func mastodonLines() throws {
    let (_, items) = try Self.read("mastodon.jsonl")
    #expect(Self.mentions(items).map(\.text) == ["Commande oubliée", "Merci #pain"])
    #expect(Self.problems(items).isEmpty)
  }

  @Test func anUnclosedArrayOrQuoteIsReported() {
    var reader = WatchReader(format: .mastodon)
    var items: [WatchReader.Item] = []
    reader.read(line: "[{\"created_at\": \"2026-03-02T09:00:00Z\", \"content\": \"a\"},") {
      items.append($0)
    }
    reader.read(line: "{\"created_at\": \"2026-03-02T09:00:00Z\"") { items.append($0) }
    reader.finish { items.append($0) }
    #expect(Self.mentions(items).count == 1)
    #expect(Self.problems(items) == [2: .unfinished])
    var csv = WatchReader()
    var rows: [WatchReader.Item] = []
    for line in ["timestamp,text", "2026-03-02T09:00:00Z,\"open"] {
      csv.read(line: Substring(line)) { rows.append($0) }
    }
    csv.finish { rows.append($0) }
    #expect(Self.problems(rows) == [2: .unfinished])
  }

  @Test func aHeaderWithoutTextIsNamed() {
    var reader = WatchReader(format: .mentions)
    var items: [WatchReader.Item] = []
    reader.read(line: "timestamp,author") { items.append($0) }
    #expect(Self.problems(items) == [1: .missingColumn("text")])
  }

  @Test func timesReadISO8601WithZones() {
    #expect(WatchTime.parse("1970-01-01T00:00:00Z") == 0)
    #expect(WatchTime.parse("2015-03-09 15:57:53") == 1_425_916_673)
    #expect(WatchTime.parse("2015-03-09T16:57:53+01:00") == 1_425_916_673)
    #expect(WatchTime.parse("2015-03-09T10:57:53-0500") == 1_425_916_673)
    #expect(WatchTime.parse("2024-02-29") == 1_709_164_800)
    #expect(WatchTime.parse("2023-02-29") == nil)
    #expect(WatchTime.parse("2015-03-09T25:00:00Z") == nil)
    #expect(WatchTime.parse("2015-03-09T15:57:53Zjunk") == nil)
    #expect(WatchTime.iso(1_425_916_673) == "2015-03-09T15:57:53Z")
    #expect(WatchTime.minute(-1) == "1969-12-31 23:59")
    // 2015-03-09 was a Monday.
    #expect(WatchTime.hourAndWeekday(1_425_916_673) == (15, 0))
  }

  @Test func jsonReadsEscapesAndRefusesJunk() {
    #expect(
      WatchJSON.parse(#"{"a": [1, -2.5e1, true, null], "b": "\u00e9\ud83d\ude00\n"}"#)
        == .object([
          "a": .array([.number(1), .number(-25), .bool(true), .null]), "b": .string("é😀\n"),
        ]))
    for junk in ["{", "[1,]", "{\"a\" 1}", "01x", "\"tab\there\"", "tru", "{} {}"] {
      #expect(WatchJSON.parse(junk) == nil, "\(junk)")
    }
    #expect(
      WatchJSON.parse(String(repeating: "[", count: 100) + String(repeating: "]", count: 100))
        == nil)
  }

  @Test func bucketsCountMentionsPerFiveMinutes() {
    var buckets = MentionBuckets()
    var points: [VolumePoint] = []
    for seconds in [0, 10, 299, 300, 1_250, 100] as [Int64] {
      buckets.add(Mention(time: seconds, text: "")) { points.append($0) }
    }
    buckets.finish { points.append($0) }
    // 0–299: 3, 300–599: 1, 600 and 900: 0, 1200: 1; the mention at 100 came after the first
    // bucket had closed.
    #expect(points.map(\.time) == [0, 300, 600, 900, 1_200])
    #expect(points.map(\.value) == [3, 1, 0, 0, 1])
    #expect(buckets.late == 1)
  }
}
