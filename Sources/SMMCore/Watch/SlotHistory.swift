/// The recent values of one hour of the day, in a ring of fixed size, kept sorted as well so
/// that their median and the spread of their deviations cost no sort.
struct SlotHistory: Sendable {
  private var values: [Double]
  private var next = 0
  private(set) var count = 0
  private var sorted: [Double] = []

  init(capacity: Int) {
    values = Array(repeating: 0, count: capacity)
    sorted.reserveCapacity(capacity)
  }

  mutating func append(_ value: Double) {
    guard count == values.count else {
      count += 1
      values[next] = value
      next = (next + 1) % values.count
      sorted.insert(value, at: position(of: value))
      return
    }
    // Full: the oldest value leaves and the new one enters in one move of the values between
    // their two places, rather than a removal and an insertion that each shift the tail.
    let from = position(of: values[next])
    let to = position(of: value)
    values[next] = value
    next = (next + 1) % values.count
    sorted.withUnsafeMutableBufferPointer { sorted in
      if to > from {
        for index in from..<(to - 1) { sorted[index] = sorted[index + 1] }
        sorted[to - 1] = value
      } else {
        for index in stride(from: from, to: to, by: -1) { sorted[index] = sorted[index - 1] }
        sorted[to] = value
      }
    }
  }

  /// The first index of `sorted` whose value is not below `value`.
  private func position(of value: Double) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The median of the values and the `quantile` of their absolute deviations from it.
  func centreAndSpread(quantile: Double) -> (median: Double, deviation: Double) {
    let middle = count / 2
    let median = count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    // The largest deviations sit at the two ends of the sorted values: the quantile's one is
    // found by walking inwards from them.
    let rank = count - Int(quantile * Double(count - 1))
    var low = 0
    var high = count - 1
    var deviation = 0.0
    for _ in 0..<rank {
      let below = median - sorted[low]
      let above = sorted[high] - median
      if above >= below {
        deviation = above
        high -= 1
      } else {
        deviation = below
        low += 1
      }
    }
    return (median, deviation)
  }
}
