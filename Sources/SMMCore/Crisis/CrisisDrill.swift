/// A crisis drill: a scripted incident for one risk, generated from a seed (so a drill replays
/// exactly), played in accelerated time — every decision costs simulated minutes — and
/// debriefed: time to first response against the target, triage and strategy fit, statements
/// valid per channel, and what to fix in the playbook.
public enum CrisisDrill {
  /// The incident the team faces.
  public struct Scenario: Equatable, Sendable {
    /// The risk rehearsed.
    public var risk: CrisisRisk
    /// The seed it was generated from.
    public var seed: UInt64
    /// What is actually true (the team does not see it until the debrief).
    public var veracity: Veracity
    /// Whether there were similar crises before.
    public var history: Bool
    /// The prior reputation.
    public var reputation: PriorReputation
    /// The harm done.
    public var harm: Harm
    /// Mentions an hour at minutes 0, 15, 30, 45 and 60.
    public var mentions: [Int]
    /// The posts coming in, in order, in the language the public writes them in.
    public var posts: [String]
    /// Simulated minutes each decision costs, in order (triage, strategy, each wait/publish).
    public var minutesPerDecision: [Int]

    /// The assessment the research supports for the true situation, with the mentions an
    /// hour shown when the triage is asked (T+0): the same level and time target as
    /// `/crisis triage` gives for these facts — for `state`'s audience and team when given.
    public func expected(for state: BrandState? = nil) throws(SMMCoreError) -> CrisisAssessment {
      try CrisisTriage.assess(
        type: risk.type, veracity: veracity, history: history, reputation: reputation, harm: harm,
        reach: nil, velocity: mentions.first,
        audience: state.map(BrandAudience.of) ?? .assumed(nil), team: state?.profile.team)
    }

    /// What the team is shown before it is asked anything, one line each, in plain words:
    /// the kind of crisis (from the risk register) and the four facts the triage asks about.
    /// The debrief scores only these.
    public var facts: [Phrase] {
      let kind: String
      switch risk.type.cluster {
      case .victim: kind = "crisis.drill.fact.kind.victim"
      case .accidental: kind = "crisis.drill.fact.kind.accidental"
      case .preventable: kind = "crisis.drill.fact.kind.preventable"
      }
      return [
        Phrase(kind, text: ["type": risk.type.rawValue]),
        Phrase("crisis.drill.fact.veracity.\(veracity.rawValue)"),
        Phrase("crisis.drill.fact.history.\(history ? "yes" : "no")"),
        Phrase("crisis.drill.fact.reputation.\(reputation.rawValue)"),
        Phrase("crisis.drill.fact.harm.\(harm.rawValue)"),
      ]
    }
  }

  /// The drill's outcome.
  public struct Result: Equatable, Sendable, Codable {
    /// The risk rehearsed.
    public var risk: String
    /// The seed.
    public var seed: UInt64
    /// The team's answers, in order.
    public var answers: [String]
    /// Simulated minutes to the first public response (nil: never published).
    public var minutesToFirstResponse: Int?
    /// The target, in minutes.
    public var targetMinutes: Int
    /// Triage answers that matched the truth, out of ``triageAsked``.
    public var triageFit: Int
    /// How many facts the triage asked about (nil: a result stored before, out of 5).
    public var triageAsked: Int?
    /// The escalation level the target comes from (nil: a result stored before).
    public var level: Int?
    /// Whether the strategy chosen is the one the research supports.
    public var strategyFit: Bool
    /// The strategy the research supports.
    public var expectedStrategy: String
    /// Channels whose holding statement fits, out of all.
    public var validStatements: Int
    /// All channels.
    public var channels: Int
    /// Score out of 100.
    public var score: Int
    /// What to fix in the playbook, one line each.
    public var fixes: [Phrase]
  }

