import Foundation
import SMMCore
import Testing

/// Alerts of kind `negative`: the negative share of an hour against the brand's usual share,
/// the hours counted online, and what the summary keeps of each hour's sentiment.
struct NegativeShareTests {
  static let start: Int64 = 1_772_409_600  // 2026-03-02T00:00:00Z

  /// `days` of hours with `count` mentions of which `negative` are negative.
  static func usualDays(
    _ detector: inout NegativeShareDetector, days: Int, count: Int, negative: Int
  ) -> [WatchAlert] {
    (0..<(days * 24)).compactMap {
      detector.add(hour: start + Int64($0) * 3600, count: count, negative: negative)
    }
  }

  @Test func anHourWhoseNegativeShareJumpsAlerts() throws {
    var detector = NegativeShareDetector()
    #expect(Self.usualDays(&detector, days: 3, count: 30, negative: 2).isEmpty)
    #expect(abs((detector.usualShare ?? 0) - 2.0 / 30) < 1e-9)
    let hour = Self.start + 72 * 3600
    let raised = detector.add(hour: hour, count: 40, negative: 18)
    let alert = try #require(raised)
    #expect(alert.kind == .negative)
    #expect(alert.at == hour)
    #expect(alert.value == 18)
    // What the usual share expects of 40 mentions: 40 × 2/30.
    #expect(abs(alert.baseline - 2.67) < 0.01)
    #expect(alert.level == WatchAlert.level(value: 18, baseline: alert.baseline))
    #expect(alert.score > 1)
  }

  @Test func aFewMentionsDoNotAlertEvenAllNegative() {
    var detector = NegativeShareDetector()
    _ = Self.usualDays(&detector, days: 3, count: 30, negative: 1)
    // 2 of 3, then 19 of 19: under the 20 mentions an hour needs.
    #expect(detector.add(hour: Self.start + 72 * 3600, count: 3, negative: 2) == nil)
    #expect(detector.add(hour: Self.start + 73 * 3600, count: 19, negative: 19) == nil)
    #expect(detector.add(hour: Self.start + 74 * 3600, count: 20, negative: 20) != nil)
  }

  @Test func aShareOnlySomewhatAboveTheUsualDoesNotAlert() {
    var detector = NegativeShareDetector()
    _ = Self.usualDays(&detector, days: 3, count: 100, negative: 20)
    // 30% where 20% is usual: less than twice the usual.
    #expect(detector.add(hour: Self.start + 72 * 3600, count: 100, negative: 30) == nil)
    // 45%: twice the usual and 25 points above, far past the binomial noise.
    #expect(detector.add(hour: Self.start + 73 * 3600, count: 100, negative: 45) != nil)
  }

  @Test func nothingAlertsBeforeTheWindowHoldsEnoughMentions() {
    var detector = NegativeShareDetector()
    // Four hours of 20 mentions: 80, under the 100 needed.
    for hour in 0..<4 {
      #expect(detector.add(hour: Self.start + Int64(hour) * 3600, count: 20, negative: 0) == nil)
    }
    #expect(detector.usualShare == nil)
    #expect(detector.add(hour: Self.start + 4 * 3600, count: 20, negative: 20) == nil)
  }

  @Test func aCrisisIsNotLearntAndItsHoursAreOneEpisode() {
    var detector = NegativeShareDetector()
    _ = Self.usualDays(&detector, days: 3, count: 30, negative: 3)
    let usual = detector.usualShare
    var alerts: [WatchAlert] = []
    // Twelve hours at 40% negative where 10% is usual, the sixth one louder (70% of 200).
    for hour in 0..<12 {
      let negative = hour == 5 ? 140 : 12
      let count = hour == 5 ? 200 : 30
      if let alert = detector.add(
        hour: Self.start + Int64(72 + hour) * 3600, count: count, negative: negative)
      {
        alerts.append(alert)
      }
    }
    // The first hour, then the louder one (a higher level); the others are the same episode.
    #expect(alerts.count == 2)
    #expect(alerts.first?.at == Self.start + 72 * 3600)
    #expect(alerts.last?.at == Self.start + 77 * 3600)
    #expect((alerts.last?.level ?? 0) > (alerts.first?.level ?? 0))
    // The usual share did not move.
    #expect(detector.usualShare == usual)
    // After a quiet hour, a new episode alerts again.
    _ = detector.add(hour: Self.start + 84 * 3600, count: 30, negative: 3)
    #expect(detector.add(hour: Self.start + 85 * 3600, count: 30, negative: 12) != nil)
  }

  @Test func theWindowForgetsHoursOlderThanSevenDays() {
    var detector = NegativeShareDetector()
    _ = Self.usualDays(&detector, days: 7, count: 30, negative: 15)
    #expect(abs((detector.usualShare ?? 0) - 0.5) < 1e-9)
    // Seven more days at 1 in 30: the first week is gone.
    for hour in 0..<(7 * 24) {
      _ = detector.add(hour: Self.start + Int64(7 * 24 + hour) * 3600, count: 30, negative: 1)
    }
    #expect(abs((detector.usualShare ?? 0) - 1.0 / 30) < 1e-9)
  }

