import Foundation
import SMMCore

/// `/content`: step 2's editorial line — pillars, tone per platform, core messages, the mix.
public struct ContentCommand: BrandChangingCommand {
  static let actions = ["pillars", "tone", "message", "messages", "mix", "adapt", "edit", "check"]

  public static let spec = CommandSpec(
    name: "content",
    usage:
      "/content [pillars [add|remove THEME] | tone [PLATFORM TONE] | message add TEXT [--tag T] | message tag ID T | messages | mix [RULE]]",
    examples: [
      "/content", "/content pillars add \"bread know-how\"",
      "/content tone linkedin \"expert, warm\"",
      "/content message add \"How we bake sourdough in 24 hours\" --tag educational",
      "/content messages", "/content mix thirds", "/content check",
    ],
    arguments: [
      ArgumentSpec("ACTION", .choice(actions), optional: true),
      ArgumentSpec("ARGUMENTS", .contentArgument, optional: true, rest: true),
    ],
    flags: [FlagSpec("--tag", values: ContentTag.allCases.map(\.rawValue))],
    keywords: [
      "content", "message", "messages", "pillars", "tone", "mix", "contenu", "piliers", "ligne",
      "editoriale",
    ])

  enum Action: Equatable {
    case overview, pillars, tones, messages, showMix, check
    case change(BrandChange, guessed: String?)
  }

