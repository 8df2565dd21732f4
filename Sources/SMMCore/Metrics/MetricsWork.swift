/// A count of the metrics records touched — parsed, keyed, folded, trended, shown — for the
/// tests that check the work grows with the rows and no faster. It counts work, not time, so a
/// loaded machine cannot fail them.
///
/// Counting is off unless a test sets ``current`` for the code it runs
/// (`MetricsWork.$current.withValue(work) { … }`); code run from that task counts into it.
public final class MetricsWork: @unchecked Sendable {
  /// Records touched so far.
  public private(set) var touched = 0

  /// A counter at zero.
  public init() {}

  /// The counter the current task counts into; nil (the default) counts nothing.
  @TaskLocal public static var current: MetricsWork?

  /// Counts `count` records touched, when a counter is set.
  public static func touch(_ count: Int = 1) {
    current?.touched += count
  }
}
