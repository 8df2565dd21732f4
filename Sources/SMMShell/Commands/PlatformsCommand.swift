import SMMCore

/// `/platforms [P]`: the platform catalog, or one platform with its sources.
public struct PlatformsCommand: ShellCommand {
  public static let spec = CommandSpec(
    name: "platforms",
    usage: "/platforms [PLATFORM]",
    examples: ["/platforms", "/platforms linkedin"],
    arguments: [ArgumentSpec("PLATFORM", .platform, optional: true)],
    keywords: ["platforms", "networks", "catalog", "reseaux", "plateformes"])

  let platform: Platform?

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    platform = try arguments[0].map(DomainArguments.platform)
  }

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let width = session.environment.width
    guard let platform else {
      var lines = [
        "  " + TextWrap.pad("id", to: 11) + TextWrap.pad("audience", to: 10)
          + TextWrap.pad("h/week", to: 8) + "what it is for"
      ]
      for entry in PlatformCatalog.all {
        let overall = entry.audience.first { $0.ages == nil }
        let audience = overall.map { "\(ProfileValue.format($0.percent))% \($0.year)" } ?? "—"
        let head =
          "  " + TextWrap.pad(entry.platform.rawValue, to: 11) + TextWrap.pad(audience, to: 10)
          + TextWrap.pad(SpaceScoring.format(entry.effort.hoursPerWeek), to: 8)
        lines += TextWrap.wrap(
          entry.summary, width: width, firstIndent: head, indent: String(repeating: " ", count: 31))
      }
      lines.append(
        "Audience: share of US adults using it (Pew). /platforms ID shows one with its sources.")
      return CommandOutput(lines)
    }
    return CommandOutput(Self.detail(PlatformCatalog.entry(platform), width: width))
  }

  static func detail(_ entry: PlatformEntry, width: Int) -> [String] {
    var sources: [Source] = []
    func cite(_ source: Source) -> String {
      if !sources.contains(source) { sources.append(source) }
      return "[\((sources.firstIndex(of: source) ?? 0) + 1)]"
    }
    var lines = TextWrap.wrap(
      "\(entry.platform.displayName) (\(entry.platform.rawValue)) — \(entry.summary)", width: width)
    func section(_ title: String, _ items: [String]) {
      guard !items.isEmpty else { return }
      lines.append(title)
      for item in items {
        lines += TextWrap.wrap(item, width: width, firstIndent: "  - ", indent: "    ")
      }
    }
    section("Audience:", entry.audience.map { "\($0.statement) \(cite($0.source))" })
    section(
      "Market: B2B \(entry.market.b2b)/3, B2C \(entry.market.b2c)/3",
      entry.market.reasons.map { "\($0.text) \(cite($0.source))" })
    section(
      "Rewards:",
      [
        entry.formats.map(\.rawValue).joined(separator: ", ")
          + (entry.requiredFormats.isEmpty
            ? "" : " (requires \(entry.requiredFormats.map(\.rawValue).joined(separator: " or ")))")
      ])
    section(
      "Goals it serves:",
      entry.goals.map { "\($0.goal.rawValue): \($0.reason.text) \(cite($0.reason.source))" })
    section(
      "Strong for:",
      entry.reach.map { "\($0.reach.rawValue): \($0.reason.text) \(cite($0.reason.source))" })
    let effort = entry.effort
    section(
      "Effort:",
      [
        "\(effort.postsPerWeek.lowerBound)–\(effort.postsPerWeek.upperBound) posts a week, about \(SpaceScoring.format(effort.hoursPerWeek)) h a week \(cite(effort.source))"
      ])
    section(
      "Profile fields:",
      entry.profileFields.map { rule in
        switch rule.kind {
        case .done: return "\(rule.key) (\(rule.label)): done or not"
        case .text(let limit, let unit):
          let limitText = limit.map { "up to \($0) \(unit.noun)" } ?? "no known limit"
          return "\(rule.key) (\(rule.label)): \(limitText)"
            + (rule.source.map { " \(cite($0))" } ?? "")
        }
      })
    lines.append("Sources:")
    for (index, source) in sources.enumerated() {
      lines += TextWrap.wrap(
        "\(source.citation) (\(source.kind.rawValue), checked \(source.checked))", width: width,
        firstIndent: "  [\(index + 1)] ", indent: "      ")
    }
    return lines
  }
}
