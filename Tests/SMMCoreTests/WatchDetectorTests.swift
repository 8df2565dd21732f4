import Foundation
import SMMCore
import Testing

/// The spike detector on synthetic series with a known daily rhythm and known spikes.
struct WatchDetectorTests {
  /// A deterministic Poisson series: `rate(point index, hour)` mentions per 5 minutes.
  static func series(days: Int, rate: (Int, Int) -> Double) -> [VolumePoint] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func uniform() -> Double {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Double(state >> 11) / Double(1 << 53)
    }
    func poisson(_ mean: Double) -> Double {
      // Knuth's method for small means, a rounded normal for large ones.
      if mean > 50 {
        let u = max(uniform(), 1e-12)
        let v = uniform()
        let normal = (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
        return max(0, (mean + normal * mean.squareRoot()).rounded())
      }
      let limit = exp(-mean)
      var product = uniform()
      var count = 0.0
      while product > limit {
        product *= uniform()
        count += 1
      }
      return count
    }
    let start: Int64 = 1_425_168_000  // 2015-03-01 00:00 UTC
    return (0..<(days * 288)).map { index in
      let time = start + Int64(index) * 300
      let hour = WatchTime.hourAndWeekday(time).hour
      return VolumePoint(time: time, value: poisson(rate(index, hour)))
    }
  }

  /// A rhythm of 4 mentions per 5 minutes at night, 40 in the afternoon.
  static func daily(_ hour: Int) -> Double {
    4 + 36 * max(0, sin(Double(hour - 6) / 18 * Double.pi))
  }

  static func alerts(_ points: [VolumePoint], _ settings: SpikeDetector.Settings = .init())
    -> [WatchAlert]
  {
    var detector = SpikeDetector(settings)
    return points.compactMap { detector.add($0) }
  }

  @Test func aQuietSeriesRaisesNothing() {
    let points = Self.series(days: 14) { _, hour in Self.daily(hour) }
    #expect(Self.alerts(points).isEmpty)
  }

  @Test func aSpikeRaisesAnAlertInsideIt() {
    // Day 9, 14:00–16:00: eight times the usual volume.
    let spike = (9 * 288 + 14 * 12)..<(9 * 288 + 16 * 12)
    let points = Self.series(days: 12) { index, hour in
      Self.daily(hour) * (spike.contains(index) ? 8 : 1)
    }
    let alerts = Self.alerts(points)
    #expect(!alerts.isEmpty)
    let first = try! #require(alerts.first)
    #expect(first.at >= points[spike.lowerBound].time && first.at < points[spike.upperBound].time)
    #expect(first.kind == .spike)
    #expect(first.value > first.baseline)
    // The hour's baseline is the rhythm's: about 12 × 39 mentions at 14:00.
    #expect(abs(first.baseline - 12 * Self.daily(14)) < 0.2 * 12 * Self.daily(14))
    #expect((1...4).contains(first.level))
    // Every alert is in the spike, or within the three hours its longest span still sees.
    #expect(
      alerts.allSatisfy { $0.at >= first.at && $0.at < points[spike.upperBound].time + 3 * 3600 })
  }

  @Test func theDailyRhythmSetsWhatIsUnusual() {
    // 30 mentions per 5 minutes: ordinary at 15:00, seven times the usual at 03:00.
    let night = (9 * 288 + 3 * 12)..<(9 * 288 + 4 * 12)
    let afternoon = (10 * 288 + 15 * 12)..<(10 * 288 + 16 * 12)
    let points = Self.series(days: 12) { index, hour in
      night.contains(index) || afternoon.contains(index) ? 30 : Self.daily(hour)
    }
    let alerts = Self.alerts(points)
    #expect(
      alerts.contains {
        $0.at >= points[night.lowerBound].time && $0.at < points[night.upperBound].time
      })
    #expect(!alerts.contains { $0.at >= points[afternoon.lowerBound].time })
  }

  @Test func aLongCrisisIsNotLearntAsNormal() {
    // From day 7 on, six times the usual volume, for a week.
    let crisis = (7 * 288)..<(14 * 288)
    let points = Self.series(days: 14) { index, hour in
      Self.daily(hour) * (crisis.contains(index) ? 6 : 1)
    }
    var learning = SpikeDetector.Settings()
    learning.learnAbove = .infinity
    var guarded = SpikeDetector()
    var naive = SpikeDetector(learning)
    var guardedFlags = Array(repeating: 0, count: 14)
    var naiveFlags = Array(repeating: 0, count: 14)
    for (index, point) in points.enumerated() {
      _ = guarded.add(point)
      _ = naive.add(point)
      if guarded.lastScore > 1 { guardedFlags[index / 288] += 1 }
      if naive.lastScore > 1 { naiveFlags[index / 288] += 1 }
    }
    // Nothing before the crisis; then a baseline that learns everything takes in the crisis's
    // spread within a day and goes quiet, while the watch's keeps the crisis anomalous for
    // three days (its clipped points slowly raise the baseline after that: docs/watch.md).
    #expect(naiveFlags[..<7].allSatisfy { $0 == 0 } && guardedFlags[..<7].allSatisfy { $0 == 0 })
    #expect(naiveFlags[8] + naiveFlags[9] < 30)
    #expect(guardedFlags[7...9].allSatisfy { $0 > 100 })
  }

  @Test func levelsFollowTheTriageScale() {
    #expect(WatchAlert.level(value: 15, baseline: 10) == 1)
    #expect(WatchAlert.level(value: 30, baseline: 10) == 2)
    #expect(WatchAlert.level(value: 60, baseline: 10) == 3)
    #expect(WatchAlert.level(value: 99, baseline: 5) == 4)
    // 100 mentions an hour is the triage's fast velocity: one level more.
    #expect(WatchAlert.level(value: 150, baseline: 100) == 2)
    #expect(WatchAlert.level(value: 5_000, baseline: 100) == 4)
  }
}
