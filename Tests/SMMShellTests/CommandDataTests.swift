import Foundation
import SMMCore
import SMMShell
import SMMShellTestSupport
import Testing

/// The `data` of a `--json` line: the typed result of the command where it has one (a triage,
/// a ranking, the steps of `/status`), `null` where it has none or failed.
struct CommandDataTests {
  static func line(_ result: CommandResult) throws -> [String: Any] {
    let text = JSONLinesSink.encode(result, at: nil)
    return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  static let triage =
    "/crisis triage --type rumor --veracity false --history no --reputation good --harm none"

  @Test func aTriageCarriesTheKeysOfTriageJSON() throws {
    let shell = try TestShell()
    shell.run("/new acme")
    let asText = shell.execute(Self.triage)
    let asJSON = shell.execute(Self.triage + " --json")
    #expect(asText.ok && asJSON.ok)
    let data = try #require(try Self.line(asText)["data"] as? [String: Any])
    let printed = try #require(
      try JSONSerialization.jsonObject(with: Data(asJSON.output.joined().utf8)) as? [String: Any])
    #expect(Set(data.keys) == Set(printed.keys))
    #expect(
      Set(data.keys) == [
        "cluster", "strategy", "bolstering", "level", "respond_within_minutes", "guideline",
        "actions",
      ])
    #expect(data["cluster"] as? String == printed["cluster"] as? String)
    #expect(data["strategy"] as? String == printed["strategy"] as? String)
    #expect(data["actions"] as? [String] == printed["actions"] as? [String])
    #expect(asJSON.data == asText.data, "the same data with or without --json")
  }

  @Test func aRecommendationCarriesItsRanking() throws {
    let shell = try TestShell()
    shell.run("/new acme", "/brand set market b2c", "/brand set hours 6")
    let result = shell.execute("/spaces recommend")
    let data = try #require(try Self.line(result)["data"] as? [String: Any])
    let ranking = try #require(data["ranking"] as? [[String: Any]])
    #expect(ranking.count == Platform.allCases.count)
    #expect(Set(ranking[0].keys) == ["platform", "score", "hours_per_week", "reasons"])
    let scores = ranking.compactMap { $0["score"] as? Int }
    #expect(scores == scores.sorted(by: >), "best first")
    #expect(data["chosen"] as? [String] == [])
    #expect((data["proposed"] as? [String])?.isEmpty == false)
  }

  @Test func statusCarriesItsSteps() throws {
    let shell = try TestShell()
    shell.run("/new acme")
    let data = try #require(try Self.line(shell.execute("/status"))["data"] as? [String: Any])
    let steps = try #require(data["steps"] as? [[String: Any]])
    #expect(steps.compactMap { $0["step"] as? Int } == [1, 2, 3, 4])
    #expect(steps[0]["stage"] as? String == "not started")
    #expect(data["complete"] as? Bool == false)
    #expect(data["next"] as? String == "/interview")
  }

  @Test func statusWithoutABrandIsNotComplete() throws {
    let shell = try TestShell()
    let data = try #require(try Self.line(shell.execute("/status"))["data"] as? [String: Any])
    #expect((data["steps"] as? [[String: Any]])?.count == 4)
    #expect(data["complete"] as? Bool == false)
    #expect(data["next"] as? String == "/new …")
  }

  @Test func aCommandWithoutDataAndAFailureCarryNull() throws {
    let shell = try TestShell()
    let created = try Self.line(shell.execute("/new acme"))
    #expect(created["data"] is NSNull)
    let failed = try Self.line(shell.execute("/spaces choose nowhere"))
    #expect(failed["ok"] as? Bool == false)
    #expect(failed["data"] is NSNull)
  }
}
