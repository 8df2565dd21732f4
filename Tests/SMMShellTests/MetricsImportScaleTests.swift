import Foundation
import SMMCore
import SMMShell
import SMMShellTestSupport
import Testing

/// A large metrics import through the real workspace: importing, `/metrics`, reopening the
/// brand, `/status` and `/undo` do work linear in the rows. The records touched are counted
/// (``MetricsWork``: parsed, keyed by the fold, written as canonical CSV, read back, trended,
/// shown), not timed, so a loaded machine cannot fail it.
struct MetricsImportScaleTests {
  static func csv(rows: Int) -> String {
    var text = "platform,week,followers,reach,impressions,engagements\n"
    let platforms = Platform.allCases
    var year = 1, week = 1, platform = 0
    for row in 0..<rows {
      let y = String(year), w = String(week)
      text +=
        "\(platforms[platform].rawValue),\(String(repeating: "0", count: 4 - y.count))\(y)-W\(w.count < 2 ? "0" : "")\(w),\(1000 + row),500,800,40\n"
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
    return text
  }

  /// The records touched while importing `rows` rows, showing them, reopening the brand,
  /// `/status` and `/undo`.
  static func touched(rows: Int) throws -> Int {
    let shell = try TestShell()
    try csv(rows: rows).write(
      toFile: shell.folder + "/rows.csv", atomically: true, encoding: .utf8)
    #expect(shell.execute("/new Scale").ok)
    let work = MetricsWork()
    try MetricsWork.$current.withValue(work) {
      let imported = shell.execute("/metrics import rows.csv")
      #expect(imported.ok, "\(imported.error ?? "")")
      #expect(shell.execute("/metrics").ok)
      let reopened = try TestShell(workspacePath: shell.folder + "/workspace.sqlite")
      #expect(reopened.session.current?.state.metrics.count == rows)
      #expect(reopened.execute("/status").ok)
      #expect(reopened.execute("/undo").ok)
    }
    return work.touched
  }

  /// Each row is touched a fixed number of times, for 500 rows as for 8,000: the import
  /// parses, folds, writes and shows it, the reopening reads it back and folds it. (Tried: a
  /// view that looks up each shown week among all the rows touches rows² — 64 M for 8,000 —
  /// and fails.)
  @Test(arguments: [500, 8000]) func eachRowIsTouchedAFixedNumberOfTimes(rows: Int) throws {
    let touched = try Self.touched(rows: rows)
    // Parsed, keyed, written, folded, trended and shown at least once each: 9 times a row
    // today, for 500 rows as for 8,000.
    #expect(touched >= 6 * rows, "\(rows) rows touched only \(touched) times")
    #expect(touched <= 24 * rows, "\(rows) rows touched \(touched) times")
  }
}
