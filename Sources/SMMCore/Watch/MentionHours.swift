/// Counts mentions and their negative ones per hour (UTC), as they come, for the
/// ``NegativeShareDetector``: an hour is given out once a mention 10 minutes past its end has
/// arrived (the 5-minute buckets keep their last two intervals open the same way), or at
/// ``finish(_:)``. A mention older than the oldest hour still open is left out.
public struct MentionHours: Sendable {
  /// One hour: its start, its mentions, the negative ones.
  public struct Hour: Equatable, Sendable {
    public var start: Int64
    public var count: Int
    public var negative: Int

    public init(start: Int64, count: Int, negative: Int) {
      self.start = start
      self.count = count
      self.negative = negative
    }
  }

  /// How long after its end an hour stays open, in seconds.
  public static let grace: Int64 = 600
  private var open: [Hour] = []

  public init() {}

  /// Counts a mention at `time`; `emit` gets the hours it closes, oldest first.
  public mutating func add(time: Int64, negative: Bool, _ emit: (Hour) -> Void) {
    let start = WatchHour.start(of: time)
    if let oldest = open.first, start < oldest.start { return }
    if let index = open.lastIndex(where: { $0.start == start }) {
      open[index].count += 1
      if negative { open[index].negative += 1 }
    } else {
      open.append(Hour(start: start, count: 1, negative: negative ? 1 : 0))
      open.sort { $0.start < $1.start }
    }
    while let oldest = open.first, oldest.start + 3600 + Self.grace <= time {
      emit(oldest)
      open.removeFirst()
    }
  }

  /// Gives out every hour still open.
  public mutating func finish(_ emit: (Hour) -> Void) {
    for hour in open { emit(hour) }
    open = []
  }
}
