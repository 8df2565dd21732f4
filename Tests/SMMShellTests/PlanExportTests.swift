import Foundation
import SMMCore
import Testing

@testable import SMMShell

/// The plan as Markdown and HTML: content, escaping, an empty brand, French.
struct PlanExportTests {
  static let hostile = "Tom & Jerry's <b>\"bakery\"</b>"

  /// A brand with every step worked on, and user text that needs escaping.
  static func fullBrand() throws -> BrandState {
    var state = BrandState(name: try BrandName("Le Fournil"))
    let changes: [BrandChange] = [
      .setProfile(.sector(hostile)), .setProfile(.market(.b2c)), .setProfile(.hours(8)),
      .setProfile(.reach(.local)), .chooseSpaces([.instagram, .facebook]),
      .setProfileText(.instagram, key: "display-name", text: "Le Fournil"),
      .addPillar("bread <know-how>"), .addPillar("seasonal"), .addPillar("the team"),
      .addMessage("How we bake <sourdough> & more", .educational),
      .addMessage("Worth reading: a miller's notes", .curated),
      .adaptMessage(1, [.instagram, .facebook]),
      .planCalendar(weeks: 2, start: try CivilDate(parsing: "2026-12-07")),
      .addCommunity("Lyon <food> lovers", .instagram, .place),
      .setCommunity("Lyon <food> lovers", .gives, "recipes & tastings"),
      .setCommunity("Lyon <food> lovers", .gets, "visits"),
      .planEngagement,
      .addRisk(
        CrisisRisk(
          name: "rumour about <mould>", type: .rumor, likelihood: 3, impact: 4,
          channels: [.instagram])),
      .setCrisisRole(CrisisRole(role: "spokesperson", name: "Paul", contact: "p@x.fr")),
    ]
    for change in changes { state = try state.applying(change) }
    return state
  }

  // MARK: - Markdown

  @Test func aRoleNobodyHoldsSaysSoInTheReadersLanguage() throws {
    let english = MarkdownExport.plan(try Self.fullBrand())
    let french = MarkdownExport.plan(try Self.fullBrand(), language: .fr)
    #expect(english.contains("| legal | to name | — |"))
    #expect(french.contains("| juriste | à désigner | — |"))
    #expect(!french.contains("to name"))
    #expect(french.contains("| porte-parole | Paul | p@x.fr |"))
  }

  @Test func theWholePlanInMarkdownHasEveryPartAndItsSources() throws {
    let text = MarkdownExport.plan(try Self.fullBrand())
    for heading in [
      "# Social media plan — Le Fournil", "## Summary", "## The brand", "## 1. The spaces",
      "### Chosen spaces and why", "### Profiles", "## 2. Content", "### Editorial line",
      "#### Message 1 (educational)", "### Calendar", "## 3. Communities", "### Engagement plan",
      "## 4. Crisis response — Le Fournil", "### Playbook: rumour about \\<mould>", "## Sources",
    ] {
      #expect(text.contains(heading), "missing \(heading)")
    }
    #expect(text.contains("**Instagram** — score "), "the chosen spaces with their score")
    #expect(text.contains("[^1]: "), "sources as numbered footnotes")
    #expect(text.contains("Situational Crisis Communication Theory"), "SCCT is cited")
    #expect(text.contains("| 1. Choose the spaces | in progress |"), "where each step stands")
  }

