import Foundation
import SMMCore
import SMMShell
import SMMShellTestSupport
import Testing

/// A large metrics import through the real workspace: importing, `/metrics`, reopening the
/// brand, `/status` and `/undo` cost time linear in the rows (16x the rows, at most ~40x).
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

  /// Seconds to import `rows` rows, show them, reopen the brand, `/status` and `/undo`.
  static func seconds(rows: Int) throws -> Double {
    let shell = try TestShell()
    try csv(rows: rows).write(
      toFile: shell.folder + "/rows.csv", atomically: true, encoding: .utf8)
    #expect(shell.execute("/new Scale").ok)
    let start = ContinuousClock.now
    let imported = shell.execute("/metrics import rows.csv")
    #expect(imported.ok, "\(imported.error ?? "")")
    #expect(shell.execute("/metrics").ok)
    let reopened = try TestShell(workspacePath: shell.folder + "/workspace.sqlite")
    #expect(reopened.session.current?.state.metrics.count == rows)
    #expect(reopened.execute("/status").ok)
    #expect(reopened.execute("/undo").ok)
    let parts = (ContinuousClock.now - start).components
    return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
  }

  @Test func sixteenTimesTheRowsCostsAboutSixteenTimesTheTime() throws {
    _ = try Self.seconds(rows: 500)
    let small = try (0..<3).map { _ in try Self.seconds(rows: 500) }.min() ?? 0
    let large = try (0..<2).map { _ in try Self.seconds(rows: 8000) }.min() ?? 0
    let ratio = large / max(small, 1e-9)
    // Linear is 16, quadratic about 256: 128 leaves room for a loaded machine.
    #expect(ratio <= 128, "500 rows: \(small) s, 8,000 rows: \(large) s, ratio \(ratio)")
  }
}
