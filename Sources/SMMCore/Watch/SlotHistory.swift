/// The recent values of one hour of the day, in a ring of fixed size, with their robust
/// centre and spread.
struct SlotHistory: Sendable {
  private var values: [Double]
  private var next = 0
  private(set) var count = 0
  private var scratch: [Double]

  init(capacity: Int) {
    values = Array(repeating: 0, count: capacity)
    scratch = []
    scratch.reserveCapacity(capacity)
  }

  mutating func append(_ value: Double) {
    values[next] = value
    next = (next + 1) % values.count
    count = min(count + 1, values.count)
  }

  /// The median of the values and the `quantile` of their absolute deviations from it.
  mutating func centreAndSpread(quantile: Double) -> (median: Double, deviation: Double) {
    scratch.removeAll(keepingCapacity: true)
    scratch.append(contentsOf: values.prefix(count))
    scratch.sort()
    let median = Self.median(scratch)
    for index in scratch.indices { scratch[index] = abs(scratch[index] - median) }
    scratch.sort()
    let deviation = scratch[Int(quantile * Double(scratch.count - 1))]
    return (median, deviation)
  }

  private static func median(_ sorted: [Double]) -> Double {
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
}
