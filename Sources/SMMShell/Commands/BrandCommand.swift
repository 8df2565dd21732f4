import SMMCore

/// `/brand` shows the brand profile and what is missing; `/brand set FIELD VALUE…` sets a field.
package struct BrandCommand: PrintedCommand {
  package static let spec = CommandSpec(
    name: "brand", aliases: ["profile-brand"],
    usage: "/brand [set FIELD VALUE…]",
    examples: [
      "/brand", "/brand set market b2c", "/brand set ages 25-34,35-44",
      "/brand set sector \"artisan bakery\"", "/brand set countries FR,CH", "/brand set team 2",
      "/brand set open \"Mon-Fri 09:00-18:00\"",
    ],
    arguments: [
      ArgumentSpec("set", .choice(["set"]), optional: true),
      ArgumentSpec("FIELD", .profileField, optional: true),
      ArgumentSpec("VALUE", .profileValue, optional: true, rest: true),
    ],
    keywords: [
      "brand", "profile", "market", "audience", "goals", "hours", "sector", "marque", "profil",
      "cible", "objectifs",
    ])

  let value: ProfileValue?

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    guard let action = arguments[0] else {
      value = nil
      return
    }
    guard action.lowercased() == "set" else {
      throw .domain(
        .invalidProfileValue(
          field: "action", value: action,
          reason: Phrase("error.brand.action")))
    }
    guard let fieldText = arguments[1] else {
      throw .usage(Phrase("usage.brand.set"), usage: Self.spec.usage)
    }
    guard let text = arguments[2] else {
      let field = try DomainArguments.profileField(fieldText)
      let allowed = field.allowedValues
      let example =
        allowed.isEmpty ? "…" : allowed.prefix(3).joined(separator: field.isList ? "," : "|")
      throw .usage(
        Phrase("usage.brand.value", text: ["field": field.rawValue, "example": example]),
        usage: Self.spec.usage)
    }
    let field = try DomainArguments.profileField(fieldText)
    value = try DomainArguments.domain { try ProfileValue.parse(field, text) }
  }

  package var change: BrandChange? { value.map { .setProfile($0) } }
  package var canonicalArguments: ParsedArguments {
    ParsedArguments(value.map { ["set", $0.field.rawValue, $0.canonicalText] } ?? [])
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let strings = context.strings
    guard let value else {
      return .show(CommandOutput(Self.show(try context.requireState(), strings)))
    }
    return .change(
      ProposedChange(.setProfile(value), canonical: canonical) {
        Self.setView($0.state, value, strings)
      })
  }

  /// What `/brand set` shows: the field set, then what the profile still lacks.
  static func setView(_ state: BrandState, _ value: ProfileValue, _ strings: Strings)
    -> CommandOutput
  {
    var lines = [
      strings(
        "brand.set.done",
        [
          "brand": state.name.value, "field": PlanLabels(strings).field(value.field),
          "value": PlanLabels(strings).value(value),
        ])
    ]
    if case .hours(let hours) = value, !state.spaces.isEmpty {
      lines.append(hoursLine(state, hours, strings))
    }
    let missing = state.profile.missingFields
    if missing.isEmpty {
      // Once the platforms are chosen, recommending them is behind: the guide's hint says
      // what comes next.
      lines.append(
        state.spaces.isEmpty
          ? strings.guidance("brand.set.complete") : strings("brand.set.completeChosen"))
    } else {
      lines.append(
        strings(
          "brand.set.missing", ["fields": PlanLabels(strings).fields(missing)]))
    }
    return CommandOutput(lines)
  }

  /// Whether the plan fits `hours` a week once platforms are chosen: what the platforms and
  /// the engagement plan need, said against the hours set.
  static func hoursLine(_ state: BrandState, _ hours: Double, _ strings: Strings) -> String {
    let platforms = state.spaces.map { PlatformCatalog.entry($0).effort.hoursPerWeek }
      .reduce(0, +)
    let needed = ((platforms + (state.engagement?.hoursPerWeek ?? 0)) * 10).rounded() / 10
    return strings.format(
      needed <= hours + 0.05 ? "brand.set.hoursFit" : "brand.set.hoursShort",
      ["needed": .decimal(needed), "hours": .decimal(hours)])
  }

  /// The profile, one field a line, missing ones marked.
  static func show(_ state: BrandState, _ strings: Strings) -> [String] {
    let profile = state.profile
    func text(_ field: ProfileField) -> String {
      switch field {
      case .name: return state.name.value
      case .sector: return profile.sector ?? ""
      case .market: return profile.market?.rawValue ?? ""
      case .ages: return profile.ages.map(\.rawValue).joined(separator: ",")
      case .goals: return profile.goals.map(\.rawValue).joined(separator: ",")
      case .hours:
        return profile.hours.map {
          strings("brand.show.hours", ["hours": ProfileValue.format($0)])
        } ?? ""
      case .formats: return profile.formats.map(\.rawValue).joined(separator: ",")
      case .reach: return profile.reach?.rawValue ?? ""
      case .countries: return profile.countries.joined(separator: ",")
      case .languages: return profile.languages.joined(separator: ",")
      case .xPremium: return profile.xPremium == true ? "yes" : "no"
      case .team:
        return profile.team.map {
          strings.format("brand.show.team", ["count": .number($0.people)])
        } ?? strings("brand.show.teamNone")
      case .open:
        return profile.open.map { $0.text(in: strings.language) } ?? strings("brand.show.openNone")
      }
    }
    var lines = [strings("brand.show.title", ["name": state.name.value])]
    // The X Premium setting only matters once the brand is on X (or has said it pays).
    let showsPremium = state.spaces.contains(.x) || profile.xPremium == true
    for field in ProfileField.allCases where field != .xPremium || showsPremium {
      let value = text(field)
      lines.append(
        "  " + TextWrap.pad(field.rawValue, to: 11)
          + (value.isEmpty ? strings("brand.show.missingField") : value))
    }
    let missing = profile.missingFields
    lines.append(
      missing.isEmpty
        ? strings.guidance("brand.show.complete")
        : strings.guidance(
          "brand.show.missing", ["fields": PlanLabels(strings).fields(missing)]))
    return lines
  }
}