  @Test func markdownKeepsUserTextLiteral() throws {
    let text = MarkdownExport.plan(try Self.fullBrand())
    #expect(text.contains("> How we bake \\<sourdough> & more"))
    // Outside code spans (where `<` is literal), every `<` is escaped.
    let prose = text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
      .filter { $0.offset % 2 == 0 }.map(\.element).joined()
    #expect(
      !prose.replacingOccurrences(of: "\\<", with: "").contains("<"),
      "no raw HTML from user text")
  }

  @Test func anEmptyBrandSaysWhatIsMissingAndTheCommand() throws {
    let state = BrandState(name: try BrandName("acme"))
    let text = MarkdownExport.plan(state, notes: true)
    #expect(!MarkdownExport.plan(state).contains("`"), "the client document has no command")
    for command in [
      "`/interview`", "`/spaces recommend`", "`/content pillars add …`",
      "`/content message add …`", "`/calendar plan 4`", "`/community add ", "`/engage plan`",
      "`/crisis risk add ",
    ] {
      #expect(text.contains(command), "no \(command) for an empty part")
    }
    // No heading is left empty: the next line is not a heading of the same level or above.
    func level(_ line: Substring) -> Int { line.prefix(while: { $0 == "#" }).count }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
    for (index, line) in lines.enumerated() where level(line) > 0 {
      let next = index + 1 < lines.count ? lines[index + 1] : ""
      let nextLevel = level(next)
      #expect(!next.isEmpty && (nextLevel == 0 || nextLevel > level(line)), "empty: \(line)")
    }
  }

  @Test func oneSectionAlone() throws {
    let text = MarkdownExport.plan(try Self.fullBrand(), section: "crisis")
    #expect(text.hasPrefix("## 4. Crisis response — Le Fournil"))
    #expect(!text.contains("## 1. The spaces"))
    #expect(text.contains("### Team") && text.contains("**Holding statements**"))
    #expect(text.components(separatedBy: "| role | name | contact |").count == 2, "the team once")
  }

  @Test func frenchHeadings() throws {
    let text = MarkdownExport.plan(try Self.fullBrand(), language: .fr)
    for heading in [
      "# Plan réseaux sociaux — Le Fournil", "## Synthèse", "## La marque", "## 1. Les espaces",
      "## 2. Contenus", "## 3. Communautés", "## 4. Réponse de crise — Le Fournil",
      "**Il manque :**", "| 1. Choisir les espaces |",
    ] {
      #expect(text.contains(heading), "missing \(heading)")
    }
    #expect(!text.contains("[export."), "every export key is in the French catalog")
  }

  @Test func everyExportKeyIsInBothLanguagesWithTheSamePlaceholders() {
    let english = StringCatalog.table(.en).filter { $0.key.hasPrefix("export.") }
    let french = StringCatalog.table(.fr).filter { $0.key.hasPrefix("export.") }
    #expect(Set(english.keys) == Set(french.keys))
    func names(_ template: String) -> Set<String> {
      var result = Set<String>()
      var rest = Substring(template)
      while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
        let inside = rest[rest.index(after: open)..<close]
        result.insert(String(inside.split(separator: "|").first ?? ""))
        rest = rest[rest.index(after: close)...]
      }
      return result
    }
    for (key, template) in english {
      #expect(names(template) == names(french[key] ?? ""), "placeholders differ for \(key)")
    }
  }

  // MARK: - HTML

  @Test func htmlIsOneSelfContainedPage() throws {
    let page = HTMLExport.plan(try Self.fullBrand())
    #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(page.contains("<meta charset=\"utf-8\">"))
    #expect(page.contains("<title>Social media plan — Le Fournil</title>"))
    #expect(page.contains("@media print"))
    #expect(!page.lowercased().contains("<script"))
    #expect(!page.contains("http://") || !page.contains("src=\"http"), "no external resource")
    #expect(!page.contains("<link "))
    for chart in [
      "<svg class=\"scores\"", "<svg class=\"mix\"", "<table class=\"calendar\"",
      "<svg class=\"risks\"",
    ] {
      #expect(page.contains(chart), "missing \(chart)")
    }
    for id in ["summary", "brand", "spaces", "content", "communities", "crisis", "sources"] {
      #expect(page.contains("<section id=\"\(id)\""), "missing section \(id)")
    }
  }

  @Test func htmlEscapesEveryPieceOfUserText() throws {
    let page = HTMLExport.plan(try Self.fullBrand())
    #expect(page.contains("Tom &amp; Jerry&#39;s &lt;b&gt;&quot;bakery&quot;&lt;/b&gt;"))
    #expect(!page.contains("<b>"))
    #expect(!page.contains("<mould>") && page.contains("rumour about &lt;mould&gt;"))
    #expect(!page.contains("<food>") && !page.contains("<sourdough>"))
    #expect(HTMLExport.escape("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&#39;f")
  }

  @Test func htmlInFrench() throws {
    let page = HTMLExport.plan(try Self.fullBrand(), language: .fr)
    #expect(page.contains("<html lang=\"fr\">"))
    #expect(page.contains("<h2>Synthèse</h2>") && page.contains("<h2>2. Contenus</h2>"))
    #expect(page.contains("probabilité"))
  }

  @Test func theCatalogsReasonsInFrench() throws {
    let brand = try Self.fullBrand()
    for page in [
      HTMLExport.plan(brand, language: .fr), MarkdownExport.plan(brand, language: .fr),
    ] {
      #expect(page.contains("adultes américains"))
      #expect(!page.contains("of US adults") && !page.contains("smm's judgement"))
      #expect(
        page.contains("Instagram[^") || page.contains("Instagram<sup"), "reasons keep their notes")
      #expect(!page.contains("— Pew 2025"), "the note says where a reason comes from")
      #expect(page.contains("Pew Research Center"), "the bibliography names the publisher")
    }
    #expect(MarkdownExport.plan(brand).contains("US adults"))
  }

  @Test func anEmptyBrandInHTMLHasNoChartButWhatIsMissing() throws {
    let page = HTMLExport.plan(BrandState(name: try BrandName("acme")))
    #expect(page.contains("<div class=\"missing\">"))
    #expect(!page.contains("<code>"), "no command in the client document")
    #expect(
      HTMLExport.plan(BrandState(name: try BrandName("acme")), notes: true)
        .contains("<code>/spaces recommend</code>"), "the consultant's notes carry it")
    #expect(!page.contains("<svg class=\"risks\"") && !page.contains("<svg class=\"mix\""))
    #expect(page.contains("<svg class=\"scores\""), "the ranking works without a profile")
  }
}

/// The ranking chart leaves room for the longest platform name ("Google Business Profile"
/// was cut at the chart's left edge).
struct ScoreChartTests {
  @Test func theLabelColumnFitsTheLongestName() throws {
    let bars = [
      PlanDocument.ScoreBar(label: "Instagram", score: 96, chosen: true),
      PlanDocument.ScoreBar(label: "Google Business Profile", score: 69, chosen: false),
    ]
    let svg = HTMLExport.scores(bars, caption: "ranking")
    // The labels end 6 px left of the bars, which start at the label column's width.
    let bar = try #require(svg.range(of: "<rect x=\""))
    let x = Double(svg[bar.upperBound...].prefix { $0 != "\"" }) ?? 0
    #expect(x >= 7 * 23, "the bars start at \(x) px, room for 23 characters at 12 px")
  }
}