  let action: Action

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    let words = arguments.words
    guard let first = words.first?.lowercased() else {
      action = .overview
      return
    }
    let rest = Array(words.dropFirst())
    func platform(_ text: String) throws(ShellError) -> Platform {
      try DomainArguments.platform(text)
    }
    switch first {
    case "pillars", "pillar":
      guard let verb = rest.first?.lowercased() else {
        action = .pillars
        return
      }
      let theme = rest.dropFirst().joined(separator: " ")
      guard !theme.isEmpty, verb == "add" || verb == "remove" else {
        throw Self.usage(
          "/content pillars takes add THEME or remove THEME, e.g. /content pillars add \"bread know-how\""
        )
      }
      action = .change(verb == "add" ? .addPillar(theme) : .removePillar(theme), guessed: nil)
    case "tone", "tones":
      guard let id = rest.first else {
        action = .tones
        return
      }
      let tone = rest.dropFirst().joined(separator: " ")
      guard !tone.isEmpty else {
        throw Self.usage(
          "/content tone takes a platform and a tone, e.g. /content tone linkedin \"expert, warm\"")
      }
      action = .change(.setTone(try platform(id), tone), guessed: nil)
    case "message":
      switch rest.first?.lowercased() {
      case "add"?:
        let text = rest.dropFirst().joined(separator: " ")
        if let given = arguments.options["--tag"], let tag = ContentTag(rawValue: given) {
          action = .change(.addMessage(text, tag), guessed: nil)
        } else {
          let (tag, clue) = ContentTagGuess.guess(text)
          action = .change(.addMessage(text, tag), guessed: clue)
        }
      case "tag"?:
        guard rest.count == 3, let id = Int(rest[1]),
          let tag = ContentTag(rawValue: rest[2].lowercased())
        else {
          throw Self.usage(
            "/content message tag takes a message number and a tag (brand, educational, curated, conversation), e.g. /content message tag 2 educational"
          )
        }
        action = .change(.tagMessage(id, tag), guessed: nil)
      default:
        throw Self.usage(
          "/content message takes add TEXT or tag ID TAG, e.g. /content message add \"We bake every morning at 5\""
        )
      }
    case "messages":
      guard rest.isEmpty else { throw Self.usage("/content messages takes nothing after it") }
      action = .messages
    case "check":
      guard rest.isEmpty else { throw Self.usage("/content check takes nothing after it") }
      action = .check
    case "adapt":
      guard let idText = rest.first, let id = Int(idText) else {
        throw Self.usage(
          "/content adapt takes a message number and optionally platforms, e.g. /content adapt 2 linkedin x"
        )
      }
      var platforms: [Platform] = []
      for word in rest.dropFirst() {
        let platform = try platform(word)
        if !platforms.contains(platform) { platforms.append(platform) }
      }
      // Without platforms, the brand's chosen ones: resolved when run, recorded explicitly.
      action = .change(.adaptMessage(id, platforms), guessed: nil)
    case "edit":
      guard rest.count >= 3, let id = Int(rest[0]) else {
        throw Self.usage(
          "/content edit takes a message number, a platform and the new text, e.g. /content edit 2 x \"New text\""
        )
      }
      action = .change(
        .editVariant(id, try platform(rest[1]), rest.dropFirst(2).joined(separator: " ")),
        guessed: nil)
    case "mix":
      guard let name = rest.first else {
        action = .showMix
        return
      }
      guard rest.count == 1,
        let rule = MixRule(rawValue: name.lowercased().replacingOccurrences(of: "/", with: "-"))
      else {
        throw Self.usage(
          "/content mix takes a rule: \(MixRule.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      action = .change(.setMixRule(rule), guessed: nil)
    default:
      let hint =
        Suggestions.closest(to: first, in: Self.actions).first.map { " — did you mean \($0)? The" }
        ?? "; the"
      throw Self.usage(
        "/content has no part \"\(first)\"\(hint) parts are \(Self.actions.joined(separator: ", "))"
      )
    }
  }

  static func usage(_ message: String) -> ShellError {
    .seeHelp(message, command: "content")
  }

  public var change: BrandChange? {
    if case .change(let change, _) = action { return change }
    return nil
  }

  public var canonical: String {
    switch action {
    case .overview: return "/content"
    case .check: return "/content check"
    case .pillars: return "/content pillars"
    case .tones: return "/content tone"
    case .messages: return "/content messages"
    case .showMix: return "/content mix"
    case .change(let change, _):
      switch change {
      case .addPillar(let theme): return "/content pillars add \(ShellQuoting.quote(theme))"
      case .removePillar(let theme): return "/content pillars remove \(ShellQuoting.quote(theme))"
      case .setTone(let platform, let tone):
        return "/content tone \(platform.rawValue) \(ShellQuoting.quote(tone))"
      case .addMessage(let text, let tag):
        return "/content message add \(ShellQuoting.quote(text)) --tag \(tag.rawValue)"
      case .tagMessage(let id, let tag): return "/content message tag \(id) \(tag.rawValue)"
      case .setMixRule(let rule): return "/content mix \(rule.rawValue)"
      case .adaptMessage(let id, let platforms):
        return (["/content adapt \(id)"] + platforms.map(\.rawValue)).joined(separator: " ")
      case .editVariant(let id, let platform, let text):
        return "/content edit \(id) \(platform.rawValue) \(ShellQuoting.quote(text))"
      default: return "/content"
      }
    }
  }

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let state = try session.requireBrand().state
    let width = session.environment.width
    switch action {
    case .overview: return CommandOutput(Self.overview(state))
    case .pillars: return CommandOutput(Self.pillars(state))
    case .tones: return CommandOutput(Self.tones(state))
    case .messages: return CommandOutput(Self.messages(state, width: width))
    case .showMix: return CommandOutput(Self.mix(state))
    case .check: return CommandOutput(Self.check(state))
    case .change(var change, let guessed):
      var canonical = self.canonical
      if case .adaptMessage(let id, let named) = change, named.isEmpty {
        // The chosen platforms now, written into the log so a replay adapts to the same ones.
        guard !state.spaces.isEmpty else {
          throw .domain(
            .invalidMessage(
              "no platform chosen yet: name the platforms (/content adapt \(id) linkedin x) or choose them first (/spaces choose) — adapting before step 1 works, but step 1 is where the platforms come from"
            ))
        }
        change = .adaptMessage(id, state.spaces)
        canonical = (["/content adapt \(id)"] + state.spaces.map(\.rawValue)).joined(separator: " ")
      }
      let (brand, notes) = try session.commit(change, canonical: canonical)
      let next = brand.state
      var lines: [String]
      switch change {
      case .addPillar, .removePillar: lines = Self.pillars(next)
      case .setTone(let platform, let tone): lines = ["\(platform.displayName) tone: \(tone)."]
      case .addMessage(_, let tag):
        let id = next.content.messages.last?.id ?? 0
        lines = [
          "Message \(id) added, tagged \(tag.rawValue)"
            + (guessed.map {
              " (guessed from \"\($0)\"; /content message tag \(id) TAG changes it)"
            } ?? "") + "."
        ]
      case .tagMessage(let id, let tag): lines = ["Message \(id) is now tagged \(tag.rawValue)."]
      case .setMixRule: lines = Self.mix(next)
      case .adaptMessage(let id, let platforms):
        lines = Self.variants(next, id: id, platforms: platforms, width: width)
      case .editVariant(let id, let platform, _):
        lines = Self.variants(next, id: id, platforms: [platform], width: width)
        let count = next.content.message(id)?.variants[platform].map {
          PlatformCounter.count($0.text, on: platform)
        }
        if let count, !count.valid {
          return CommandOutput(
            lines,
            notes: notes + [
              "warning: \(Self.problem(count, platform: platform)); the variant is kept, /content check will flag it"
            ],
            command: canonical)
        }
      default: lines = []
      }
      var skipped: [String] = []
      if case .adaptMessage = change, state.spaces.isEmpty {
        skipped.append(
          "note: no platform is chosen yet (step 1): adapting to the platforms named; /spaces recommend helps choose"
        )
      }
      return CommandOutput(lines, notes: notes + skipped, command: canonical)
    }
  }

