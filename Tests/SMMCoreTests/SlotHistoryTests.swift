import Testing

@testable import SMMCore

/// The hour history's sorted ring: after every append, its median and deviation quantile are
/// those of its last values sorted from scratch.
@Suite struct SlotHistoryTests {
  /// The median and the `quantile` of absolute deviations of `values`, the slow way.
  static func expected(_ values: [Double], quantile: Double) -> (Double, Double) {
    let sorted = values.sorted()
    let middle = sorted.count / 2
    let median =
      sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    let deviations = sorted.map { abs($0 - median) }.sorted(by: >)
    let rank = sorted.count - Int(quantile * Double(sorted.count - 1))
    return (median, deviations[rank - 1])
  }

  @Test func aFullRingReplacesItsOldestValueWhereverTheNewOneSorts() {
    var generator = SystemRandomNumberGenerator()
    for capacity in [1, 2, 5, 84] {
      var history = SlotHistory(capacity: capacity)
      var window: [Double] = []
      for step in 0..<2_000 {
        // Repeated values, runs up and down, and ties with the value leaving.
        let value =
          step % 7 == 0
          ? (window.first ?? 0) : Double(Int.random(in: 0..<12, using: &generator)) / 2
        history.append(value)
        window.append(value)
        if window.count > capacity { window.removeFirst() }
        #expect(history.count == window.count)
        let (median, deviation) = history.centreAndSpread(quantile: 0.95)
        let (wantedMedian, wantedDeviation) = Self.expected(window, quantile: 0.95)
        #expect(median == wantedMedian && deviation == wantedDeviation, "step \(step)")
        if median != wantedMedian || deviation != wantedDeviation { return }
      }
    }
  }
}
