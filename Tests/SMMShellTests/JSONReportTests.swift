import Foundation
import SMMCore
import SMMShell
import Testing

/// `/crisis triage --json` and `smm count --json`: `Codable` reports through ``JSONOutput``,
/// their keys a contract for scripts.
struct JSONReportTests {
  static func object(_ json: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
  }

  @Test func aTriageHasTheContractKeysAndEscapesItsTexts() throws {
    let assessment = CrisisAssessment(
      cluster: .victim, strategy: .inform, bolstering: true, level: 1, respondWithinMinutes: 60,
      guideline: .verbatim("Say \"hi\" \\ now\n\u{1}"),
      actions: [.verbatim("a"), .verbatim("b\tc")],
      whoActs: .verbatim("x"), notes: [.verbatim("n")])
    let json = JSONOutput.compact(TriageReport(assessment))
    #expect(
      json
        == #"{"actions":["a","b\tc"],"bolstering":true,"cluster":"victim","guideline":"Say \"hi\" \\ now\n\u0001","level":1,"respond_within_minutes":60,"strategy":"inform"}"#
    )
  }

  @Test func aRealTriageReadsBack() throws {
    let assessment = try CrisisTriage.assess(
      type: .challenge, veracity: .untrue, history: false, reputation: .good, harm: .none,
      reach: nil, velocity: nil)
    let object = try Self.object(JSONOutput.compact(TriageReport(assessment)))
    #expect(
      Set(object.keys) == [
        "cluster", "strategy", "bolstering", "level", "respond_within_minutes", "guideline",
        "actions",
      ])
    #expect(object["cluster"] as? String == assessment.cluster.rawValue)
    #expect(object["strategy"] as? String == assessment.strategy.rawValue)
    #expect(object["level"] as? Int == assessment.level)
    #expect(object["guideline"] as? String == assessment.guideline.render(.english))
    #expect(object["actions"] as? [String] == assessment.actions.map { $0.render(.english) })
  }

  @Test func aCountHasTheContractKeysAndANullLimit() throws {
    let counted = PlatformCounter.count("Fresh bread https://example.com", on: .x)
    let object = try Self.object(CountCommand.json(counted))
    #expect(Set(object.keys) == ["platform", "length", "limit", "valid", "unit", "notes"])
    #expect(object["platform"] as? String == "x")
    #expect(object["length"] as? Int == counted.length)
    #expect(object["limit"] as? Int == counted.limit)
    #expect(object["valid"] as? Bool == counted.valid)
    #expect(object["unit"] as? String == counted.unit.rawValue)
    #expect(object["notes"] as? [String] == counted.notes)
    var unlimited = counted
    unlimited.limit = nil
    #expect(try Self.object(CountCommand.json(unlimited))["limit"] is NSNull)
  }

  @Test func aSecondCountIsNestedWhereThePlatformCountsTwice() throws {
    let counted = PlatformCounter.count("日本語のテキスト", on: .bluesky)
    let secondary = try #require(counted.secondary)
    let object = try Self.object(CountCommand.json(counted))
    let nested = try #require(object["secondary"] as? [String: Any])
    #expect(nested["length"] as? Int == secondary.length)
    #expect(nested["limit"] as? Int == secondary.limit)
    #expect(nested["unit"] as? String == secondary.unit.rawValue)
  }
}
