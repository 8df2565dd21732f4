import Foundation
import SMMCore

/// The plan as Markdown, whole or one section (`--section crisis` prints the crisis binder).
public enum MarkdownExport {
  /// The sections, in the order of the method.
  public static let sections = ["brand", "spaces", "content", "communities", "crisis"]

  /// The plan of `state`, or only `section`.
  public static func plan(_ state: BrandState, section: String? = nil) -> String {
    var lines: [String] = []
    let chosen = section.map { [$0] } ?? sections
    if section == nil { lines += ["# Social media plan — \(state.name)", ""] }
    for part in chosen {
      switch part {
      case "brand": lines += brand(state)
      case "spaces": lines += spaces(state)
      case "content": lines += content(state)
      case "communities": lines += communities(state)
      case "crisis": lines += crisis(state)
      default: break
      }
      lines.append("")
    }
    while lines.last == "" { lines.removeLast() }
    return lines.joined(separator: "\n") + "\n"
  }

  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
  }

  static func brand(_ state: BrandState) -> [String] {
    let p = state.profile
    func value(_ text: String?) -> String { (text?.isEmpty ?? true) ? "—" : escape(text ?? "") }
    return [
      "## The brand", "",
      "| field | value |", "|---|---|",
      "| sector | \(value(p.sector)) |",
      "| market | \(value(p.market?.rawValue)) |",
      "| ages | \(value(p.ages.map(\.rawValue).joined(separator: ", "))) |",
      "| goals | \(value(p.goals.map(\.rawValue).joined(separator: ", "))) |",
      "| hours a week | \(value(p.hours.map { ProfileValue.format($0) })) |",
      "| formats | \(value(p.formats.map(\.rawValue).joined(separator: ", "))) |",
      "| reach | \(value(p.reach?.rawValue)) |",
      "| languages | \(value(p.languages.joined(separator: ", "))) |",
    ]
  }

  static func spaces(_ state: BrandState) -> [String] {
    var lines = ["## 1. The spaces", ""]
    let ranking = SpaceScoring.rank(state.profile)
    lines += [
      "| rank | platform | score | h/week | chosen | first reason |", "|---|---|---|---|---|---|",
    ]
    for (index, item) in ranking.enumerated() {
      lines.append(
        "| \(index + 1) | \(item.platform.displayName) | \(item.score) | \(SpaceScoring.format(item.hoursPerWeek)) | \(state.spaces.contains(item.platform) ? "yes" : "") | \(escape(item.reasons.first ?? "")) |"
      )
    }
    return lines
  }

  static func content(_ state: BrandState) -> [String] {
    var lines = ["## 2. Content", ""]
    let line = state.content
    lines.append(
      "Pillars: " + (line.pillars.isEmpty ? "none yet" : line.pillars.joined(separator: " · ")))
    for message in line.messages {
      lines += [
        "", "### Message \(message.id) (\(message.tag.rawValue))", "", "> " + escape(message.text),
      ]
      for platform in message.variants.keys.sorted() {
        guard let variant = message.variants[platform] else { continue }
        let count = PlatformCounter.count(variant.text, on: platform)
        lines += [
          "",
          "**\(platform.displayName)** — \(count.length)\(count.limit.map { "/\($0)" } ?? "") \(count.unit.noun)",
          "",
        ]
        lines += variant.text.split(separator: "\n", omittingEmptySubsequences: false).map {
          "> " + $0
        }
      }
    }
    if let calendar = line.calendar {
      lines += [
        "", "### Calendar from \(calendar.start), \(calendar.weeks) weeks", "",
        "| date | time | platform | message |", "|---|---|---|---|",
      ]
      for slot in calendar.slots {
        lines.append(
          "| \(slot.date) | \(slot.time) | \(slot.platform.displayName) | \(slot.messageID.map(String.init) ?? "to write") |"
        )
      }
    }
    return lines
  }

  static func communities(_ state: BrandState) -> [String] {
    var lines = [
      "## 3. Communities", "", "| community | platform | type | gives | gets |",
      "|---|---|---|---|---|",
    ]
    for community in state.communities {
      lines.append(
        "| \(escape(community.name)) | \(community.platform.displayName) | \(community.type.rawValue) | \(escape(community.gives ?? "—")) | \(escape(community.gets ?? "—")) |"
      )
    }
    if let plan = state.engagement {
      lines += ["", "Engagement plan (\(SpaceScoring.format(plan.hoursPerWeek)) h a week):", ""]
      lines += plan.actions.map {
        "- \(escape($0.community)) — \($0.kind.rawValue), \($0.perMonth)× a month, \($0.owner): \(escape($0.what))"
      }
    }
    return lines
  }

  /// The crisis binder: the register, the team, and a playbook per risk.
  static func crisis(_ state: BrandState) -> [String] {
    var lines = ["## 4. Crisis response — \(state.name)", ""]
    let risks = state.risks.sorted {
      $0.score != $1.score ? $0.score > $1.score : $0.name < $1.name
    }
    if risks.isEmpty { return lines + ["No risk in the register yet."] }
    lines += ["| risk | type | cluster | likelihood × impact |", "|---|---|---|---|"]
    lines += risks.map {
      "| \(escape($0.name)) | \($0.type.rawValue) | \($0.type.cluster.rawValue) | \($0.likelihood) × \($0.impact) = \($0.score) |"
    }
    for risk in risks {
      let playbook = CrisisPlaybook.build(risk, for: state)
      lines += [
        "", "### Playbook: \(risk.name)", "", "**Team**", "", "| role | name | contact |",
        "|---|---|---|",
      ]
      lines += playbook.team.map { "| \($0.role) | \(escape($0.name)) | \(escape($0.contact)) |" }
      lines += ["", "**Escalation**", ""] + playbook.escalation.map { "1. \($0)" }
      lines += ["", "**First hour**", ""] + playbook.checklist.map { "- [ ] \($0)" }
      lines += ["", "**Holding statements**"]
      for statement in playbook.statements {
        lines += [
          "",
          "*\(statement.platform.displayName)* — \(statement.length)\(statement.limit.map { "/\($0)" } ?? "")\(statement.valid ? "" : " (NOT valid)")",
          "", "> " + escape(statement.text),
        ]
      }
      lines +=
        ["", "**Dark-site page**", ""]
        + playbook.darkSite.split(separator: "\n", omittingEmptySubsequences: false).map {
          "> " + $0
        }
      lines += ["", "**Internal message**", "", "> " + escape(playbook.internalMessage)]
      let drills = state.drills.filter { $0.risk == risk.name }
      if let last = drills.last {
        lines +=
          ["", "**Last drill** (seed \(last.seed)): \(last.score)/100"]
          + last.fixes.map { "- \($0)" }
      }
    }
    return lines
  }
}