  /// A small deterministic generator (SplitMix64), so a seed always gives the same drill.
  struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int {
      range.lowerBound + Int(next() % UInt64(range.count))
    }
  }

  /// The scenario of `risk` for `seed`, its posts in `language` (the brand's audience's).
  public static func scenario(_ risk: CrisisRisk, seed: UInt64, language: Language = .en)
    -> Scenario
  {
    let strings = Strings.of(language)
    var random = Generator(state: seed)
    let veracity: Veracity
    switch risk.type {
    case .rumor: veracity = .untrue
    case .challenge: veracity = random.int(0...1) == 0 ? .truncated : .untrue
    default: veracity = [Veracity.accurate, .truncated][random.int(0...1)]
    }
    let injuries: Set<CrisisType> = [
      .technicalProductHarm, .humanErrorProductHarm, .technicalAccident, .humanErrorAccident,
      .misdeedInjuries, .workplaceViolence, .naturalDisaster, .tampering,
    ]
    let harm: Harm =
      veracity == .untrue
      ? .none
      : (injuries.contains(risk.type) && random.int(0...2) == 0
        ? .injury : [.none, .financial][random.int(0...1)])
    let history = random.int(0...3) == 0
    let reputation = [PriorReputation.good, .neutral, .neutral, .poor][random.int(0...3)]
    var mentions = [random.int(5...30)]
    for _ in 1...4 { mentions.append(mentions.last.map { $0 * random.int(15...25) / 10 } ?? 10) }
    let posts = [
      strings("crisis.post.heard", ["risk": risk.name]),
      veracity == .untrue
        ? strings("crisis.post.sharing", ["risk": risk.name])
        : strings("crisis.post.witness", ["risk": risk.name]),
      strings.format("crisis.post.noAnswer", ["count": .number(mentions[2])]),
    ]
    let minutes = (0..<8).map { _ in random.int(6...14) }
    return Scenario(
      risk: risk, seed: seed, veracity: veracity, history: history, reputation: reputation,
      harm: harm, mentions: mentions, posts: posts, minutesPerDecision: minutes)
  }

  /// The debrief of the answers given: the triage (``Triage/recorded``, or the first form's
  /// five words), a strategy, then "wait" answers and finally "publish". Only the facts the
  /// scenario showed (``Scenario/facts``) are scored.
  public static func debrief(_ scenario: Scenario, answers: [String], state: BrandState)
    throws(SMMCoreError)
    -> Result
  {
    let expected = try scenario.expected(for: state)
    let given = Triage(recorded: answers.first ?? "")
    let truth = Triage(scenario)
    let missed = Fact.allCases.filter { given.value(of: $0) != truth.value(of: $0) }
    let fit = Fact.allCases.count - missed.count
    let chosen = answers.count > 1 ? answers[1].lowercased().filter { $0 != "+" && $0 != " " } : ""
    let strategyFit = chosen == expected.strategy.rawValue
    let asked = Fact.allCases.count
    var elapsed = 0
    var published: Int?
    for (index, answer) in answers.enumerated() {
      elapsed += scenario.minutesPerDecision[min(index, scenario.minutesPerDecision.count - 1)]
      if index >= 2 && answer.lowercased().hasPrefix("publish") {
        published = elapsed
        break
      }
    }
    let playbook = CrisisPlaybook.build(scenario.risk, for: state)
    let valid = playbook.statements.filter(\.valid).count
    var fixes: [Phrase] = []
    if let published, published > expected.respondWithinMinutes {
      fixes.append(
        Phrase(
          "crisis.fix.late",
          ["minutes": .number(published), "target": .number(expected.respondWithinMinutes)]))
    }
    if published == nil {
      fixes.append(Phrase("crisis.fix.noResponse"))
    }
    for fact in missed {
      let answer = given.value(of: fact)
      fixes.append(
        Phrase(
          "crisis.fix.fact",
          [
            "fact": .phrase(Phrase("crisis.drill.label.\(fact.rawValue)")),
            "truth": .phrase(Phrase("crisis.drill.value.\(truth.value(of: fact) ?? "unanswered")")),
            "given": .phrase(Phrase("crisis.drill.value.\(answer ?? "unanswered")")),
          ]))
    }
    if !strategyFit {
      fixes.append(
        Phrase(
          "crisis.fix.strategy",
          [
            "chosen": chosen.isEmpty
              ? .phrase(Phrase("crisis.fix.noneChosen"))
              : CrisisStrategy(rawValue: chosen).map { .phrase($0.label) } ?? .text(chosen),
            "expected": .phrase(expected.strategy.label),
            "guideline": .phrase(expected.guideline),
          ]))
    }
    if playbook.statements.isEmpty {
      fixes.append(
        Phrase(
          "crisis.fix.noChannel", ["spacesChoose": .command(CommandRequest("spaces", "choose"))]))
    } else if valid < playbook.statements.count {
      fixes.append(
        Phrase(
          "crisis.fix.overLimit",
          [
            "count": .number(playbook.statements.count - valid),
            "crisisStatement": .command(CommandRequest("crisis", "statement")),
          ]))
    }
    let unnamed = state.crisisRoles.filter { role in
      !state.crisisTeam.contains { $0.role == role }
    }
    if !unnamed.isEmpty {
      fixes.append(
        Phrase(
          "crisis.fix.unnamed",
          [
            "roles": .phrase(CrisisPlaybook.roleList(unnamed)),
            "crisisTeam": .command(CommandRequest("crisis", "team")),
          ]))
    }
    var score = 30 * fit / asked + (strategyFit ? 30 : 0)
    if let published {
      score +=
        published <= expected.respondWithinMinutes
        ? 30 : max(0, 30 - (published - expected.respondWithinMinutes))
    }
    score += playbook.statements.isEmpty ? 0 : 10 * valid / playbook.statements.count
    return Result(
      risk: scenario.risk.name, seed: scenario.seed, answers: answers,
      minutesToFirstResponse: published, targetMinutes: expected.respondWithinMinutes,
      triageFit: fit, triageAsked: asked, level: expected.level, strategyFit: strategyFit,
      expectedStrategy: expected.strategy.rawValue,
      validStatements: valid, channels: playbook.statements.count, score: min(100, score),
      fixes: fixes)
  }
}