  @Test func hoursAreCountedOnlineAndClosedTenMinutesAfterTheirEnd() {
    var hours = MentionHours()
    var closed: [MentionHours.Hour] = []
    let h = Self.start
    hours.add(time: h + 60, negative: true) { closed.append($0) }
    hours.add(time: h + 3000, negative: false) { closed.append($0) }
    hours.add(time: h + 3700, negative: true) { closed.append($0) }
    // A mention of the first hour coming late, within its grace: still counted.
    hours.add(time: h + 3500, negative: true) { closed.append($0) }
    #expect(closed.isEmpty)
    hours.add(time: h + 3600 + 600, negative: false) { closed.append($0) }
    #expect(closed == [MentionHours.Hour(start: h, count: 3, negative: 2)])
    // Too late now: left out.
    hours.add(time: h + 10, negative: true) { closed.append($0) }
    hours.finish { closed.append($0) }
    #expect(closed.last == MentionHours.Hour(start: h + 3600, count: 2, negative: 1))
    #expect(closed.count == 2)
  }

  @Test func theSummaryKeepsNegativeCountsAndPrefersNegativeMentions() throws {
    let text = """
      timestamp,text,author,reach
      2026-03-09T15:01:00Z,Lovely bread,@a,5000
      2026-03-09T15:02:00Z,The bread was awful,@b,900
      2026-03-09T15:03:00Z,Great croissant,@c,4000
      2026-03-09T15:04:00Z,Pain immonde,@d,100
      2026-03-09T15:05:00Z,Open at 8,@e,3000

      """
    let read = WatchImport(text, format: .mentions)
    let hour = try #require(read.summary.hours.first)
    #expect(hour.count == 5)
    #expect(hour.negative == 2)
    #expect(hour.negativeShare == 0.4)
    // The negative mentions first, by reach, then the widest of the others.
    #expect(hour.top.map(\.author) == ["@b", "@d", "@a"])
    #expect(hour.top.map(\.negative) == [true, true, false])
    // The log's block reads back the same.
    #expect(try WatchSummary(text: read.summary.text) == read.summary)
    #expect(read.summary.text.hasPrefix("hour 2026-03-09T15:00:00Z 5 13000 2 2\n"))
  }

  @Test func anOldBlockWithoutSentimentStillReads() throws {
    let old = """
      hour 2026-03-09T15:00:00Z 140 52000
      top 2026-03-09T15:12:00Z 12000 @anna x - The bread was stale
      alert 2026-03-09T15:55:00Z 140.0 12.0 3 spike 2.1

      """
    let summary = try WatchSummary(text: old)
    #expect(summary.hours.first?.negative == nil)
    #expect(summary.hours.first?.top.first?.negative == false)
    #expect(summary.text == old)
    // A negative alert and an hour with its sentiment read back too.
    let new = """
      hour 2026-03-09T15:00:00Z 140 52000 57 1
      top 2026-03-09T15:12:00Z 12000 @anna x - The bread was stale
      top 2026-03-09T15:13:00Z 11000 @bob x - Nice
      alert 2026-03-09T15:00:00Z 57.0 11.2 4 negative 2.8

      """
    let read = try WatchSummary(text: new)
    #expect(read.hours.first?.negative == 57)
    #expect(read.hours.first?.top.map(\.negative) == [true, false])
    #expect(read.alerts.first?.kind == .negative)
    #expect(read.text == new)
    // More negative mentions than mentions does not read.
    #expect(throws: WatchSummaryError(line: 1)) {
      try WatchSummary(text: "hour 2026-03-09T15:00:00Z 5 0 6 0\n")
    }
  }

  @Test func aSnapshotWrittenBeforeTheSentimentReadingDecodes() throws {
    let json = Data(
      #"{"hours":[{"start":0,"count":2,"reach":5,"top":[{"time":1,"reach":5,"text":"hi"}]}],"alerts":[]}"#
        .utf8)
    let summary = try JSONDecoder().decode(WatchSummary.self, from: json)
    #expect(summary.hours.first?.negative == nil)
    #expect(summary.hours.first?.top.first?.negative == false)
  }

  @Test func anImportWithANegativeHourRaisesANegativeAlert() {
    // Four days of 30 mentions an hour, one in thirty negative, then an hour of complaints.
    var rows = ["timestamp,text,reach"]
    for hour in 0..<(4 * 24) {
      for index in 0..<30 {
        let time = Self.start + Int64(hour) * 3600 + Int64(index) * 120
        let text = index == 0 ? "the bread was awful" : "bought bread today"
        rows.append("\(WatchTime.iso(time)),\(text),\(index)")
      }
    }
    let crisis = Self.start + Int64(4 * 24) * 3600
    for index in 0..<30 {
      let text = index < 15 ? "mouldy bread and disgusting" : "bought bread today"
      rows.append("\(WatchTime.iso(crisis + Int64(index) * 120)),\(text),\(index)")
    }
    let read = WatchImport(rows.joined(separator: "\n") + "\n", format: .mentions)
    let negative = read.summary.alerts.filter { $0.kind == .negative }
    #expect(negative.map(\.at) == [crisis])
    #expect(negative.first?.value == 15)
    #expect(read.summary.hours.last?.negative == 15)
    // A volume series has no text: no sentiment, no negative alert.
    let volume = WatchImport("timestamp,value\n2026-03-02T00:00:00Z,5\n2026-03-02T00:05:00Z,7\n")
    #expect(volume.summary.hours.first?.negative == nil)
    #expect(!volume.summary.alerts.contains { $0.kind == .negative })
  }
}
