import Foundation
import SMMCore
import SMMShell
import Testing

/// The plan computed once (``PlanReport``) and its JSON export: the encoded report, every key
/// the schema requires written (null rather than left out), no key it does not know.
struct PlanReportTests {
  static let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("schemas/plan.schema.json")

  static func object(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
  }

  /// The places where `value` breaks the schema's `required`, `additionalProperties: false`,
  /// `type` (object, array, null) and `const` rules, followed through `properties`, `items`,
  /// `additionalProperties` schemas and `$ref`s.
  static func problems(_ value: Any, _ schema: [String: Any], root: [String: Any], at path: String)
    -> [String]
  {
    var schema = schema
    if let ref = schema["$ref"] as? String, ref.hasPrefix("#/$defs/") {
      let defs = root["$defs"] as? [String: Any] ?? [:]
      schema = defs[String(ref.dropFirst("#/$defs/".count))] as? [String: Any] ?? [:]
    }
    var found: [String] = []
    if let constant = schema["const"] as? Int, (value as? Int) != constant {
      found.append("\(path): not \(constant)")
    }
    let types = (schema["type"] as? [String]) ?? (schema["type"] as? String).map { [$0] } ?? []
    if value is NSNull {
      if !types.isEmpty && !types.contains("null") { found.append("\(path): null") }
      return found
    }
    if let object = value as? [String: Any] {
      let properties = schema["properties"] as? [String: Any] ?? [:]
      for key in schema["required"] as? [String] ?? [] where object[key] == nil {
        found.append("\(path).\(key): missing")
      }
      for (key, item) in object {
        if let property = properties[key] as? [String: Any] {
          found += problems(item, property, root: root, at: "\(path).\(key)")
        } else if let extra = schema["additionalProperties"] as? [String: Any] {
          found += problems(item, extra, root: root, at: "\(path).\(key)")
        } else if (schema["additionalProperties"] as? Bool) == false {
          found.append("\(path).\(key): not in the schema")
        }
      }
    } else if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
      for (index, item) in array.enumerated() {
        found += problems(item, items, root: root, at: "\(path)[\(index)]")
      }
    }
    return found
  }

  static func schemaProblems(_ json: String) throws -> [String] {
    let schema = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
    return problems(try object(json), schema, root: schema, at: "$")
  }

  @Test func theJSONExportIsTheReportEncodedAndReadsBackTheSame() throws {
    let state = try PlanExportTests.fullBrand()
    let report = PlanReport.build(state)
    let text = PlanExport.json(state)
    #expect(text == PlanExport.text(report))
    let decoded = try JSONDecoder().decode(PlanReport.self, from: Data(text.utf8))
    #expect(PlanExport.text(decoded) == text)
    #expect(decoded.facts == nil && report.facts != nil, "the facts stay out of the JSON")
    #expect(report.spaces.chosen == ["instagram", "facebook"])
    #expect(report.crisis.playbooks.first?.risk == "rumour about <mould>")
    #expect(report.progress.steps.map(\.step) == [1, 2, 3, 4])
  }

  @Test func theDocumentsRenderTheReportsFacts() throws {
    let state = try PlanExportTests.fullBrand()
    var report = PlanReport.build(state)
    let ranking = try #require(report.facts?.ranking)
    #expect(ranking.map(\.platform.rawValue) == report.spaces.ranking.map(\.platform))
    #expect(
      MarkdownExport.render(PlanDocumentBuilder.build(report, of: state))
        == MarkdownExport.plan(state))
    // The document takes the ranking from the report, not from the domain again.
    report.facts?.ranking = ranking.reversed()
    let text = MarkdownExport.render(PlanDocumentBuilder.build(report, of: state))
    let last = try #require(ranking.last).platform.displayName
    #expect(text.contains("| 1 | \(last) |"), "the reversed ranking puts \(last) first")
  }

  @Test func aFullAndAnEmptyPlanKeepToTheSchema() throws {
    #expect(try Self.schemaProblems(PlanExport.json(try PlanExportTests.fullBrand())) == [])
    let empty = BrandState(name: try BrandName("acme"))
    #expect(try Self.schemaProblems(PlanExport.json(empty)) == [])
  }

  @Test func theCheckerCatchesAMissingKeyAndAnUnknownOne() throws {
    let empty = BrandState(name: try BrandName("acme"))
    var plan = try #require(try Self.object(PlanExport.json(empty)) as? [String: Any])
    var brand = try #require(plan["brand"] as? [String: Any])
    brand["sector"] = nil
    brand["colour"] = "red"
    plan["brand"] = brand
    let text = String(decoding: try JSONSerialization.data(withJSONObject: plan), as: UTF8.self)
    #expect(
      Set(try Self.schemaProblems(text))
        == ["$.brand.sector: missing", "$.brand.colour: not in the schema"])
  }

  @Test func theCountriesAreKeptAsCodesHomeMarketFirst() throws {
    let state = try BrandState(name: try BrandName("Lac"))
      .applying(.setProfile(.countries(["CH", "FR"])))
    let plan = try #require(try Self.object(PlanExport.json(state)) as? [String: Any])
    let brand = try #require(plan["brand"] as? [String: Any])
    #expect(brand["countries"] as? [String] == ["CH", "FR"])
    #expect(try Self.schemaProblems(PlanExport.json(state)) == [])
    // The documents name them in words, in the reader's language.
    #expect(MarkdownExport.plan(state).contains("| Countries | Switzerland, France |"))
    #expect(MarkdownExport.plan(state, language: .fr).contains("| Pays | Suisse, France |"))
  }

  /// Issue 15 §3: the team and the opening hours in the plan, the away message in the brand's
  /// language, no dark-site page for a team of two.
  @Test func theTeamAndTheOpeningHoursAreInThePlan() throws {
    var state = try BrandState(name: try BrandName("Le Fournil"))
      .applying(.setProfile(.team(TeamSize(2))))
    state = try state.applying(.setProfile(.open(try OpeningHours.parse("mar-sam 7h-19h"))))
    state = try state.applying(.setProfile(.languages(["fr"])))
    state = try state.applying(.chooseSpaces([.instagram]))
    state = try state.applying(
      .addRisk(
        CrisisRisk(name: "rumour", type: .rumor, likelihood: 3, impact: 3, channels: [.instagram])))
    let text = PlanExport.json(state)
    #expect(try Self.schemaProblems(text) == [])
    let plan = try #require(try Self.object(text) as? [String: Any])
    let brand = try #require(plan["brand"] as? [String: Any])
    #expect(brand["team"] as? Int == 2)
    #expect(brand["open"] as? String == "Tue-Sat 07:00-19:00")
    let away = try #require(brand["away_message"] as? String)
    #expect(away.contains("nous sommes ouverts mar-sam 7h-19h"))
    let crisis = try #require(plan["crisis"] as? [String: Any])
    let playbook = try #require((crisis["playbooks"] as? [[String: Any]])?.first)
    #expect(playbook["dark_site"] is NSNull)
    #expect((playbook["escalation"] as? [String])?.count == 3)
    // Nothing said: null, and the full crisis team.
    let empty = PlanExport.json(BrandState(name: try BrandName("acme")))
    #expect(empty.contains("\"team\" : null") && empty.contains("\"away_message\" : null"))
    // The documents propose the away message beside the targets.
    let markdown = MarkdownExport.plan(state, language: .fr)
    #expect(markdown.contains("Message d'absence, en dehors des heures d'ouverture"))
    #expect(markdown.contains("| Personnes qui publient et répondent | 2 personnes |"))
    #expect(markdown.contains("| Heures d'ouverture | mar-sam 7h-19h |"))
  }

  @Test func anUnansweredFieldIsNullNotLeftOut() throws {
    let text = PlanExport.json(BrandState(name: try BrandName("acme")))
    #expect(text.contains("\"sector\" : null"))
    #expect(text.contains("\"next\" : \"/interview\""))
    #expect(text.hasSuffix("}\n"))
  }

  @Test func controlCharactersTheEncoderLeavesRawAreEscaped() throws {
    var state = BrandState(name: try BrandName("acme"))
    state = try state.applying(.setProfile(.sector("a\u{7F}b\u{85}c\u{1B}d")))
    let text = PlanExport.json(state)
    #expect(text.contains(#""sector" : "a\u007fb\u0085c\u001bd""#))
    #expect(!text.unicodeScalars.contains { $0 != "\n" && ControlCharacters.isControl($0) })
    let plan = try #require(try Self.object(text) as? [String: Any])
    #expect((plan["brand"] as? [String: Any])?["sector"] as? String == "a\u{7F}b\u{85}c\u{1B}d")
  }
}
