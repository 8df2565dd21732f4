import SMMCore

/// `/profile`: build the brand's profile on each chosen platform, and check them together.
public struct ProfileCommand: BrandChangingCommand {
  public static let spec = CommandSpec(
    name: "profile",
    usage: "/profile PLATFORM [set FIELD TEXT…] | /profile check",
    examples: ["/profile check"],
    arguments: [
      ArgumentSpec("PLATFORM", .platformOr(["check"])),
      ArgumentSpec("set", .choice(["set"]), optional: true),
      ArgumentSpec("FIELD", .platformProfileField, optional: true),
      ArgumentSpec("TEXT", .text, optional: true, rest: true),
    ],
    keywords: [
      "profile", "bio", "handle", "avatar", "profil", "biographie", "identity", "identite",
    ])

  enum Action: Equatable {
    case show(Platform)
    case check
    case setText(Platform, String, String)
    case setDone(Platform, String, Bool)
  }

  let action: Action

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    let target = arguments[0] ?? ""
    if target.lowercased() == "check" {
      guard arguments.values.count == 1 else {
        throw .wrongArgumentCount(
          command: "profile", got: arguments.values.count, minimum: 1, maximum: 1,
          usage: "/profile check")
      }
      action = .check
      return
    }
    let platform = try DomainArguments.platform(target)
    guard let verb = arguments[1] else {
      action = .show(platform)
      return
    }
    guard verb.lowercased() == "set", let key = arguments[2] else {
      throw .usage(
        Phrase("usage.profile.set", text: ["platform": platform.rawValue]), usage: Self.spec.usage)
    }
    let rule = try DomainArguments.domain { try BrandState.rule(platform, key.lowercased()) }
    let text = arguments[3] ?? ""
    switch rule.kind {
    case .done:
      guard let done = Affirmation.read(text)
      else {
        throw .domain(
          .invalidProfileText(
            Phrase(
              "error.profileText.yesOrNo", text: ["platform": platform.rawValue, "key": rule.key])))
      }
      action = .setDone(platform, rule.key, done)
    case .text:
      guard !text.isEmpty else {
        throw .domain(
          .invalidProfileText(
            Phrase(
              "error.profileText.missing", text: ["platform": platform.rawValue, "key": rule.key])))
      }
      action = .setText(platform, rule.key, text)
    }
  }

  public var change: BrandChange? {
    switch action {
    case .setText(let platform, let key, let text):
      return .setProfileText(platform, key: key, text: text)
    case .setDone(let platform, let key, let done):
      return .setProfileDone(platform, key: key, done: done)
    default: return nil
    }
  }

  public var canonical: String {
    switch action {
    case .show(let platform): return "/profile \(platform.rawValue)"
    case .check: return "/profile check"
    case .setText(let platform, let key, let text):
      return "/profile \(platform.rawValue) set \(key) \(CommandText.quote(text))"
    case .setDone(let platform, let key, let done):
      return "/profile \(platform.rawValue) set \(key) \(done ? "yes" : "no")"
    }
  }

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let state = try session.requireBrand().state
    let width = session.environment.width
    let s = session.strings
    switch action {
    case .show(let platform):
      return CommandOutput(Self.show(platform, state, width: width, s))
    case .check:
      return CommandOutput(Self.check(state, width: width, s))
    case .setText(let platform, _, _), .setDone(let platform, _, _):
      guard let change else { return CommandOutput() }
      let (brand, notes) = try session.commit(change, canonical: canonical)
      let check = ProfileCheck.run(brand.state).completeness.first { $0.platform == platform }
      var lines = [
        s("profile.set.title", ["platform": platform.displayName, "what": describe(action, s)])
      ]
      if let check {
        lines.append(
          check.missing.isEmpty
            ? s("profile.set.complete", ["platform": platform.displayName])
            : s(
              "profile.set.progress",
              [
                "filled": String(check.filled), "total": String(check.total),
                "fields": check.missing.joined(separator: ", "),
              ]))
      }
      return CommandOutput(lines, notes: notes)
    }
  }

  private func describe(_ action: Action, _ s: Strings) -> String {
    switch action {
    case .setText(let platform, let key, let text):
      if let rule = try? BrandState.rule(platform, key),
        case .text(let limit?, let unit) = rule.kind
      {
        return s(
          "profile.set.textCounted",
          [
            "key": key, "count": String(TextLength.count(text, in: unit)),
            "limit": String(limit), "unit": s.unit(unit),
          ])
      }
      return s("profile.set.text", ["key": key])
    case .setDone(_, let key, let done):
      return s(done ? "profile.set.done" : "profile.set.notDone", ["key": key])
    default: return ""
    }
  }

  static func show(_ platform: Platform, _ state: BrandState, width: Int, _ s: Strings)
    -> [String]
  {
    let entry = PlatformCatalog.entry(platform)
    let profile = state.profiles[platform] ?? PlatformProfile()
    var lines = [
      s("profile.show.title", ["platform": platform.displayName, "name": state.name.value])
    ]
    if !state.spaces.contains(platform) {
      lines.append(s("profile.show.notChosen", ["platform": platform.rawValue]))
    }
    let column = (entry.profileFields.map { $0.key.count }.max() ?? 0) + 2
    for rule in entry.profileFields {
      let head = "  " + TextWrap.pad(rule.key, to: column)
      switch rule.kind {
      case .done:
        let done = profile.done[rule.key] == true
        lines.append(
          head + s(done ? "profile.show.done" : "profile.show.notDone")
            + "  (\(rule.label(in: s.language)); /profile \(platform.rawValue) set \(rule.key) yes)"
        )
      case .text(let limit, let unit):
        let text = profile.texts[rule.key]
        let count = text.map { TextLength.count($0, in: unit) } ?? 0
        let limitText =
          limit.map {
            s(
              "profile.show.limit",
              ["count": String(count), "limit": String($0), "unit": s.unit(unit)])
          } ?? s("profile.show.noLimit", ["count": String(count), "unit": s.unit(unit)])
        lines += TextWrap.wrap(
          (text ?? s("profile.show.empty")) + "  [\(rule.label(in: s.language)): \(limitText)]",
          width: width,
          firstIndent: head, indent: String(repeating: " ", count: column + 2))
      }
    }
    if (profile.texts["bio"] ?? "").isEmpty,
      let bio = BioSuggestion.suggest(for: state, on: platform)
    {
      lines += TextWrap.wrap(s("profile.show.suggested", ["bio": bio]), width: width)
      lines.append(
        s(
          "profile.show.useIt",
          ["command": "/profile \(platform.rawValue) set bio \(CommandText.quote(bio))"]))
    }
    return lines
  }

  static func check(_ state: BrandState, width: Int, _ s: Strings) -> [String] {
    guard !state.spaces.isEmpty else {
      return [s("profile.check.none")]
    }
    let check = ProfileCheck.run(state)
    var lines = [s("profile.check.title", ["name": state.name.value])]
    for item in check.completeness {
      let status =
        item.missing.isEmpty
        ? s("profile.check.complete")
        : s("profile.check.missing", ["fields": item.missing.joined(separator: ", ")])
      lines.append(
        "  " + TextWrap.pad(item.platform.rawValue, to: 11)
          + "\(item.filled)/\(item.total)  \(status)")
    }
    if check.issues.isEmpty {
      lines.append(s("profile.check.consistent"))
    } else {
      lines.append(s("profile.check.identity"))
      for issue in check.issues {
        lines += TextWrap.wrap(issue.render(s), width: width, firstIndent: "  - ", indent: "    ")
      }
    }
    return lines
  }
}
