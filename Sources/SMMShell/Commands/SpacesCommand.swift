import SMMCore

/// `/spaces`: rank the platforms for the brand, explain a score, record the choice.
public struct SpacesCommand: BrandChangingCommand {
  public static let spec = CommandSpec(
    name: "spaces",
    usage: "/spaces [recommend | why PLATFORM | choose PLATFORM… | drop PLATFORM]",
    examples: [
      "/spaces recommend", "/spaces why instagram", "/spaces choose instagram facebook",
      "/spaces drop facebook", "/spaces",
    ],
    arguments: [
      ArgumentSpec("ACTION", .choice(["recommend", "why", "choose", "drop"]), optional: true),
      ArgumentSpec("PLATFORM", .platform, optional: true, rest: true),
    ],
    keywords: [
      "spaces", "networks", "which", "platforms", "recommend", "choose", "reseaux", "choisir",
      "quels",
    ])

  enum Action: Equatable {
    case show, recommend
    case why(Platform)
    case choose([Platform])
    case drop(Platform)
  }

  let action: Action

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    let words = (arguments[1] ?? "").split(separator: " ").map(String.init)
    switch arguments[0]?.lowercased() {
    case nil: action = .show
    case "recommend"?:
      guard words.isEmpty else { throw Self.usage("usage.spaces.recommend") }
      action = .recommend
    case "why"?:
      guard words.count == 1 else {
        throw Self.usage("usage.spaces.why")
      }
      action = .why(try DomainArguments.platform(words[0]))
    case "choose"?:
      guard !words.isEmpty else {
        throw Self.usage("usage.spaces.choose")
      }
      var platforms: [Platform] = []
      for word in words { platforms.append(try DomainArguments.platform(word)) }
      action = .choose(platforms)
    case "drop"?:
      guard words.count == 1 else {
        throw Self.usage("usage.spaces.drop")
      }
      action = .drop(try DomainArguments.platform(words[0]))
    case let other?:
      let hint = Suggestions.closest(to: other, in: ["recommend", "why", "choose", "drop"]).first
      throw .domain(
        .spaceChoice(
          hint.map { Phrase("error.spaces.action.suggest", text: ["action": other, "name": $0]) }
            ?? Phrase("error.spaces.action", text: ["action": other])))
    }
  }

  static func usage(_ key: String) -> ShellError {
    .usage(Phrase(key), usage: spec.usage)
  }

  public var change: BrandChange? {
    switch action {
    case .choose(let platforms): return .chooseSpaces(platforms)
    case .drop(let platform): return .dropSpace(platform)
    default: return nil
    }
  }

  public var canonical: String {
    switch action {
    case .show: return "/spaces"
    case .recommend: return "/spaces recommend"
    case .why(let platform): return "/spaces why \(platform.rawValue)"
    case .choose(let platforms):
      return "/spaces choose " + platforms.map(\.rawValue).joined(separator: " ")
    case .drop(let platform): return "/spaces drop \(platform.rawValue)"
    }
  }

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let state = try session.requireBrand().state
    let width = session.environment.width
    let s = session.strings
    switch action {
    case .show: return CommandOutput(Self.show(state, s))
    case .recommend:
      return CommandOutput(
        Self.recommend(state, width: width, s), data: CommandData(PlanReport.spaces(state)))
    case .why(let platform): return CommandOutput(Self.why(platform, state, width: width, s))
    case .choose, .drop:
      guard let change else { return CommandOutput() }
      let (brand, notes) = try session.commit(change, canonical: canonical)
      return CommandOutput(
        Self.show(brand.state, s), notes: notes + Self.warnings(brand.state, after: action, s))
    }
  }

  static func show(_ state: BrandState, _ s: Strings) -> [String] {
    let name = state.name.value
    guard !state.spaces.isEmpty else {
      return [s("spaces.none", ["name": name])]
    }
    let hours = state.spaces.map { PlatformCatalog.entry($0).effort.hoursPerWeek }.reduce(0, +)
    var lines = [s("spaces.chosen.title", ["name": name])]
    for platform in state.spaces {
      let effort = PlatformCatalog.entry(platform).effort
      lines.append(
        "  " + TextWrap.pad(platform.rawValue, to: 11)
          + s(
            "spaces.chosen.effort",
            [
              "low": String(effort.postsPerWeek.lowerBound),
              "high": String(effort.postsPerWeek.upperBound),
              "hours": s.decimal(effort.hoursPerWeek),
            ]))
    }
    if let available = state.profile.hours {
      lines.append(
        s(
          "spaces.chosen.totalOf",
          ["hours": s.decimal(hours), "available": s.decimal(available)]))
    } else {
      lines.append(s("spaces.chosen.total", ["hours": s.decimal(hours)]))
    }
    return lines
  }

  static func recommend(_ state: BrandState, width: Int, _ s: Strings) -> [String] {
    let ranking = SpaceScoring.rank(state.profile)
    var lines: [String] = []
    let missing = state.profile.missingFields
    if !missing.isEmpty {
      lines.append(
        s(
          "spaces.recommend.incomplete",
          ["fields": missing.map(\.rawValue).joined(separator: ", ")]))
    }
    lines.append(s("spaces.recommend.title", ["name": state.name.value]))
    for (index, item) in ranking.enumerated() {
      let chosen = state.spaces.contains(item.platform) ? "  " + s("spaces.recommend.chosen") : ""
      lines.append(
        TextWrap.pad("\(index + 1).", to: 4) + TextWrap.pad(item.platform.rawValue, to: 11)
          + TextWrap.pad("\(item.score)", to: 5)
          + "\(s.decimal(item.hoursPerWeek)) h\(chosen)")
      for reason in item.notes.prefix(3) {
        lines += TextWrap.wrap(
          reason.render(s), width: width, firstIndent: "      · ", indent: "        ")
      }
    }
    let proposal = SpaceScoring.propose(ranking, hours: state.profile.hours)
    lines.append("")
    lines.append(
      s(
        "spaces.recommend.proposed",
        ["platforms": proposal.platforms.map(\.rawValue).joined(separator: ", ")]))
    lines += TextWrap.wrap(proposal.note.render(s), width: width)
    lines.append(
      s(
        "spaces.recommend.record",
        ["platforms": proposal.platforms.map(\.rawValue).joined(separator: " ")]))
    return lines
  }

  static func why(_ platform: Platform, _ state: BrandState, width: Int, _ s: Strings) -> [String] {
    let ranking = SpaceScoring.rank(state.profile)
    guard let index = ranking.firstIndex(where: { $0.platform == platform }) else { return [] }
    let item = ranking[index]
    var lines = [
      s(
        "spaces.why.title",
        [
          "platform": platform.displayName, "score": String(item.score),
          "rank": String(index + 1), "count": String(ranking.count), "name": state.name.value,
        ])
    ]
    var sum = 0.0
    for component in item.components {
      let weight = component.criterion.weight
      let points = weight * component.value * 100
      sum += points
      lines.append(
        "  \(TextWrap.pad(s("spaces.criterion.\(component.criterion.rawValue)"), to: 9)) "
          + s(
            "spaces.why.component",
            [
              "weight": String(Int(weight * 100)), "value": s.decimal(component.value),
              "points": s.decimal(points),
            ]))
      for reason in component.notes {
        lines += TextWrap.wrap(
          reason.render(s), width: width, firstIndent: "      · ", indent: "        ")
      }
    }
    var total = "  " + s("spaces.why.total", ["sum": s.decimal(sum)])
    if let reason = item.penaltyNote {
      lines += TextWrap.wrap(
        reason.render(s), width: width, firstIndent: "  " + s("spaces.why.penalty") + " ",
        indent: "    ")
      total += " × \(s.decimal(item.penalty))"
    }
    lines.append(total + " = \(item.score)")
    let effort = PlatformCatalog.entry(platform).effort
    lines.append(
      s(
        "spaces.why.effort",
        [
          "low": String(effort.postsPerWeek.lowerBound),
          "high": String(effort.postsPerWeek.upperBound), "hours": s.decimal(effort.hoursPerWeek),
          "source": effort.source.short,
        ]))
    return lines
  }

  static func warnings(_ state: BrandState, after action: Action, _ s: Strings) -> [String] {
    var warnings: [String] = []
    let needed = state.spaces.map { PlatformCatalog.entry($0).effort.hoursPerWeek }.reduce(0, +)
    if let hours = state.profile.hours, needed > hours {
      warnings.append(
        s(
          "spaces.warning.hours",
          ["needed": s.decimal(needed), "name": state.name.value, "hours": s.decimal(hours)]))
    }
    // The best-ranked platform left out is worth a warning, unless the brand's hours are what
    // leave it out (the proposal passes it over for one that fits, and says so).
    let ranking = SpaceScoring.rank(state.profile)
    if case .choose = action, let best = ranking.first, !state.spaces.contains(best.platform),
      SpaceScoring.propose(ranking, hours: state.profile.hours).platforms.contains(best.platform)
    {
      warnings.append(
        s(
          "spaces.warning.best",
          [
            "platform": best.platform.rawValue, "name": state.name.value,
            "score": String(best.score),
          ]))
    }
    return warnings
  }
}
