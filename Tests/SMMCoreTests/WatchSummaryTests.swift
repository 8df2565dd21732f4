import Foundation
import SMMCore
import Testing

/// `/watch import`'s summary: per hour the mentions, their reach and the three widest, with
/// the detector's alerts; its canonical text reads back the same, and a brand keeps it.
struct WatchSummaryTests {
  /// A mentions CSV: `perHour` mentions an hour for `days` days from 2026-03-02 00:00 UTC,
  /// then `spike` more in the hour after, reach growing with the row.
  static func csv(days: Int, perHour: Int, spike: Int) -> String {
    let start: Int64 = 1_772_409_600  // 2026-03-02T00:00:00Z
    var rows = ["timestamp,text,author,platform,reach"]
    for hour in 0..<(days * 24) {
      for index in 0..<perHour {
        let time = start + Int64(hour) * 3600 + Int64(index) * 3600 / Int64(perHour)
        rows.append(
          "\(WatchTime.iso(time)),usual \(hour)-\(index),@a\(index),bluesky,\(index * 10)")
      }
    }
    let spikeStart = start + Int64(days * 24) * 3600
    for index in 0..<spike {
      let time = spikeStart + Int64(index) * 3600 / Int64(max(spike, 1))
      rows.append("\(WatchTime.iso(time)),spike \(index),@s\(index),x,\(1000 + index)")
    }
    return rows.joined(separator: "\n") + "\n"
  }

  @Test func anHourKeepsItsCountItsReachAndItsThreeWidestMentions() {
    let text = """
      timestamp,text,author,reach
      2026-03-09T15:01:00Z,small,@a,10
      2026-03-09T15:02:00Z,widest,@b,900
      2026-03-09T15:03:00Z,second,@c,500
      2026-03-09T15:59:59Z,no reach,@d,
      2026-03-09T16:00:00Z,next hour,@e,7
      2026-03-09T15:30:00Z,third,@f,100

      """
    let read = WatchImport(text, format: .mentions)
    #expect(read.problems.isEmpty)
    let hours = read.summary.hours
    #expect(hours.map(\.start) == [1_773_068_400, 1_773_072_000])
    #expect(hours.map(\.count) == [5, 1])
    let reach = 10 + 900 + 500 + 100
    #expect(hours[0].reach == reach)
    #expect(hours[0].top.map(\.text) == ["widest", "second", "third"])
    #expect(hours[0].top.map(\.author) == ["@b", "@c", "@f"])
    #expect(hours[1].top.map(\.reach) == [7])
  }

  @Test func copiesOfOneTextAreKeptOnceByTheirWidestReach() {
    let text = """
      timestamp,text,author,reach
      2026-03-09T15:01:00Z,Mouldy loaf again,@a,900
      2026-03-09T15:02:00Z,mouldy  loaf AGAIN,@b,800
      2026-03-09T15:03:00Z,Mouldy loaf again,@c,700
      2026-03-09T15:04:00Z,Where is my order?,@d,10
      2026-03-09T15:05:00Z,Lovely croissants,@e,5

      """
    let hour = WatchImport(text, format: .mentions).summary.hours[0]
    #expect(hour.count == 5)
    #expect(hour.top.map(\.author) == ["@a", "@d", "@e"])
  }

