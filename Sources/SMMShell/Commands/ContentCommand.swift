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
        throw Self.usage("usage.content.pillars")
      }
      action = .change(verb == "add" ? .addPillar(theme) : .removePillar(theme), guessed: nil)
    case "tone", "tones":
      guard let id = rest.first else {
        action = .tones
        return
      }
      let tone = rest.dropFirst().joined(separator: " ")
      guard !tone.isEmpty else {
        throw Self.usage("usage.content.tone")
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
          throw Self.usage("usage.content.tag")
        }
        action = .change(.tagMessage(id, tag), guessed: nil)
      default:
        throw Self.usage("usage.content.message")
      }
    case "messages":
      guard rest.isEmpty else { throw Self.usage("usage.content.messages") }
      action = .messages
    case "check":
      guard rest.isEmpty else { throw Self.usage("usage.content.check") }
      action = .check
    case "adapt":
      guard let idText = rest.first, let id = Int(idText) else {
        throw Self.usage("usage.content.adapt")
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
        throw Self.usage("usage.content.edit")
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
          "usage.content.mix",
          ["rules": .text(MixRule.allCases.map(\.rawValue).joined(separator: ", "))])
      }
      action = .change(.setMixRule(rule), guessed: nil)
    default:
      throw .seeHelp(
        ShellError.noAction("content", first, among: Self.actions, key: "usage.noPart"),
        command: "content")
    }
  }

  static func usage(_ key: String, _ values: [String: Phrase.Value] = [:]) -> ShellError {
    .seeHelp(Phrase(key, values), command: "content")
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
      case .addPillar(let theme): return "/content pillars add \(CommandText.quote(theme))"
      case .removePillar(let theme): return "/content pillars remove \(CommandText.quote(theme))"
      case .setTone(let platform, let tone):
        return "/content tone \(platform.rawValue) \(CommandText.quote(tone))"
      case .addMessage(let text, let tag):
        return "/content message add \(CommandText.quote(text)) --tag \(tag.rawValue)"
      case .tagMessage(let id, let tag): return "/content message tag \(id) \(tag.rawValue)"
      case .setMixRule(let rule): return "/content mix \(rule.rawValue)"
      case .adaptMessage(let id, let platforms):
        return (["/content adapt \(id)"] + platforms.map(\.rawValue)).joined(separator: " ")
      case .editVariant(let id, let platform, let text):
        return "/content edit \(id) \(platform.rawValue) \(CommandText.quote(text))"
      default: return "/content"
      }
    }
  }

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let state = try session.requireBrand().state
    let width = session.environment.width
    let s = session.strings
    switch action {
    case .overview: return CommandOutput(Self.overview(state, s))
    case .pillars: return CommandOutput(Self.pillars(state, s))
    case .tones: return CommandOutput(Self.tones(state, s))
    case .messages: return CommandOutput(Self.messages(state, width: width, s))
    case .showMix: return CommandOutput(Self.mix(state, s))
    case .check: return CommandOutput(Self.check(state, s))
    case .change(var change, let guessed):
      var canonical = self.canonical
      if case .adaptMessage(let id, let named) = change, named.isEmpty {
        // The chosen platforms now, written into the log so a replay adapts to the same ones.
        guard !state.spaces.isEmpty else {
          throw .domain(
            .invalidMessage(Phrase("error.content.adaptBeforeSpaces", ["id": .number(id)])))
        }
        change = .adaptMessage(id, state.spaces)
        canonical = (["/content adapt \(id)"] + state.spaces.map(\.rawValue)).joined(separator: " ")
      }
      let (brand, notes) = try session.commit(change, canonical: canonical)
      let next = brand.state
      var lines: [String]
      switch change {
      case .addPillar, .removePillar: lines = Self.pillars(next, s)
      case .setTone(let platform, let tone):
        lines = [s("content.tone.set", ["platform": platform.displayName, "tone": tone])]
      case .addMessage(_, let tag):
        let id = next.content.messages.last?.id ?? 0
        lines = [
          guessed.map {
            s(
              "content.message.addedGuessed",
              ["id": String(id), "tag": tag.rawValue, "word": $0])
          } ?? s("content.message.added", ["id": String(id), "tag": tag.rawValue])
        ]
      case .tagMessage(let id, let tag):
        lines = [s("content.message.tagged", ["id": String(id), "tag": tag.rawValue])]
      case .setMixRule: lines = Self.mix(next, s)
      case .adaptMessage(let id, let platforms):
        lines = Self.variants(next, id: id, platforms: platforms, width: width, s)
      case .editVariant(let id, let platform, _):
        lines = Self.variants(next, id: id, platforms: [platform], width: width, s)
        let count = next.content.message(id)?.variants[platform].map {
          PlatformCounter.count($0.text, on: platform)
        }
        if let count, !count.valid {
          return CommandOutput(
            lines,
            notes: notes + [
              s("content.edit.warning", ["problem": Self.problem(count, platform: platform, s)])
            ],
            command: canonical)
        }
      default: lines = []
      }
      var skipped: [String] = []
      if case .adaptMessage = change, state.spaces.isEmpty {
        skipped.append(s("content.adapt.noSpaces"))
      }
      return CommandOutput(lines, notes: notes + skipped, command: canonical)
    }
  }

  static func variants(
    _ state: BrandState, id: Int, platforms: [Platform], width: Int, _ s: Strings
  ) -> [String] {
    guard let message = state.content.message(id) else { return [] }
    var lines: [String] = []
    for platform in platforms {
      guard let variant = message.variants[platform] else { continue }
      let tone = state.content.tonePhrase(on: platform).render(s)
      if variant.parts.count > 1 {
        let counts = variant.parts.map { PlatformCounter.count($0, on: platform) }
        let valid = counts.allSatisfy(\.valid)
        let lengths = counts.map { String($0.length) }.joined(separator: ", ")
        let unit = s.unit(counts[0].unit)
        let lengthsText =
          counts[0].limit.map {
            s("content.variant.lengthsOf", ["lengths": lengths, "limit": String($0), "unit": unit])
          } ?? s("content.variant.lengths", ["lengths": lengths, "unit": unit])
        lines.append(
          s(
            valid ? "content.variant.thread" : "content.variant.threadInvalid",
            [
              "platform": platform.displayName, "tone": tone, "count": String(counts.count),
              "lengths": lengthsText,
            ]))
      } else {
        let count = PlatformCounter.count(variant.text, on: platform)
        let limit = count.limit.map { "/\($0)" } ?? ""
        lines.append(
          s(
            count.valid ? "content.variant.single" : "content.variant.singleInvalid",
            [
              "platform": platform.displayName, "tone": tone,
              "length": "\(count.length)\(limit)", "unit": s.unit(count.unit),
            ]))
      }
      if let title = variant.title {
        lines.append("  " + s("content.variant.title", ["title": title]))
      }
      for textLine in variant.text.split(separator: "\n", omittingEmptySubsequences: false) {
        lines += TextWrap.wrap(String(textLine), width: width, firstIndent: "  │ ", indent: "  │ ")
      }
      for change in variant.notes {
        lines += TextWrap.wrap(change.render(s), width: width, firstIndent: "  · ", indent: "    ")
      }
    }
    return lines
  }

  /// "X: 297/280, 17 over; 2 URLs counted 23 each".
  static func problem(_ count: TextCount, platform: Platform, _ s: Strings) -> String {
    var parts: [String] = []
    if let limit = count.limit, count.length > limit {
      parts.append(
        s(
          "content.problem.over",
          [
            "platform": platform.displayName, "length": String(count.length),
            "limit": String(limit), "over": String(count.length - limit),
          ]))
    }
    if let secondary = count.secondary, secondary.length > secondary.limit {
      parts.append(
        s(
          "content.problem.overUnit",
          [
            "platform": platform.displayName, "length": String(secondary.length),
            "limit": String(secondary.limit), "unit": s.unit(secondary.unit),
            "over": String(secondary.length - secondary.limit),
          ]))
    }
    if parts.isEmpty {
      parts.append(s("content.problem.invalid", ["platform": platform.displayName]))
    }
    // The counter's own "over the limit" note says what the first part already says.
    let notes = count.explanations.filter { $0.key != "counter.over" }.map { $0.render(s) }
    return (parts + notes).joined(separator: "; ")
  }

  static func check(_ state: BrandState, _ s: Strings) -> [String] {
    let messages = state.content.messages
    guard !messages.isEmpty else { return [s("content.messages.none")] }
    var problems: [String] = []
    var checked = 0
    for message in messages {
      for platform in message.variants.keys.sorted() {
        guard let variant = message.variants[platform] else { continue }
        checked += 1
        for part in variant.parts {
          let count = PlatformCounter.count(part, on: platform)
          if !count.valid {
            problems.append(
              s(
                "content.check.problem",
                ["id": String(message.id), "problem": Self.problem(count, platform: platform, s)]))
          }
        }
        if let title = variant.title, let count = PlatformCounter.countTitle(title, on: platform),
          !count.valid
        {
          problems.append(
            s(
              "content.check.title",
              [
                "id": String(message.id), "platform": platform.displayName,
                "length": String(count.length), "limit": String(count.limit ?? 0),
                "over": String(count.length - (count.limit ?? 0)),
              ]))
        }
      }
      let missing = state.spaces.filter { message.variants[$0] == nil }
      if !missing.isEmpty {
        problems.append(
          s(
            "content.check.noVariant",
            [
              "id": String(message.id),
              "platforms": missing.map(\.rawValue).joined(separator: ", "),
            ]
          ))
      }
    }
    var lines = [
      s.format(
        "content.check.summary",
        ["variants": .number(checked), "messages": .number(messages.count)])
    ]
    lines += problems.isEmpty ? ["  " + s("content.check.allValid")] : problems.map { "  - \($0)" }
    return lines
  }

  static func overview(_ state: BrandState, _ s: Strings) -> [String] {
    let content = state.content
    let labels = ["pillars", "messages", "mix", "tones"].map { s("content.overview.\($0)") }
    let column = (labels.map { TextWidth.columns($0) }.max() ?? 0) + 2
    func label(_ index: Int) -> String { "  " + TextWrap.pad(labels[index], to: column) }
    var lines = [s("content.overview.title", ["name": state.name.value])]
    lines.append(
      label(0)
        + (content.pillars.isEmpty
          ? s("content.overview.noPillars") : content.pillars.joined(separator: " · ")))
    lines.append(
      label(1) + "\(content.messages.count) "
        + (content.messages.isEmpty ? s("content.overview.addMessage") : "(/content messages)"))
    lines.append(label(2) + (content.mixRule?.rawValue ?? s("content.overview.noMix")))
    if !state.spaces.isEmpty {
      lines.append(
        label(3)
          + state.spaces.map { "\($0.rawValue): \(content.tonePhrase(on: $0).render(s))" }.joined(
            separator: "; "))
    }
    return lines
  }

  static func pillars(_ state: BrandState, _ s: Strings) -> [String] {
    let pillars = state.content.pillars
    guard !pillars.isEmpty else {
      return [s("content.pillars.none")]
    }
    var lines = [
      s(
        "content.pillars.title",
        [
          "name": state.name.value, "count": String(pillars.count),
          "min": String(EditorialLine.minimumPillars), "max": String(EditorialLine.maximumPillars),
        ])
    ]
    lines += pillars.enumerated().map { "  \($0.offset + 1). \($0.element)" }
    if pillars.count < EditorialLine.minimumPillars {
      lines.append(
        s.format(
          "content.pillars.more",
          ["count": .number(EditorialLine.minimumPillars - pillars.count)]))
    }
    return lines
  }

  static func tones(_ state: BrandState, _ s: Strings) -> [String] {
    let platforms = state.spaces.isEmpty ? Platform.allCases : state.spaces
    var lines = [s("content.tones.title")]
    for platform in platforms {
      let chosen = state.content.tones[platform] != nil ? "" : "  " + s("content.tones.default")
      lines.append(
        "  " + TextWrap.pad(platform.rawValue, to: 11)
          + state.content.tonePhrase(on: platform).render(s) + chosen)
    }
    return lines
  }

  static func messages(_ state: BrandState, width: Int, _ s: Strings) -> [String] {
    let messages = state.content.messages
    guard !messages.isEmpty else { return [s("content.messages.none")] }
    var lines: [String] = []
    for message in messages {
      let variants = message.variants.keys.sorted().map(\.rawValue)
      lines += TextWrap.wrap(
        message.text.replacingOccurrences(of: "\n", with: " ⏎ "), width: width,
        firstIndent: TextWrap.pad("\(message.id).", to: 4) + "[\(message.tag.rawValue)] ",
        indent: "    ")
      if !variants.isEmpty {
        lines.append(
          "    " + s("content.messages.variants", ["platforms": variants.joined(separator: ", ")]))
      }
    }
    return lines
  }

  static func mix(_ state: BrandState, _ s: Strings) -> [String] {
    let rule = state.content.mixRule ?? .thirds
    let mix = ContentMix.evaluate(state.content.messages, rule: rule)
    var lines = [
      s(
        state.content.mixRule == nil ? "content.mix.titleNoRule" : "content.mix.title",
        ["name": state.name.value, "rule": rule.rawValue])
    ]
    let counts = ContentTag.allCases.map { "\($0.rawValue) \(mix.counts[$0] ?? 0)" }
    lines.append("  " + s("content.mix.messages", ["counts": counts.joined(separator: ", ")]))
    for (group, share) in mix.groups {
      lines.append(
        "  " + TextWrap.pad(group.label.render(s), to: 38)
          + TextWrap.pad(
            s("content.percent", ["value": String(Int((share * 100).rounded()))]), to: 6)
          + s("content.mix.target", ["value": String(Int((group.target * 100).rounded()))]))
    }
    if state.content.messages.isEmpty {
      lines.append(s("content.messages.none"))
    } else if mix.advice.isEmpty {
      lines.append(s("content.mix.balanced", ["rule": rule.rawValue]))
    } else {
      lines += mix.adviceNotes.map { $0.render(s) }
    }
    lines.append(s("content.mix.source", ["source": rule.source]))
    return lines
  }
}
