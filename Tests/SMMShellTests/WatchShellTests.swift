import Foundation
import SMMCore
import SMMShell
import SMMShellTestSupport
import Testing

/// `/watch import` in the shell: the brand re-read from its log (or replayed from a saved
/// script, without the file) equals the one built live, and the JSON plan carries the watch.
struct WatchShellTests {
  /// Four days of 6 mentions an hour from 2026-03-02 00:00 UTC, then 150 in the next hour.
  static func csv() -> String {
    let start: Int64 = 1_772_409_600
    var rows = ["timestamp,text,author,platform,reach"]
    for index in 0..<(4 * 24 * 6) {
      rows.append(
        "\(WatchTime.iso(start + Int64(index) * 600)),usual \(index),@a,bluesky,\(index % 90)")
    }
    for index in 0..<150 {
      rows.append(
        "\(WatchTime.iso(start + 4 * 86_400 + Int64(index) * 24)),spike \(index),@s\(index),x,\(1000 + index)"
      )
    }
    return rows.joined(separator: "\n") + "\n"
  }

  static func shellWithImport() throws -> TestShell {
    let shell = try TestShell()
    try csv().write(
      toFile: shell.folder + "/mentions.csv", atomically: true, encoding: .utf8)
    #expect(shell.execute("/new Rows").ok)
    let imported = shell.execute("/watch import mentions.csv")
    #expect(imported.ok, "\(imported.error ?? "")")
    return shell
  }

  @Test func theBrandReadFromItsLogEqualsTheOneBuiltLive() throws {
    let shell = try Self.shellWithImport()
    let live = try #require(shell.session.current?.state)
    #expect(live.watch.hours.count == 4 * 24 + 1)
    #expect(!live.watch.alerts.isEmpty)
    try FileManager.default.removeItem(atPath: shell.folder + "/mentions.csv")

    let reopened = try TestShell(
      workspacePath: shell.folder + "/workspace.sqlite", folder: shell.folder)
    #expect(reopened.session.current?.state == live)
    #expect(reopened.execute("/undo").ok)
    #expect(reopened.session.current?.state.watch.isEmpty == true)
    #expect(reopened.execute("/redo").ok)
    #expect(reopened.session.current?.state == live)

    #expect(reopened.execute("/save plan.smm").ok)
    let fresh = try TestShell(workspacePath: shell.folder + "/fresh.sqlite", folder: shell.folder)
    fresh.run("/run plan.smm")
    #expect(fresh.session.current?.state == live, "the replayed brand differs from the live one")
  }

  @Test func anAlertOffersTheTriageWithTheAlertsFiguresAndYesRunsIt() throws {
    let shell = try Self.shellWithImport()
    let state = try #require(shell.session.current?.state)
    let spikeHour = try #require(state.watch.hours.last)
    let strongest = try #require(state.watch.alerts.max { $0.level < $1.level })
    let answer = shell.execute("yes")
    #expect(answer.ok)
    #expect(
      answer.command
        == "/crisis triage --reach \(spikeHour.reach) --velocity \(Int(strongest.value.rounded()))")
  }

  @Test func theJSONPlanHasTheWatchHoursAndAlerts() throws {
    let shell = try Self.shellWithImport()
    let state = try #require(shell.session.current?.state)
    let report = PlanReport.build(state)
    #expect(report.watch.hours.count == state.watch.hours.count)
    #expect(report.watch.alerts.count == state.watch.alerts.count)
    #expect(report.watch.hours.last?.start == WatchTime.iso(state.watch.hours.last?.start ?? 0))
    let json = try #require(
      JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as? [String: Any])
    let watch = try #require(json["watch"] as? [String: Any])
    #expect((watch["alerts"] as? [Any])?.count == state.watch.alerts.count)
    // Each hour has its negative mentions (null for a volume series), each kept mention
    // whether it read negative.
    let hours = try #require(watch["hours"] as? [[String: Any]])
    #expect(hours.allSatisfy { $0["negative"] is Int })
    #expect(hours.last?["negative"] as? Int == state.watch.hours.last?.negative)
    let top = try #require(hours.last?["top"] as? [[String: Any]])
    #expect(!top.isEmpty && top.allSatisfy { $0["negative"] is Bool })
  }

  /// The binder's watch rules and who is alerted are in the JSON plan too (issue 17 item 6):
  /// the detectors' own numbers, the brand's fast velocity, the escalation chain.
  @Test func theJSONPlanSaysWhatIsWatchedTheThresholdsAndWhoIsAlerted() throws {
    let shell = try Self.shellWithImport()
    let state = try #require(shell.session.current?.state)
    let report = PlanReport.build(state)
    let rules = try #require(report.watch.rules)
    let spike = SpikeDetector.Settings()
    #expect(rules.spike.spans.map(\.minutes) == spike.spans.map { Int($0.seconds / 60) })
    #expect(rules.spike.spans.map(\.threshold) == spike.spans.map(\.threshold))
    #expect(rules.spike.historyDays == spike.days)
    #expect(rules.negative.minimumMentions == NegativeShareDetector.Settings().minimumMentions)
    #expect(rules.levels.ratios == WatchAlert.levelRatios)
    #expect(rules.levels.fastVelocity == BrandAudience.of(state).fastVelocity)
    let alerted = try #require(report.watch.alerted)
    #expect(alerted.count == CrisisPlaybook.escalation(for: state).count)
    #expect(alerted.first?.hasPrefix("Level 1") == true, "\(alerted)")
    let json = try #require(
      JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as? [String: Any])
    let watch = try #require(json["watch"] as? [String: Any])
    let encoded = try #require(watch["rules"] as? [String: Any])
    #expect((encoded["negative"] as? [String: Any])?["window_hours"] as? Int == 168)
  }
}
