import SMMCore

/// `/reply`: response-time targets, and the triage of a negative post with a first reply.
public struct ReplyCommand: ShellCommand {
  public static let spec = CommandSpec(
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

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    switch arguments[0]?.lowercased() {
    case nil, "targets"?: triage = false
    case "triage"?: triage = true
    case let other?:
      throw .usage(
        "/reply has no action \"\(other)\"; the actions are targets and triage",
        usage: Self.spec.usage)
    }
    kind = arguments.options["--kind"].flatMap(NegativePost.init(rawValue:))
    platform = arguments.options["--platform"].flatMap { Platform(id: $0) }
  }

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let state = try session.requireBrand().state
    let width = session.environment.width
    guard triage else { return CommandOutput(Self.targets(state, width: width)) }
    let where_ = platform ?? state.spaces.first ?? .facebook
    if let kind {
      return CommandOutput(Self.verdict(kind, state: state, platform: where_, width: width))
    }
    let questions = [
      "Is the author deliberately provoking or mocking (a troll)? yes or no",
      "Is the post wrong about the facts? yes or no",
      "Did the author have a bad experience with \(state.name)? yes or no",
      "Is it mostly an angry rant? yes or no",
    ]
    Self.ask(questions, answers: [], session: session, state: state, platform: where_, width: width)
    return CommandOutput([
      "Triage of a negative post on \(where_.displayName) — four questions.", questions[0],
    ])
  }

  static func ask(
    _ questions: [String], answers: [Bool], session: ShellSession, state: BrandState,
    platform: Platform, width: Int
  ) {
    session.ask(
      PendingQuestion(
        text: questions[answers.count],
        droppedNote: "note: the triage was left unfinished; /reply triage starts again"
      ) { answer, session throws(ShellError) in
        guard let yes = PendingQuestion.yesOrNo(answer) else {
          return .askAgain("Please answer yes or no.")
        }
        let all = answers + [yes]
        // Ask on while every answer so far is no: the first yes decides.
        if all.count < questions.count && !all.contains(true) {
          ask(
            questions, answers: all, session: session, state: state, platform: platform,
            width: width)
          return .settled(CommandOutput([questions[all.count]], command: "/reply triage"))
        }
        let kind = NegativePost.classify(
          troll: all[0], rager: all.count > 3 && all[3], wrongFacts: all.count > 1 && all[1],
          badExperience: all.count > 2 && all[2])
        guard let kind else {
          return .settled(
            CommandOutput(
              [
                "Not a negative post by these answers: answer it like any other message (/reply targets)."
              ],
              command: "/reply triage"))
        }
        return .settled(
          CommandOutput(
            verdict(kind, state: state, platform: platform, width: width),
            command: "/reply triage --kind \(kind.rawValue) --platform \(platform.rawValue)"))
      })
  }

  static func verdict(_ kind: NegativePost, state: BrandState, platform: Platform, width: Int)
    -> [String]
  {
    let what: [NegativePost: String] = [
      .troll: "a troll", .rager: "a rager", .misguided: "a misguided post (wrong facts)",
      .unhappy: "an unhappy customer",
    ]
    var lines = ["This is \(what[kind] ?? kind.rawValue)."]
    lines += TextWrap.wrap(kind.advice, width: width)
    if let reply = kind.fittedReply(brand: state.name.value, platform: platform) {
      let count = PlatformCounter.count(reply, on: platform)
      let limit = count.limit.map { "/\($0)" } ?? ""
      lines.append(
        "A first reply for \(platform.displayName) (\(count.length)\(limit) \(count.unit.noun)):")
      lines += TextWrap.wrap(reply, width: width, firstIndent: "  │ ", indent: "  │ ")
      if kind == .misguided { lines.append("Fill in the [brackets] before posting.") }
      let target = ResponseTargets.target(kind == .unhappy ? .complaint : .criticism)
      lines += TextWrap.wrap(
        "Answer within \(ResponseTargets.describe(minutes: target.minutes)): \(target.basis).",
        width: width)
    }
    lines += TextWrap.wrap(
      "It becomes a crisis (step 4) when mentions reach 3× their usual hourly volume, about 10,000 people have seen it, or the claim is true and someone was harmed.",
      width: width)
    return lines
  }

  static func targets(_ state: BrandState, width: Int) -> [String] {
    var lines = ["How fast to answer, by kind of message:"]
    for kind in MessageKind.allCases {
      let target = ResponseTargets.target(kind)
      lines += TextWrap.wrap(
        target.basis, width: width,
        firstIndent: "  " + TextWrap.pad(kind.rawValue, to: 10) + "within "
          + TextWrap.pad(ResponseTargets.describe(minutes: target.minutes), to: 6),
        indent: String(repeating: " ", count: 25))
    }
    let platforms = state.spaces.isEmpty ? Platform.allCases : state.spaces
    lines.append("Per platform:")
    let row = MessageKind.allCases.map {
      "\($0.rawValue) \(ResponseTargets.describe(minutes: ResponseTargets.target($0).minutes))"
    }.joined(separator: ", ")
    for platform in platforms {
      lines.append("  " + TextWrap.pad(platform.rawValue, to: 11) + row)
    }
    lines += TextWrap.wrap(
      "The targets are the same on every platform: the surveys measure what people expect from a brand, not per network. Business hours do not pause the clock on social media.",
      width: width)
    return lines
  }
}
