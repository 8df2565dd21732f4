import SMMCore

/// `/community`: step 3's community map — who gathers around the brand's field, what the brand
/// brings each community and what it brings back.
public struct CommunityCommand: BrandChangingCommand {
  static let actions = ["add", "show", "set", "remove"]

  public static let spec = CommandSpec(
    name: "community", aliases: ["communities"],
    usage:
      "/community [add NAME --platform P --type T | show NAME | set NAME FIELD VALUE | remove NAME]",
    examples: [
      "/community", "/community add \"Lyon food lovers\" --platform instagram --type place",
      "/community set \"Lyon food lovers\" gives \"recipes and early tastings\"",
    ],
    arguments: [
      ArgumentSpec("ACTION", .choice(actions), optional: true),
      ArgumentSpec("ARGUMENTS", .communityArgument, optional: true, rest: true),
    ],
    flags: [
      FlagSpec("--platform", values: Platform.allCases.map(\.rawValue)),
      FlagSpec(
        "--type",
        values: CommunityType.allCases.map(\.rawValue)),
    ],
    keywords: [
      "community", "communities", "audience", "ambassadors", "communaute", "communautes",
      "influencers",
    ])

  enum Action: Equatable {
    case list
    case show(String)
    case change(BrandChange)
  }

  let action: Action

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    let words = arguments.words
    guard let first = words.first?.lowercased() else {
      action = .list
      return
    }
    let rest = Array(words.dropFirst())
    switch first {
    case "add":
      let name = rest.joined(separator: " ")
      guard !name.isEmpty else {
        throw Self.usage("usage.community.add")
      }
      guard let platformID = arguments.options["--platform"] else {
        throw Self.usage("usage.community.platform", ["name": .text(name)])
      }
      guard let typeName = arguments.options["--type"], let type = CommunityType(rawValue: typeName)
      else {
        throw Self.usage(
          "usage.community.type",
          ["types": .text(CommunityType.allCases.map(\.rawValue).joined(separator: ", "))])
      }
      action = .change(.addCommunity(name, try DomainArguments.platform(platformID), type))
    case "show":
      guard !rest.isEmpty else { throw Self.usage("usage.community.show") }
      action = .show(rest.joined(separator: " "))
    case "remove":
      guard !rest.isEmpty else { throw Self.usage("usage.community.remove") }
      action = .change(.removeCommunity(rest.joined(separator: " ")))
    case "set":
      guard rest.count >= 3 else {
        throw Self.usage(
          "usage.community.set",
          ["fields": .text(Community.Field.allCases.map(\.rawValue).joined(separator: ", "))])
      }
      guard let field = Community.Field(rawValue: rest[1].lowercased()) else {
        let fields = Community.Field.allCases.map(\.rawValue)
        let values: [String: Phrase.Value] = [
          "field": .text(rest[1]), "fields": .text(fields.joined(separator: ", ")),
        ]
        guard let closest = Suggestions.closest(to: rest[1], in: fields).first else {
          throw Self.usage("usage.community.field", values)
        }
        throw Self.usage(
          "usage.community.field.suggest", values.merging(["name": .text(closest)]) { $1 })
      }
      action = .change(.setCommunity(rest[0], field, rest.dropFirst(2).joined(separator: " ")))
    default:
      throw .seeHelp(
        ShellError.noAction("community", first, among: Self.actions), command: "community")
    }
  }

  static func usage(_ key: String, _ values: [String: Phrase.Value] = [:]) -> ShellError {
    .seeHelp(Phrase(key, values), command: "community")
  }

  public var change: BrandChange? {
    if case .change(let change) = action { return change }
    return nil
  }

  public var canonical: String {
    switch action {
    case .list: return "/community"
    case .show(let name): return "/community show \(CommandText.quote(name))"
    case .change(let change):
      switch change {
      case .addCommunity(let name, let platform, let type):
        return
          "/community add \(CommandText.quote(name)) --platform \(platform.rawValue) --type \(type.rawValue)"
      case .setCommunity(let name, let field, let value):
        return
          "/community set \(CommandText.quote(name)) \(field.rawValue) \(CommandText.quote(value))"
      case .removeCommunity(let name): return "/community remove \(CommandText.quote(name))"
      default: return "/community"
      }
    }
  }

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let state = try session.requireBrand().state
    let width = session.environment.width
    let s = session.strings
    switch action {
    case .list: return CommandOutput(Self.list(state, width: width, s))
    case .show(let name):
      let index = try DomainArguments.domain { try state.communityIndex(name) }
      return CommandOutput(Self.show(state.communities[index], width: width, s))
    case .change(let change):
      let (brand, notes) = try session.commit(change, canonical: canonical)
      var lines: [String]
      switch change {
      case .addCommunity(let name, _, _), .setCommunity(let name, _, _):
        let community = brand.state.communities.first { $0.name.lowercased() == name.lowercased() }
        lines = community.map { Self.show($0, width: width, s) } ?? []
      case .removeCommunity(let name):
        lines = [s("community.removed", ["name": name])]
      default:
        lines = []
      }
      if !brand.state.spaces.isEmpty, case .addCommunity(_, let platform, _) = change,
        !brand.state.spaces.contains(platform)
      {
        lines.append(s("community.notChosen", ["platform": platform.rawValue]))
      }
      return CommandOutput(lines, notes: notes)
    }
  }

  static func show(_ community: Community, width: Int, _ s: Strings) -> [String] {
    var lines = [
      s(
        community.isMapped ? "community.show.titleMapped" : "community.show.title",
        [
          "name": community.name, "type": community.type.rawValue,
          "meaning": community.type.meaningPhrase.render(s),
          "platform": community.platform.displayName,
        ])
    ]
    let missing = s("community.show.missing")
    func field(_ name: String, _ value: String?) {
      lines += TextWrap.wrap(
        value.map { $0.isEmpty ? missing : $0 } ?? missing, width: width,
        firstIndent: "  " + TextWrap.pad(name, to: 8), indent: String(repeating: " ", count: 10))
    }
    field(
      "size",
      community.size.map { s("community.show.members", ["count": ShellError.format($0)]) })
    field("needs", community.needs)
    field("gives", community.gives)
    field("gets", community.gets)
    field("people", community.people.isEmpty ? nil : community.people.joined(separator: ", "))
    if !community.isMapped {
      lines.append(
        "  "
          + s(
            "community.show.toMap",
            [
              "missing": community.missingNotes.map { $0.render(s) }.joined(
                separator: s("list.separator"))
            ]))
    }
    return lines
  }

  static func list(_ state: BrandState, width: Int, _ s: Strings) -> [String] {
    var lines: [String] = []
    if state.communities.isEmpty {
      lines.append(s("community.list.none", ["name": state.name.value]))
    } else {
      let mapped = state.communities.filter(\.isMapped).count
      lines.append(
        s.format(
          "community.list.title",
          [
            "name": .text(state.name.value), "count": .number(state.communities.count),
            "mapped": .number(mapped),
          ]))
      let column = min(28, (state.communities.map { TextWidth.columns($0.name) }.max() ?? 0) + 2)
      for community in state.communities {
        lines.append(
          "  " + TextWrap.pad(community.name, to: column)
            + TextWrap.pad(community.platform.rawValue, to: 11)
            + TextWrap.pad(community.type.rawValue, to: 14)
            + (community.isMapped
              ? s("community.list.mapped")
              : s(
                "community.list.missing",
                [
                  "fields": community.missingFields.map(\.rawValue).joined(separator: ", ")
                ])))
      }
    }
    let suggestions = CommunitySuggestions.suggest(state)
    if !suggestions.isEmpty {
      lines.append(s("community.list.suggested"))
      for suggestion in suggestions.prefix(5) {
        lines += TextWrap.wrap(
          "/community add \(CommandText.quote(suggestion.name)) --platform \(suggestion.platform.rawValue) --type \(suggestion.type.rawValue) — \(suggestion.reason.render(s))",
          width: width, firstIndent: "  ", indent: "    ")
      }
    }
    return lines
  }
}
