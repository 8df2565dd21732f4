import SMMCore

/// `/profile`: build the brand's profile on each chosen platform, and check them together. A
/// group: `check`, or a platform's profile shown or filled.
package enum ProfileCommand: CommandGroup {
  package static let spec = CommandSpec(
    name: "profile",
    usage: "/profile PLATFORM [set FIELD TEXT…] | /profile check",
    examples: ["/profile check"],
    keywords: [
      "profile", "bio", "handle", "avatar", "profil", "biographie", "identity", "identite",
    ],
    subcommands: [ProfileCheckCommand.self],
    defaultSubcommand: ProfilePlatformCommand.self, defaultTakesWords: true)
}

/// `/profile check`: every chosen platform's profile, checked together.
package struct ProfileCheckCommand: ShellCommand {
  package static let spec = CommandSpec(
    path: ["profile", "check"], usage: "/profile check", examples: ["/profile check"])

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    .show(
      CommandOutput(
        ProfileCheckView.lines(try context.requireState(), width: context.width, context.strings)
      ))
  }
}

/// `/profile PLATFORM [set FIELD TEXT…]`: a platform's profile, or one of its fields filled.
package struct ProfilePlatformCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["profile"],
    usage: "/profile PLATFORM [set FIELD TEXT…] | /profile check",
    examples: ["/profile instagram", "/profile instagram set bio \"Sourdough, baked daily\""],
    arguments: [
      ArgumentSpec("PLATFORM", .platform),
      ArgumentSpec("set", .choice(["set"]), optional: true),
      ArgumentSpec("FIELD", .platformProfileField, optional: true),
      ArgumentSpec("TEXT", .text, optional: true, rest: true),
    ])

  enum Action: Equatable {
    case show(Platform)
    case setText(Platform, String, String)
    case setDone(Platform, String, Bool)
  }

  let action: Action

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    let target = arguments[0] ?? ""
    let platform = try DomainArguments.platform(target)
    guard let verb = arguments[1] else {
      action = .show(platform)
      return
    }
    guard verb.lowercased() == "set", let key = arguments[2] else {
      throw .usage(
        Phrase("usage.profile.set", text: ["platform": platform.rawValue]), usage: Self.spec.usage)
    }
    let text = arguments[3] ?? ""
    // `/profile mastodon set server-limit 1000`: the brand's own post limit there.
    if let setting = PlatformCatalog.entry(platform).post.text.setting,
      key.lowercased() == setting
    {
      let limit = try DomainArguments.domain { try BrandLimits.setting(text, on: platform) }
      action = .setText(platform, setting, String(limit))
      return
    }
    let rule = try DomainArguments.domain { try BrandState.rule(platform, key.lowercased()) }
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

  package var change: BrandChange? {
    switch action {
    case .setText(let platform, let key, let text):
      return .setProfileText(platform, key: key, text: text)
    case .setDone(let platform, let key, let done):
      return .setProfileDone(platform, key: key, done: done)
    default: return nil
    }
  }

  package var canonicalArguments: ParsedArguments {
    switch action {
    case .show(let platform): return ParsedArguments([platform.rawValue])
    case .setText(let platform, let key, let text):
      return ParsedArguments([platform.rawValue, "set", key, text])
    case .setDone(let platform, let key, let done):
      return ParsedArguments([platform.rawValue, "set", key, done ? "yes" : "no"])
    }
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let state = try context.requireState()
    let s = context.strings
    switch action {
    case .show(let platform):
      return .show(CommandOutput(ProfileView.lines(platform, state, width: context.width, s)))
    case .setText(let platform, _, _), .setDone(let platform, _, _):
      let title = s(
        "profile.set.title", ["platform": platform.displayName, "what": describe(action, s)])
      return try proposal(context) { brand in
        let check = ProfileCheck.run(brand.state).completeness.first { $0.platform == platform }
        var lines = [title]
        if let check {
          lines.append(
            check.missing.isEmpty
              ? s.guidance("profile.set.complete", ["platform": platform.displayName])
              : s(
                "profile.set.progress",
                [
                  "filled": String(check.filled), "total": String(check.total),
                  "fields": check.missing.map { Self.label(platform, $0, s) }
                    .joined(separator: ", "),
                ]))
        }
        return CommandOutput(lines)
      }
    }
  }

  /// A field's label on `platform` in the reader's language ("Cover photo", « Photo de
  /// couverture »), its key when the platform has no such field.
  static func label(_ platform: Platform, _ key: String, _ s: Strings) -> String {
    PlatformCatalog.entry(platform).profileFields.first { $0.key == key }?
      .label(in: s.language) ?? key
  }

  private func describe(_ action: Action, _ s: Strings) -> String {
    switch action {
    case .setText(let platform, let key, let text)
    where key == PlatformCatalog.entry(platform).post.text.setting:
      return s("profile.set.serverLimit", ["platform": platform.displayName, "limit": text])
    case .setText(let platform, let key, let text):
      if let rule = try? BrandState.rule(platform, key),
        case .text(let limit?, let unit) = rule.kind
      {
        return s(
          "profile.set.textCounted",
          [
            "key": Self.label(platform, key, s), "count": String(TextLength.count(text, in: unit)),
            "limit": String(limit), "unit": s.unit(unit),
          ])
      }
      return s("profile.set.text", ["key": Self.label(platform, key, s)])
    case .setDone(let platform, let key, let done):
      return s(
        done ? "profile.set.done" : "profile.set.notDone", ["key": Self.label(platform, key, s)])
    default: return ""
    }
  }
}