  static func variants(_ state: BrandState, id: Int, platforms: [Platform], width: Int) -> [String]
  {
    guard let message = state.content.message(id) else { return [] }
    var lines: [String] = []
    for platform in platforms {
      guard let variant = message.variants[platform] else { continue }
      let tone = state.content.tone(on: platform)
      if variant.parts.count > 1 {
        let counts = variant.parts.map { PlatformCounter.count($0, on: platform) }
        let valid = counts.allSatisfy(\.valid)
        let lengths = counts.map { String($0.length) }.joined(separator: ", ")
        let limit = counts[0].limit.map { " of \($0)" } ?? ""
        lines.append(
          "\(platform.displayName) (\(tone)) — thread of \(counts.count) parts: \(lengths)\(limit) \(counts[0].unit.noun), \(valid ? "each valid" : "NOT all valid"):"
        )
      } else {
        let count = PlatformCounter.count(variant.text, on: platform)
        let limit = count.limit.map { "/\($0)" } ?? ""
        lines.append(
          "\(platform.displayName) (\(tone)) — \(count.length)\(limit) \(count.unit.noun), \(count.valid ? "valid" : "NOT valid"):"
        )
      }
      if let title = variant.title { lines.append("  title: \(title)") }
      for textLine in variant.text.split(separator: "\n", omittingEmptySubsequences: false) {
        lines += TextWrap.wrap(String(textLine), width: width, firstIndent: "  │ ", indent: "  │ ")
      }
      for change in variant.changes {
        lines += TextWrap.wrap(change, width: width, firstIndent: "  · ", indent: "    ")
      }
    }
    return lines
  }

  /// "X: 297/280, 17 over; 2 URLs counted 23 each".
  static func problem(_ count: TextCount, platform: Platform) -> String {
    var parts: [String] = []
    if let limit = count.limit, count.length > limit {
      parts.append(
        "\(platform.displayName): \(count.length)/\(limit), \(count.length - limit) over")
    }
    if let secondary = count.secondary, secondary.length > secondary.limit {
      parts.append(
        "\(platform.displayName): \(secondary.length)/\(secondary.limit) \(secondary.unit.noun), \(secondary.length - secondary.limit) over"
      )
    }
    if parts.isEmpty { parts.append("\(platform.displayName): not valid") }
    // The counter's own "over the limit" note says what the first part already says.
    return (parts + count.notes.filter { !$0.hasPrefix("over ") }).joined(separator: "; ")
  }

  static func check(_ state: BrandState) -> [String] {
    let messages = state.content.messages
    guard !messages.isEmpty else { return ["No messages yet: /content message add TEXT."] }
    var problems: [String] = []
    var checked = 0
    for message in messages {
      for platform in message.variants.keys.sorted() {
        guard let variant = message.variants[platform] else { continue }
        checked += 1
        for part in variant.parts {
          let count = PlatformCounter.count(part, on: platform)
          if !count.valid {
            problems.append("message \(message.id), \(Self.problem(count, platform: platform))")
          }
        }
        if let title = variant.title, let count = PlatformCounter.countTitle(title, on: platform),
          !count.valid
        {
          problems.append(
            "message \(message.id), \(platform.displayName) title: \(count.length)/\(count.limit ?? 0), \((count.length) - (count.limit ?? 0)) over"
          )
        }
      }
      let missing = state.spaces.filter { message.variants[$0] == nil }
      if !missing.isEmpty {
        problems.append(
          "message \(message.id): no variant for \(missing.map(\.rawValue).joined(separator: ", ")) (/content adapt \(message.id))"
        )
      }
    }
    var lines = [
      "Checked \(checked) variant\(checked == 1 ? "" : "s") of \(messages.count) message\(messages.count == 1 ? "" : "s"):"
    ]
    lines += problems.isEmpty ? ["  all valid."] : problems.map { "  - \($0)" }
    return lines
  }

