import SMMCore

/// `/platforms [P]`: the platform catalog, or one platform with its sources.
package struct PlatformsCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "platforms",
    usage: "/platforms [PLATFORM]",
    examples: ["/platforms", "/platforms linkedin"],
    arguments: [ArgumentSpec("PLATFORM", .platform, optional: true)],
    keywords: ["platforms", "networks", "catalog", "reseaux", "plateformes"])

  let platform: Platform?

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    platform = try arguments[0].map(DomainArguments.platform)
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let width = context.width
    let s = context.strings
    guard let platform else {
      var lines = [
        "  " + TextWrap.pad(s("platforms.header.id"), to: PlatformColumn.width(Platform.allCases))
          + TextWrap.pad(s("platforms.header.audience"), to: 11)
          + TextWrap.pad(s("platforms.header.hours"), to: 8) + s("platforms.header.purpose")
      ]
      for entry in PlatformCatalog.all {
        let overall = entry.audience.first {
          $0.ages == nil && $0.country == "US" && $0.measure == .everUse
        }
        let audience =
          overall.map {
            s(
              "platforms.audienceShare",
              ["percent": s.decimal($0.percent), "year": String($0.year)])
          } ?? "—"
        let head =
          "  " + TextWrap.pad(entry.platform.rawValue, to: PlatformColumn.width(Platform.allCases))
          + TextWrap.pad(audience, to: 11)
          + TextWrap.pad(s.decimal(entry.effort.hoursPerWeek), to: 8)
        lines += TextWrap.wrap(
          entry.localizedSummary.text(in: s.language), width: width, firstIndent: head,
          indent: String(repeating: " ", count: 32))
      }
      lines.append(s.guidance("platforms.footer"))
      return .show(CommandOutput(lines))
    }
    var lines = Self.detail(PlatformCatalog.entry(platform), width: width, s)
    if let override = PlatformCatalog.override(for: platform) {
      lines += TextWrap.wrap(
        s(
          "platformFiles.fromFile",
          ["path": override.path, "fields": override.fields.joined(separator: ", ")]),
        width: width)
    }
    return .show(CommandOutput(lines))
  }

  static func detail(_ entry: PlatformEntry, width: Int, _ s: Strings) -> [String] {
    var sources: [Source] = []
    func cite(_ source: Source) -> String {
      if !sources.contains(source) { sources.append(source) }
      return "[\((sources.firstIndex(of: source) ?? 0) + 1)]"
    }
    let language = s.language
    var lines = TextWrap.wrap(
      "\(entry.platform.displayName) (\(entry.platform.rawValue)) — "
        + entry.localizedSummary.text(in: language), width: width)
    func section(_ title: String, _ items: [String]) {
      guard !items.isEmpty else { return }
      lines.append(title)
      for item in items {
        lines += TextWrap.wrap(item, width: width, firstIndent: "  - ", indent: "    ")
      }
    }
    section(
      s("platforms.audience"),
      entry.audience.map {
        "\($0.localizedStatement.text(in: language)) \(cite($0.source))"
      })
    section(
      s("platforms.market", ["b2b": String(entry.market.b2b), "b2c": String(entry.market.b2c)]),
      entry.market.reasons.map { "\($0.localized.text(in: language)) \(cite($0.source))" })
    let required = entry.requiredFormats.map(\.rawValue).joined(
      separator: " " + s("platforms.or") + " ")
    section(
      s("platforms.rewards"),
      [
        entry.formats.map(\.rawValue).joined(separator: ", ")
          + (entry.requiredFormats.isEmpty
            ? "" : " " + s("platforms.requires", ["formats": required]))
      ])
    section(
      s("platforms.goals"),
      entry.goals.map {
        s(
          "platforms.item",
          ["name": $0.goal.rawValue, "text": $0.reason.localized.text(in: language)])
          + " " + cite($0.reason.source)
      })
    section(
      s("platforms.strongFor"),
      entry.reach.map {
        s(
          "platforms.item",
          ["name": $0.reach.rawValue, "text": $0.reason.localized.text(in: language)]
        ) + " " + cite($0.reason.source)
      })
    if let area = entry.operatesIn {
      section(
        s("platforms.operatesIn"),
        [PlanLabels(s).countries(area.value) + " " + cite(area.source)])
    }
    let effort = entry.effort
    section(
      s("platforms.effort"),
      [
        s(
          "platforms.effort.value",
          [
            "low": String(effort.postsPerWeek.lowerBound),
            "high": String(effort.postsPerWeek.upperBound),
            "hours": s.decimal(effort.hoursPerWeek),
          ]) + " " + cite(effort.source)
      ])
    section(
      s("platforms.fields"),
      entry.profileFields.map { rule in
        let name = "\(rule.key) (\(rule.label(in: language)))"
        switch rule.kind {
        case .done:
          return s("platforms.item", ["name": name, "text": s("platforms.fields.done")])
        case .text(let limit, let unit):
          let limitText =
            limit.map { s("platforms.fields.upTo", ["limit": String($0), "unit": s.unit(unit)]) }
            ?? s("platforms.fields.noLimit")
          return s("platforms.item", ["name": name, "text": limitText])
            + (rule.source.map { " \(cite($0))" } ?? "")
        }
      })
    lines.append(s("platforms.sources"))
    for (index, source) in sources.enumerated() {
      lines += TextWrap.wrap(
        "\(source.citation) ("
          + s(
            "platforms.source.kind",
            [
              "kind": s("source.kind.\(source.kind.rawValue)"), "date": source.checked,
            ])
          + ")", width: width, firstIndent: "  [\(index + 1)] ", indent: "      ")
    }
    return lines
  }
}