  @Test func aLongTextIsCutTo280CharactersOnOneLine() {
    let mention = Mention(
      time: 0, text: "line one\nline\ttwo " + String(repeating: "é", count: 400))
    let kept = WatchTopMention(mention)
    #expect(kept.text.count == 280)
    #expect(kept.text.hasPrefix("line one line two "))
    #expect(kept.text.hasSuffix("…"))
    #expect(
      WatchTopMention(Mention(time: 0, text: String(repeating: "a", count: 280))).text.count == 280)
    #expect(
      !WatchTopMention(Mention(time: 0, text: String(repeating: "a", count: 280))).text.hasSuffix(
        "…"))
  }

  @Test func badRowsAreNamedAndTheRestIsRead() {
    let text =
      "timestamp,text,reach\n2026-03-09T15:01:00Z,fine,3\nyesterday,bad,1\n2026-03-09T15:05:00Z,also fine,4\n"
    let read = WatchImport(text)
    #expect(read.format == .mentions)
    #expect(read.problems.map(\.row) == [3])
    #expect(read.rows == 2)
    #expect(read.summary.hours.first?.count == 2)
  }

  @Test func aSpikeAfterFourUsualDaysRaisesAnAlertInItsHour() {
    let read = WatchImport(Self.csv(days: 4, perHour: 6, spike: 150))
    let spikeHour: Int64 = 1_772_409_600 + 4 * 86_400
    #expect(!read.summary.alerts.isEmpty)
    #expect(read.summary.alerts.allSatisfy { WatchHour.start(of: $0.at) == spikeHour })
    #expect(read.summary.alerts.map(\.level).max() == 4)
    // Never every mention: 4 × 24 × 6 + 150 read, at most 3 kept an hour.
    let rows = 4 * 24 * 6 + 150
    let hours = 4 * 24 + 1
    #expect(read.rows == rows)
    #expect(read.summary.hours.count == hours)
    #expect(read.summary.hours.allSatisfy { $0.top.count <= 3 })
    #expect(read.summary.hour(at: spikeHour)?.count == 150)
    // The usual days alone raise nothing.
    #expect(WatchImport(Self.csv(days: 4, perHour: 6, spike: 0)).summary.alerts.isEmpty)
  }

  @Test func aVolumeSeriesSumsItsIntervalsPerHour() {
    var text = "timestamp,value\n"
    for index in 0..<24 {
      text += "\(WatchTime.iso(1_772_409_600 + Int64(index) * 300)),\(index)\n"
    }
    let read = WatchImport(text)
    #expect(read.format == .volume)
    let sums = [(0..<12).reduce(0, +), (12..<24).reduce(0, +)]
    #expect(read.summary.hours.map(\.count) == sums)
    #expect(read.summary.hours.allSatisfy { $0.top.isEmpty && $0.reach == 0 })
  }

  @Test func theCanonicalTextReadsBackTheSame() throws {
    let summary = WatchSummary(
      hours: [
        WatchHour(
          start: 1_773_068_400, count: 4, reach: 1500,
          top: [
            WatchTopMention(
              time: 1_773_068_460, reach: 900, author: "Anna Lee 100%", platform: "-",
              url: nil, text: " starts with a space, has \"\"\" and ends with one "),
            WatchTopMention(time: 1_773_068_500, reach: 0, author: "", text: ""),
          ]),
        WatchHour(start: 1_773_072_000, count: 0),
      ],
      alerts: [
        WatchAlert(
          at: 1_773_068_700, value: 33, baseline: 6.25, level: 3, kind: .spike, score: 1.11)
      ])
    #expect(try WatchSummary(text: summary.text) == summary)
    #expect(throws: WatchSummaryError(line: 2)) {
      try WatchSummary(text: "hour 2026-03-09T15:00:00Z 4 0\nhour 2026-03-09T15:30:00Z 1 0\n")
    }
    #expect(throws: WatchSummaryError(line: 1)) {
      try WatchSummary(text: "top 2026-03-09T15:00:00Z 1 - - - x\n")
    }
  }

  @Test func aLaterImportReplacesTheHoursAndAlertsItCovers() {
    let first = WatchSummary(
      hours: [WatchHour(start: 0, count: 1), WatchHour(start: 3600, count: 2)],
      alerts: [
        WatchAlert(at: 300, value: 1, baseline: 0, level: 1, kind: .spike, score: 1),
        WatchAlert(at: 3900, value: 2, baseline: 0, level: 1, kind: .spike, score: 1),
      ])
    let second = WatchSummary(hours: [
      WatchHour(start: 3600, count: 5), WatchHour(start: 7200, count: 6),
    ])
    let merged = first.merging(second)
    #expect(merged.hours.map(\.count) == [1, 5, 6])
    #expect(merged.alerts.map(\.at) == [300])
    #expect(merged.counts(hours: 4, endingAt: 7300) == [0, 1, 5, 6])
  }

  @Test func aBrandKeepsItsWatchAndASnapshotKeepsIt() throws {
    let summary = WatchImport(Self.csv(days: 4, perHour: 6, spike: 150)).summary
    let state = try BrandState(name: BrandName("Le Fournil")).applying(.recordWatch(summary))
    #expect(state.watch == summary)
    let decoded = try JSONDecoder().decode(BrandState.self, from: JSONEncoder().encode(state))
    #expect(decoded == state)
    // A snapshot written before the watch existed reads as nothing watched.
    var object = try #require(
      JSONSerialization.jsonObject(with: JSONEncoder().encode(state)) as? [String: Any])
    object["watch"] = nil
    let old = try JSONDecoder().decode(
      BrandState.self, from: JSONSerialization.data(withJSONObject: object))
    #expect(old.watch.isEmpty)
    #expect(throws: SMMCoreError.self) { try state.applying(.recordWatch(WatchSummary())) }
  }

  @Test func aSparklineScalesFromZeroToTheHighest() {
    // A square-root scale: 0, 1, 4 … 49 are the eight blocks in turn.
    #expect(Sparkline.line([0, 1, 4, 9, 16, 25, 36, 49]) == "▁▂▃▄▅▆▇█")
    #expect(Sparkline.line([0, 0]) == "▁▁")
    #expect(Sparkline.line([10, 5, 0]) == "█▆▁")
    // Against a spike 28 times higher, one mention is still more than silence.
    #expect(Sparkline.line([0, 1, 4], scale: 28) == "▁▂▄")
  }
}
