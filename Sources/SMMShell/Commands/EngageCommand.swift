import SMMCore

/// `/engage`: the engagement plan (create, share, spread per community), its time against the
/// brand's hours, and the balance check.
public struct EngageCommand: BrandChangingCommand {
  public static let spec = CommandSpec(
    name: "engage",
    usage: "/engage [plan | balance | owner COMMUNITY KIND NAME]",
    examples: ["/engage plan", "/engage", "/engage balance"],
    arguments: [
      ArgumentSpec("ACTION", .choice(["plan", "balance", "owner"]), optional: true),
      ArgumentSpec("ARGUMENTS", .communityArgument, optional: true, rest: true),
    ],
    keywords: [
      "engage", "engagement", "plan", "balance", "actions", "animer", "engagement", "equilibre",
    ])

  enum Action: Equatable {
    case show, balance
    case change(BrandChange)
  }

  let action: Action

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    let words = arguments.words
    switch words.first?.lowercased() {
    case nil: action = .show
    case "plan"?:
      guard words.count == 1 else { throw Self.usage("usage.engage.plan") }
      action = .change(.planEngagement)
    case "balance"?:
      guard words.count == 1 else { throw Self.usage("usage.engage.balance") }
      action = .balance
    case "owner"?:
      guard words.count >= 4, let kind = EngagementKind(rawValue: words[2].lowercased()) else {
        throw Self.usage("usage.engage.owner")
      }
      action = .change(
        .setEngagementOwner(words[1], kind, words.dropFirst(3).joined(separator: " ")))
    case let other?:
      throw .seeHelp(
        ShellError.noAction(
          "engage", other, among: ["plan", "balance", "owner"],
          actions: .phrase(Phrase("usage.engage.actions"))),
        command: "engage")
    }
  }

  static func usage(_ key: String, _ values: [String: Phrase.Value] = [:]) -> ShellError {
    .seeHelp(Phrase(key, values), command: "engage")
  }

  public var change: BrandChange? {
    if case .change(let change) = action { return change }
    return nil
  }

  public var canonical: String {
    switch action {
    case .show: return "/engage"
    case .balance: return "/engage balance"
    case .change(let change):
      if case .setEngagementOwner(let name, let kind, let owner) = change {
        return
          "/engage owner \(CommandText.quote(name)) \(kind.rawValue) \(CommandText.quote(owner))"
      }
      return "/engage plan"
    }
  }

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let state = try session.requireBrand().state
    let width = session.environment.width
    let s = session.strings
    switch action {
    case .show: return CommandOutput(Self.show(state, width: width, s))
    case .balance: return CommandOutput(Self.balance(state, width: width, s))
    case .change(let change):
      let (brand, notes) = try session.commit(change, canonical: canonical)
      return CommandOutput(Self.show(brand.state, width: width, s), notes: notes)
    }
  }

  static func show(_ state: BrandState, width: Int, _ s: Strings) -> [String] {
    guard let plan = state.engagement else {
      return [s("engage.none")]
    }
    var lines = [s("engage.title", ["name": state.name.value])]
    var current = ""
    for action in plan.actions {
      if action.community != current {
        current = action.community
        lines.append("  \(current):")
      }
      lines += TextWrap.wrap(
        s(
          "engage.action",
          [
            "kind": action.kind.rawValue, "perMonth": String(action.perMonth),
            "minutes": String(action.minutesEach), "owner": action.owner,
            "what": action.task.render(s),
          ]), width: width, firstIndent: "    - ", indent: "      ")
    }
    let spaces = state.spaces.map { PlatformCatalog.entry($0).effort.hoursPerWeek }.reduce(0, +)
    var time = s("engage.time", ["hours": s.decimal(plan.hoursPerWeek)])
    if !state.spaces.isEmpty {
      time += " + " + s("engage.time.platforms", ["hours": s.decimal(spaces)])
    }
    if let hours = state.profile.hours {
      let total = plan.hoursPerWeek + spaces
      time +=
        s("engage.time.available", ["total": s.decimal(total), "hours": s.decimal(hours)])
      if total > hours + 0.05 {
        time += " — " + s("engage.time.over", ["hours": s.decimal(total - hours)])
      }
    }
    lines.append(time + ".")
    lines += plan.notes.map { $0.render(s) }
    return lines
  }

  static func balance(_ state: BrandState, width: Int, _ s: Strings) -> [String] {
    let balance = EngagementBalance.check(state)
    guard let change = balance.changeNote?.render(s) else {
      return [s("engage.balanced")]
    }
    var lines = [s("engage.balance.title", ["name": state.name.value])]
    for finding in balance.findingNotes {
      lines += TextWrap.wrap(finding.render(s), width: width, firstIndent: "  - ", indent: "    ")
    }
    lines += TextWrap.wrap(s("engage.balance.change", ["change": change]), width: width)
    return lines
  }
}
