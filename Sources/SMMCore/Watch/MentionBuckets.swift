/// Counts mentions into a volume series of fixed intervals (5 minutes by default, the step of
/// the NAB Twitter series the detector was developed on), as they come.
///
/// A bucket is given out once a mention at least one interval past its end has arrived (or at
/// ``finish(_:)``), with empty intervals in between given out as zeros. Mentions may come
/// slightly out of order: one older than the oldest bucket still open is counted in ``late``
/// and left out, so memory stays flat.
public struct MentionBuckets: Sendable {
  /// The length of a bucket, in seconds.
  public let interval: Int64
  /// The mentions left out because their bucket had already been given out.
  public private(set) var late = 0
  private var start: Int64?
  private var counts: [Double] = []

  public init(interval: Int64 = 300) {
    precondition(interval > 0)
    self.interval = interval
  }

  /// Counts `mention`; `emit` gets the buckets it closes, oldest first.
  public mutating func add(_ mention: Mention, _ emit: (VolumePoint) -> Void) {
    let bucket = mention.time - ((mention.time % interval) + interval) % interval
    guard let first = start else {
      start = bucket
      counts = [1]
      return
    }
    if bucket < first {
      late += 1
      return
    }
    let offset = Int((bucket - first) / interval)
    while counts.count <= offset { counts.append(0) }
    counts[offset] += 1
    // Keep the newest two buckets open (the current one and the one before).
    var time = first
    while counts.count > 2 {
      emit(VolumePoint(time: time, value: counts.removeFirst()))
      time += interval
    }
    start = time
  }

  /// Gives out every bucket still open.
  public mutating func finish(_ emit: (VolumePoint) -> Void) {
    guard var time = start else { return }
    for count in counts {
      emit(VolumePoint(time: time, value: count))
      time += interval
    }
    counts = []
    start = nil
  }
}
