import SMMCore

/// `/reply`: response-time targets, and the triage of a negative post with a first reply.
package struct ReplyCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "reply",
    usage: "/reply [targets | triage [--kind troll|rager|misguided|unhappy] [--platform P]]",
    examples: ["/reply targets", "/reply triage --kind misguided --platform x"],
    arguments: [ArgumentSpec("ACTION", .choice(["targets", "triage"]), optional: true)],
    flags: [
      FlagSpec("--kind", values: NegativePost.allCases.map(\.rawValue)),
      FlagSpec("--platform", values: Platform.allCases.map(\.rawValue)),
    ],
    keywords: [
      "reply", "answer", "respond", "negative", "troll", "complaint", "repondre", "reponse", "avis",
    ])

  let triage: Bool
  let kind: NegativePost?
  let platform: Platform?

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    switch arguments[0]?.lowercased() {
    case nil, "targets"?: triage = false
    case "triage"?: triage = true
    case let other?:
      throw .usage(
        ShellError.noAction(
          "reply", other, among: [],
          actions: .phrase(Phrase("usage.reply.actions"))),
        usage: Self.spec.usage)
    }
    kind = arguments.options["--kind"].flatMap(NegativePost.init(rawValue:))
    platform = arguments.options["--platform"].flatMap { Platform(id: $0) }
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let state = try context.requireState()
    let width = context.width
    let s = context.strings
    guard triage else { return .show(CommandOutput(Self.targets(state, width: width, s))) }
    let where_ = platform ?? state.spaces.first ?? .facebook
    if let kind {
      return .show(
        CommandOutput(Self.verdict(kind, state: state, platform: where_, width: width, s)))
    }
    let questions = [
      s("reply.triage.troll"),
      s("reply.triage.facts"),
      s("reply.triage.experience", ["name": state.name.value]),
      s("reply.triage.rant"),
    ]
    return .ask(
      ReplyTriageQuestions(
        questions: questions, state: state, platform: where_,
        droppedNote: s.guidance("reply.triage.dropped")),
      CommandOutput([s("reply.triage.intro", ["platform": where_.displayName]), questions[0]]))
  }

  static func verdict(
    _ kind: NegativePost, state: BrandState, platform: Platform, width: Int, _ s: Strings
  ) -> [String] {
    var lines = [s("reply.verdict.\(kind.rawValue)")]
    let sector = SectorKind.of(state)
    lines += TextWrap.wrap(
      kind.advice(confidential: sector?.isConfidential ?? false).render(s), width: width)
    if let sector, sector.isConfidential, kind != .troll {
      lines += TextWrap.wrap(s("reply.confidential.\(sector.rawValue)"), width: width)
    }
    if kind != .troll, let reviews = state.reviewsNote {
      lines += TextWrap.wrap(reviews.render(s), width: width)
    }
    if let reply = kind.fittedReply(
      brand: state.name.value, platform: platform, language: state.publishingLanguage,
      confidential: sector?.isConfidential ?? false)
    {
      let count = PlatformCounter.count(reply, on: platform)
      let limit = count.limit.map { "/\($0)" } ?? ""
      lines.append(
        s(
          "reply.verdict.first",
          [
            "platform": platform.displayName, "length": "\(count.length)\(limit)",
            "unit": s.unit(count.unit),
          ]))
      lines += TextWrap.wrap(reply, width: width, firstIndent: "  │ ", indent: "  │ ")
      if kind == .misguided { lines.append(s("reply.verdict.brackets")) }
      let target = ResponseTargets.target(kind == .unhappy ? .complaint : .criticism)
      let open = state.profile.open
      lines += TextWrap.wrap(
        s(
          open == nil ? "reply.verdict.within" : "reply.verdict.withinOpen",
          [
            "time": ResponseTargets.describe(minutes: target.minutes),
            "basis": target.basis.render(s),
            "hours": open?.text(in: s.language) ?? "",
          ]),
        width: width)
    }
    let audience = BrandAudience.of(state)
    lines += TextWrap.wrap(
      s.format(
        "reply.verdict.crisis",
        [
          "audience": .text(s.language.grouped(audience.wideReach)),
          "basis": .phrase(audience.basisPhrase),
        ]),
      width: width)
    return lines
  }

  /// What the targets say of the clock: counted in the opening hours, with the away message
  /// (in the brand's language) for outside them; for a small team without opening hours, a
  /// request to set them; otherwise that business hours do not pause the clock.
  static func clock(_ state: BrandState, width: Int, _ s: Strings) -> [String] {
    if let open = state.profile.open, let away = ResponseTargets.awayMessage(state) {
      return TextWrap.wrap(s("reply.targets.sameOpen"), width: width)
        + TextWrap.wrap(s("reply.targets.open", ["hours": open.text(in: s.language)]), width: width)
        + [s("reply.targets.away")]
        + TextWrap.wrap(away, width: width, firstIndent: "  │ ", indent: "  │ ")
    }
    if let team = state.profile.team, team.isSmall {
      return TextWrap.wrap(s("reply.targets.sameOpen"), width: width)
        + TextWrap.wrap(
          s("reply.targets.smallNoHours", ["people": String(team.people)]), width: width)
    }
    return TextWrap.wrap(s("reply.targets.same"), width: width)
  }

  static func targets(_ state: BrandState, width: Int, _ s: Strings) -> [String] {
    var lines = [s("reply.targets.title")]
    for kind in MessageKind.allCases {
      let target = ResponseTargets.target(kind)
      lines += TextWrap.wrap(
        target.basis.render(s), width: width,
        firstIndent: "  " + TextWrap.pad(kind.rawValue, to: 10) + s("reply.targets.within") + " "
          + TextWrap.pad(ResponseTargets.describe(minutes: target.minutes), to: 6),
        indent: String(repeating: " ", count: 25))
    }
    let platforms = state.spaces.isEmpty ? Platform.allCases : state.spaces
    lines.append(s("reply.targets.perPlatform"))
    let row = MessageKind.allCases.map {
      "\($0.rawValue) \(ResponseTargets.describe(minutes: ResponseTargets.target($0).minutes))"
    }.joined(separator: ", ")
    for platform in platforms {
      lines.append(
        "  " + TextWrap.pad(platform.rawValue, to: PlatformColumn.width(platforms)) + row)
    }
    lines += clock(state, width: width, s)
    return lines
  }

}
