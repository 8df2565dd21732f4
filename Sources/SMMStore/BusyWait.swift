import Foundation

/// How a shell waits for another one's write lock: it retries every millisecond, so it gets in
/// during the short pause a replay makes after its commits (see ``SQLiteWorkspace/yieldPause``),
/// and gives up after `limit`.
///
/// SQLite's own busy timeout sleeps in growing steps (up to 100 ms), which keeps missing the
/// moments a long replay lets go of the lock.
final class BusyWait: @unchecked Sendable {
  private let limit: Duration
  private var started = ContinuousClock.now

  init(limit: Duration) { self.limit = limit }

  /// SQLite's busy handler: true to try again. Called on the connection's own queue.
  func retry(_ tries: Int) -> Bool {
    if tries == 0 { started = .now }
    guard ContinuousClock.now - started < limit else { return false }
    usleep(1000)
    return true
  }
}
