import Foundation
import SMMCore
import Testing

/// Recording imported metrics costs time linear in the rows: 100,000 rows fold in one pass.
struct MetricsScaleTests {
  /// `count` distinct weekly records (platform × ISO week).
  static func records(_ count: Int) throws -> [MetricsRecord] {
    var records: [MetricsRecord] = []
    let platforms = Platform.allCases
    var year = 1, week = 1, platform = 0
    while records.count < count {
      records.append(
        try MetricsRecord(
          platform: platforms[platform], week: try ISOWeek(year: year, week: week),
          followers: 1000 + records.count, reach: 500, impressions: 800, engagements: 40))
      platform += 1
      if platform == platforms.count {
        platform = 0
        week += 1
        if week > 52 {
          week = 1
          year += 1
        }
      }
    }
    return records
  }

  static func secondsToApply(_ records: [MetricsRecord]) throws -> Double {
    let state = BrandState(name: try BrandName("Scale"))
    let start = ContinuousClock.now
    let next = try state.applying(.addMetrics(records))
    let parts = (ContinuousClock.now - start).components
    #expect(next.metrics.count == records.count)
    return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
  }

  @Test func sixteenTimesTheRowsCostsAboutSixteenTimesTheTime() throws {
    let small = try Self.records(1000), large = try Self.records(16000)
    _ = try Self.secondsToApply(small)
    let smallTime = try (0..<3).map { _ in try Self.secondsToApply(small) }.min() ?? 0
    let largeTime = try (0..<3).map { _ in try Self.secondsToApply(large) }.min() ?? 0
    let ratio = largeTime / max(smallTime, 1e-9)
    // Linear is 16, quadratic about 256: 128 leaves room for a loaded machine.
    #expect(ratio <= 128, "1,000 rows: \(smallTime) s, 16,000 rows: \(largeTime) s, ratio \(ratio)")
  }

  @Test func aLaterRowReplacesAnEarlierOneOfTheSameWeek() throws {
    let first = try Self.records(3)
    var again = first[1]
    again.followers = 7
    let state = try BrandState(name: try BrandName("Scale")).applying(.addMetrics(first))
      .applying(.addMetrics([again, again]))
    #expect(state.metrics.count == 3)
    #expect(state.metrics.filter { $0.followers == 7 }.count == 1)
  }
}