  static func overview(_ state: BrandState) -> [String] {
    let content = state.content
    var lines = ["Editorial line of \(state.name):"]
    lines.append(
      "  pillars   "
        + (content.pillars.isEmpty
          ? "— none yet (/content pillars add THEME)" : content.pillars.joined(separator: " · ")))
    lines.append(
      "  messages  \(content.messages.count)"
        + (content.messages.isEmpty ? " (/content message add TEXT)" : " (/content messages)"))
    lines.append(
      "  mix rule  " + (content.mixRule?.rawValue ?? "— none chosen (/content mix RULE)"))
    if !state.spaces.isEmpty {
      lines.append(
        "  tones     "
          + state.spaces.map { "\($0.rawValue): \(content.tone(on: $0))" }.joined(separator: "; "))
    }
    return lines
  }

  static func pillars(_ state: BrandState) -> [String] {
    let pillars = state.content.pillars
    guard !pillars.isEmpty else {
      return ["No pillars yet: /content pillars add THEME (3 to 5 themes)."]
    }
    var lines = [
      "Pillars of \(state.name) (\(pillars.count) of \(EditorialLine.minimumPillars)–\(EditorialLine.maximumPillars)):"
    ]
    lines += pillars.enumerated().map { "  \($0.offset + 1). \($0.element)" }
    if pillars.count < EditorialLine.minimumPillars {
      lines.append(
        "Add \(EditorialLine.minimumPillars - pillars.count) more for a complete editorial line.")
    }
    return lines
  }

  static func tones(_ state: BrandState) -> [String] {
    let platforms = state.spaces.isEmpty ? Platform.allCases : state.spaces
    var lines = ["Tone per platform (/content tone PLATFORM TONE changes one):"]
    for platform in platforms {
      let chosen = state.content.tones[platform] != nil ? "" : "  (default)"
      lines.append(
        "  " + TextWrap.pad(platform.rawValue, to: 11) + state.content.tone(on: platform) + chosen)
    }
    return lines
  }

  static func messages(_ state: BrandState, width: Int) -> [String] {
    let messages = state.content.messages
    guard !messages.isEmpty else { return ["No messages yet: /content message add TEXT."] }
    var lines: [String] = []
    for message in messages {
      let variants = message.variants.keys.sorted().map(\.rawValue)
      lines += TextWrap.wrap(
        message.text.replacingOccurrences(of: "\n", with: " ⏎ "), width: width,
        firstIndent: TextWrap.pad("\(message.id).", to: 4) + "[\(message.tag.rawValue)] ",
        indent: "    ")
      if !variants.isEmpty { lines.append("    variants: " + variants.joined(separator: ", ")) }
    }
    return lines
  }

  static func mix(_ state: BrandState) -> [String] {
    let rule = state.content.mixRule ?? .thirds
    let mix = ContentMix.evaluate(state.content.messages, rule: rule)
    var lines = [
      "Content mix of \(state.name) against \(rule.rawValue)\(state.content.mixRule == nil ? " (no rule chosen: /content mix RULE)" : ""):"
    ]
    let counts = ContentTag.allCases.map { "\($0.rawValue) \(mix.counts[$0] ?? 0)" }
    lines.append("  messages: " + counts.joined(separator: ", "))
    for (group, share) in mix.groups {
      lines.append(
        "  " + TextWrap.pad(group.name, to: 38)
          + TextWrap.pad("\(Int((share * 100).rounded()))%", to: 6)
          + "target \(Int((group.target * 100).rounded()))%")
    }
    if state.content.messages.isEmpty {
      lines.append("No messages yet: /content message add TEXT.")
    } else if mix.advice.isEmpty {
      lines.append("Balanced for \(rule.rawValue): the brand does not talk only about itself.")
    } else {
      lines += mix.advice
    }
    lines.append("Rule of thumb: \(rule.source).")
    return lines
  }
}
