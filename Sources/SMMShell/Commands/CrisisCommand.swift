import Foundation
import SMMCore

/// `/crisis`: step 4 — the risk register, the SCCT triage, playbooks with a holding statement
/// for every channel, and the crisis team.
public struct CrisisCommand: BrandChangingCommand {
  static let actions = ["risk", "risks", "triage", "playbook", "statement", "team", "drill"]

  public static let spec = CommandSpec(
    name: "crisis",
    usage:
      "/crisis [risk add NAME --type T [--likelihood N] [--impact N] [--channels P,P] | risk remove NAME | risks | triage [--type T --veracity V --history yes|no --reputation R --harm H --reach N --velocity N] [--json] | playbook NAME | statement NAME PLATFORM TEXT | team [ROLE NAME [CONTACT]]]",
    examples: [
      "/crisis risks",
      "/crisis risk add \"food poisoning reported\" --type technical-product-harm --likelihood 2 --impact 5",
      "/crisis triage --type rumor --veracity false --history no --reputation good --harm none",
    ],
    arguments: [
      ArgumentSpec("ACTION", .choice(actions), optional: true),
      ArgumentSpec("ARGUMENTS", .text, optional: true, rest: true),
    ],
    flags: [
      FlagSpec("--type", values: CrisisType.allCases.map(\.rawValue)),
      FlagSpec("--likelihood", values: ["1", "2", "3", "4", "5"]),
      FlagSpec("--impact", values: ["1", "2", "3", "4", "5"]),
      FlagSpec("--channels", values: []),
      FlagSpec(
        "--veracity",
        values: Veracity.allCases.map(\.rawValue)),
      FlagSpec("--history", values: ["yes", "no"]),
      FlagSpec("--reputation", values: PriorReputation.allCases.map(\.rawValue)),
      FlagSpec("--harm", values: Harm.allCases.map(\.rawValue)),
      FlagSpec("--reach", values: []),
      FlagSpec("--velocity", values: []),
      FlagSpec("--json"),
      FlagSpec("--seed", values: []),
      FlagSpec("--answers", values: []),
    ],
    keywords: [
      "crisis", "risk", "risks", "triage", "playbook", "statement", "crise", "risques", "bad",
      "buzz", "rumour", "rumor", "false", "sick",
    ])

  enum Action: Equatable {
    case risks, team
    case drill(String)
    case triage(json: Bool)
    case playbook(String)
    case change(BrandChange)
  }

  let action: Action
  let options: [String: String]

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    let words = arguments.words
    options = arguments.options
    let rest = Array(words.dropFirst())
    switch words.first?.lowercased() {
    case nil, "risks"?: action = .risks
    case "risk"?:
      switch rest.first?.lowercased() {
      case "add"?:
        let name = rest.dropFirst().joined(separator: " ")
        guard !name.isEmpty else { throw Self.usage("usage.crisis.riskAdd") }
        guard let typeName = arguments.options["--type"], let type = CrisisType(rawValue: typeName)
        else {
          throw Self.usage(
            "usage.crisis.type",
            ["types": .text(CrisisType.allCases.map(\.rawValue).joined(separator: ", "))])
        }
        var channels: [Platform] = []
        for id in (arguments.options["--channels"] ?? "").split(separator: ",").map({
          String($0.filter { $0 != " " })
        }) where !id.isEmpty {
          channels.append(try DomainArguments.platform(id))
        }
        let risk = CrisisRisk(
          name: name, type: type, likelihood: Int(arguments.options["--likelihood"] ?? "3") ?? 3,
          impact: Int(arguments.options["--impact"] ?? "3") ?? 3, channels: channels)
        action = .change(.addRisk(risk))
      case "remove"?:
        guard rest.count >= 2 else { throw Self.usage("usage.crisis.riskRemove") }
        action = .change(.removeRisk(rest.dropFirst().joined(separator: " ")))
      default:
        throw Self.usage("usage.crisis.risk")
      }
    case "triage"?: action = .triage(json: arguments.flags.contains("--json"))
    case "drill"?:
      guard !rest.isEmpty else { throw Self.usage("usage.crisis.drill") }
      action = .drill(rest.joined(separator: " "))
    case "playbook"?:
      guard !rest.isEmpty else { throw Self.usage("usage.crisis.playbook") }
      action = .playbook(rest.joined(separator: " "))
    case "statement"?:
      guard rest.count >= 3 else {
        throw Self.usage("usage.crisis.statement")
      }
      action = .change(
        .setStatement(
          rest[0], try DomainArguments.platform(rest[1]), rest.dropFirst(2).joined(separator: " ")))
    case "team"?:
      if rest.isEmpty {
        action = .team
      } else {
        guard rest.count >= 2 else {
          throw Self.usage("usage.crisis.team")
        }
        let contact = rest.dropFirst(2).joined(separator: " ")
        action = .change(
          .setCrisisRole(
            CrisisRole(role: rest[0], name: rest[1], contact: contact.isEmpty ? "—" : contact)))
      }
    case let other?:
      throw .seeHelp(ShellError.noAction("crisis", other, among: Self.actions), command: "crisis")
    }
  }

  static func usage(_ key: String, _ values: [String: Phrase.Value] = [:]) -> ShellError {
    .seeHelp(Phrase(key, values), command: "crisis")
  }

  public var change: BrandChange? {
    if case .change(let change) = action { return change }
    // A drill with its seed and answers is a replayable change.
    if case .drill(let name) = action, let seed = options["--seed"].flatMap(UInt64.init),
      let answers = options["--answers"]
    {
      return .recordDrill(risk: name, seed: seed, answers: Self.answers(answers))
    }
    return nil
  }

  static func answers(_ text: String) -> [String] {
    text.split(separator: "|").map { String($0).trimmingCharacters(in: .whitespaces) }
  }

  public var canonical: String {
    switch action {
    case .risks: return "/crisis risks"
    case .team: return "/crisis team"
    case .drill(let name):
      return "/crisis drill \(CommandText.quote(name))"
        + (options["--seed"].map { " --seed \($0)" } ?? "")
        + (options["--answers"].map { " --answers \(CommandText.quote($0))" } ?? "")
    case .triage(let json):
      let order = [
        "--type", "--veracity", "--history", "--reputation", "--harm", "--reach", "--velocity",
      ]
      return
        (["/crisis triage"] + order.compactMap { key in options[key].map { "\(key) \($0)" } }
        + (json ? ["--json"] : [])).joined(separator: " ")
    case .playbook(let name): return "/crisis playbook \(CommandText.quote(name))"
    case .change(let change):
      switch change {
      case .addRisk(let risk):
        return
          "/crisis risk add \(CommandText.quote(risk.name)) --type \(risk.type.rawValue) --likelihood \(risk.likelihood) --impact \(risk.impact)"
          + (risk.channels.isEmpty
            ? "" : " --channels " + risk.channels.map(\.rawValue).joined(separator: ","))
      case .removeRisk(let name): return "/crisis risk remove \(CommandText.quote(name))"
      case .setStatement(let name, let platform, let text):
        return
          "/crisis statement \(CommandText.quote(name)) \(platform.rawValue) \(CommandText.quote(text))"
      case .setCrisisRole(let member):
        return
          "/crisis team \(CommandText.quote(member.role)) \(CommandText.quote(member.name)) \(CommandText.quote(member.contact))"
      default: return "/crisis"
      }
    }
  }

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let state = try session.requireBrand().state
    let width = session.environment.width
    let s = session.strings
    switch action {
    case .risks: return CommandOutput(Self.risks(state, width: width, s))
    case .team: return CommandOutput(Self.team(state, s))
    case .drill(let name): return try drill(name, session: session, state: state, width: width)
    case .triage(let json):
      return try triage(session: session, state: state, json: json, width: width)
    case .playbook(let name):
      let index = try DomainArguments.domain { try state.riskIndex(name) }
      return CommandOutput(
        Self.playbook(CrisisPlaybook.build(state.risks[index], for: state), width: width, s))
    case .change(let change):
      let (brand, notes) = try session.commit(change, canonical: canonical)
      switch change {
      case .addRisk, .removeRisk:
        return CommandOutput(Self.risks(brand.state, width: width, s), notes: notes)
      case .setCrisisRole: return CommandOutput(Self.team(brand.state, s), notes: notes)
      case .setStatement(let name, _, _):
        let index = try DomainArguments.domain { try brand.state.riskIndex(name) }
        return CommandOutput(
          Self.playbook(
            CrisisPlaybook.build(brand.state.risks[index], for: brand.state), width: width, s),
          notes: notes)
      default: return CommandOutput([], notes: notes)
      }
    }
  }

  func triage(session: ShellSession, state: BrandState, json: Bool, width: Int) throws(ShellError)
    -> CommandOutput
  {
    let needed = ["--type", "--veracity", "--history", "--reputation", "--harm"]
    let missing = needed.filter { options[$0] == nil }
    guard missing.isEmpty else {
      return CommandOutput(
        Self.askTriage(session: session, options: options, json: json, state: state, width: width))
    }
    guard let type = options["--type"].flatMap(CrisisType.init(rawValue:)),
      let veracity = options["--veracity"].flatMap(Veracity.init(rawValue:)),
      let reputation = options["--reputation"].flatMap(PriorReputation.init(rawValue:)),
      let harm = options["--harm"].flatMap(Harm.init(rawValue:))
    else { throw Self.usage("usage.crisis.triageValue") }
    func number(_ key: String) throws(ShellError) -> Int? {
      guard let text = options[key] else { return nil }
      guard let value = Int(text.filter { $0 != "," && $0 != "_" }), value >= 0 else {
        throw Self.usage("usage.wholeNumber", ["option": .text(key), "text": .text(text)])
      }
      return value
    }
    let assessment = try DomainArguments.domain {
      try CrisisTriage.assess(
        type: type, veracity: veracity, history: options["--history"] == "yes",
        reputation: reputation,
        harm: harm, reach: try number("--reach"), velocity: try number("--velocity"))
    }
    let data = CommandData(TriageReport(assessment))
    if json {
      return CommandOutput([CrisisTriage.json(assessment)], command: canonical, data: data)
    }
    let s = session.strings
    var lines = [
      s(
        assessment.bolstering ? "crisis.triage.resultBolstering" : "crisis.triage.result",
        [
          "cluster": s("crisis.cluster.\(assessment.cluster.rawValue)"), "type": type.rawValue,
          "strategy": assessment.strategy.rawValue,
        ])
    ]
    lines += TextWrap.wrap(
      s("crisis.triage.guideline", ["guideline": assessment.guideline.render(s)]), width: width)
    lines += TextWrap.wrap(
      s(
        "crisis.triage.level",
        ["level": String(assessment.level), "who": assessment.whoActs.render(s)]), width: width)
    lines.append(
      s("crisis.triage.within", ["minutes": String(assessment.respondWithinMinutes)]))
    lines.append(s("crisis.triage.actions"))
    for (index, step) in assessment.actions.enumerated() {
      lines += TextWrap.wrap(
        step.render(s), width: width, firstIndent: "  \(index + 1). ", indent: "     ")
    }
    for note in assessment.notes {
      lines += TextWrap.wrap(note.render(s), width: width, firstIndent: "  · ", indent: "    ")
    }
    if !state.risks.isEmpty {
      lines.append(
        s("crisis.triage.playbooks", ["names": state.risks.map(\.name).joined(separator: "; ")]))
    }
    return CommandOutput(lines, command: canonical, data: data)
  }

  /// The questions of the triage, for the options not given: the option, the catalog key of
  /// the question, and the answers it takes.
  static let questions: [(option: String, key: String, answers: [String: String])] = [
    (
      "--type",
      "crisis.question.type",
      Dictionary(uniqueKeysWithValues: CrisisType.allCases.map { ($0.rawValue, $0.rawValue) })
    ),
    (
      "--veracity", "crisis.question.veracity",
      [
        "true": "true", "vrai": "true", "false": "false", "faux": "false", "truncated": "truncated",
        "tronqué": "truncated", "tronque": "truncated",
      ]
    ),
    (
      "--history", "crisis.question.history",
      ["yes": "yes", "oui": "yes", "no": "no", "non": "no"]
    ),
    (
      "--reputation", "crisis.question.reputation",
      [
        "good": "good", "bonne": "good", "neutral": "neutral", "neutre": "neutral", "poor": "poor",
        "mauvaise": "poor",
      ]
    ),
    (
      "--harm", "crisis.question.harm",
      [
        "none": "none", "aucun": "none", "financial": "financial", "financier": "financial",
        "injury": "injury", "blessure": "injury",
      ]
    ),
  ]

  /// Asks the first question whose option is missing; each answer asks the next, and the last
  /// runs the triage with every option, recorded as the canonical command.
  static func askTriage(
    session: ShellSession, options: [String: String], json: Bool, state: BrandState, width: Int
  ) -> [String] {
    guard let first = questions.first(where: { options[$0.option] == nil }) else { return [] }
    func ask(_ options: [String: String]) {
      guard let question = questions.first(where: { options[$0.option] == nil }) else { return }
      let s = session.strings
      session.ask(
        PendingQuestion(
          text: s(question.key),
          droppedNote: s("crisis.triage.dropped")
        ) { answer, session throws(ShellError) in
          guard let value = question.answers[answer.lowercased()] else {
            return .askAgain(session.strings("crisis.triage.notAnAnswer"))
          }
          var given = options
          given[question.option] = value
          if let following = questions.first(where: { given[$0.option] == nil }) {
            ask(given)
            return .settled(
              CommandOutput([session.strings(following.key)], command: "/crisis triage"))
          }
          let command = CrisisCommand(action: .triage(json: json), options: given)
          return .settled(
            try command.triage(session: session, state: state, json: json, width: width))
        })
    }
    ask(options)
    return [session.strings("crisis.triage.intro"), session.strings(first.key)]
  }

  private init(action: Action, options: [String: String]) {
    self.action = action
    self.options = options
  }

  // MARK: - Drill

  func drill(_ name: String, session: ShellSession, state: BrandState, width: Int)
    throws(ShellError)
    -> CommandOutput
  {
    let index = try DomainArguments.domain { try state.riskIndex(name) }
    let risk = state.risks[index]
    let seed: UInt64
    if let text = options["--seed"] {
      guard let value = UInt64(text) else {
        throw Self.usage("usage.wholeNumber", ["option": .text("--seed"), "text": .text(text)])
      }
      seed = value
    } else {
      seed = UInt64(max(0, Int(session.environment.now().timeIntervalSince1970 / 60)))
    }
    let scenario = CrisisDrill.scenario(risk, seed: seed, language: state.publishingLanguage)
    if let given = options["--answers"] {
      return try Self.finishDrill(
        scenario, answers: Self.answers(given), session: session, width: width)
    }
    let s = session.strings
    var lines = [
      s("crisis.drill.intro", ["name": risk.name, "seed": String(seed)]),
      s("crisis.drill.tick", ["minutes": "0", "mentions": String(scenario.mentions[0])]),
      "  " + scenario.posts[0], "  " + scenario.posts[1],
    ]
    lines.append(s("crisis.drill.howToTriage"))
    Self.askDrill(scenario, answers: [], session: session, width: width)
    lines.append(s("crisis.drill.q.triage"))
    return CommandOutput(lines, command: canonical)
  }

  static func askDrill(
    _ scenario: CrisisDrill.Scenario, answers: [String], session: ShellSession, width: Int
  ) {
    let questions = ["crisis.drill.q.triage", "crisis.drill.q.strategy", "crisis.drill.q.publish"]
    let text = session.strings(questions[min(answers.count, 2)])
    var question = PendingQuestion(
      text: text,
      droppedNote: session.strings("crisis.drill.dropped")
    ) { answer, session throws(ShellError) in
      let s = session.strings
      let given = answer.trimmingCharacters(in: .whitespaces)
      switch answers.count {
      case 0:
        guard given.split(separator: " ").count == 5 else {
          return .askAgain(s("crisis.drill.again.triage"))
        }
      case 1:
        guard
          ["inform", "deny", "diminish", "rebuild"].contains(
            given.lowercased().filter { $0 != "+" && $0 != " " })
        else {
          return .askAgain(s("crisis.drill.again.strategy"))
        }
      default:
        guard given.lowercased().hasPrefix("publish") || given.lowercased().hasPrefix("wait")
        else {
          return .askAgain(s("crisis.drill.again.publish"))
        }
      }
      let all = answers + [given]
      let elapsed = zip(all.indices, scenario.minutesPerDecision).map { $0.1 }.prefix(all.count)
        .reduce(0, +)
      let finished = all.count >= 3 && (given.lowercased().hasPrefix("publish") || all.count >= 7)
      if finished {
        return .settled(try finishDrill(scenario, answers: all, session: session, width: width))
      }
      askDrill(scenario, answers: all, session: session, width: width)
      let tick = min(scenario.mentions.count - 1, max(1, elapsed / 15))
      var lines = [
        s(
          "crisis.drill.tick",
          ["minutes": String(elapsed), "mentions": String(scenario.mentions[tick])])
      ]
      if all.count == 1 { lines.append("  " + scenario.posts[2]) }
      lines.append(s(questions[min(all.count, 2)]))
      return .settled(CommandOutput(lines, command: "/crisis drill"))
    }
    question.onDrop = { session in
      // Stopped midway (Ctrl-C, or a command typed instead): the drill is recorded as it stands.
      try? finishDrill(scenario, answers: answers, session: session, width: width)
    }
    session.ask(question)
  }

  static func finishDrill(
    _ scenario: CrisisDrill.Scenario, answers: [String], session: ShellSession, width: Int
  )
    throws(ShellError) -> CommandOutput
  {
    let canonical =
      "/crisis drill \(CommandText.quote(scenario.risk.name)) --seed \(scenario.seed) --answers \(CommandText.quote(answers.joined(separator: "|")))"
    let (brand, notes) = try session.commit(
      .recordDrill(risk: scenario.risk.name, seed: scenario.seed, answers: answers),
      canonical: canonical)
    guard let result = brand.state.drills.last else { return CommandOutput([], notes: notes) }
    let s = session.strings
    var lines = [
      s(
        "crisis.debrief.title",
        ["name": result.risk, "seed": String(result.seed), "score": String(result.score)])
    ]
    lines.append(
      "  "
        + s(
          "crisis.debrief.response",
          [
            "time": result.minutesToFirstResponse.map { "\($0) min" }
              ?? s("crisis.debrief.noResponse"),
            "target": String(result.targetMinutes),
          ]))
    lines.append(
      "  "
        + s(
          result.strategyFit ? "crisis.debrief.fit" : "crisis.debrief.misfit",
          ["triage": String(result.triageFit), "strategy": result.expectedStrategy]))
    lines.append(
      "  "
        + s(
          "crisis.debrief.statements",
          ["valid": String(result.validStatements), "channels": String(result.channels)]))
    if result.fixes.isEmpty {
      lines.append(s("crisis.debrief.nothing"))
    } else {
      lines.append(s("crisis.debrief.fixes"))
      for fix in result.fixes {
        lines += TextWrap.wrap(fix.render(s), width: width, firstIndent: "  - ", indent: "    ")
      }
    }
    return CommandOutput(lines, notes: notes, command: canonical)
  }

  static func risks(_ state: BrandState, width: Int, _ s: Strings) -> [String] {
    var lines: [String] = []
    if state.risks.isEmpty {
      lines.append(s("crisis.risks.none", ["name": state.name.value]))
    } else {
      lines.append(s("crisis.risks.title", ["name": state.name.value]))
      for risk in state.risks.sorted(by: {
        $0.score != $1.score ? $0.score > $1.score : $0.name < $1.name
      }) {
        let channels =
          risk.channels.isEmpty
          ? ""
          : s(
            "crisis.risks.channels",
            ["channels": risk.channels.map(\.rawValue).joined(separator: ", ")])
        lines += TextWrap.wrap(
          "\(risk.name) — \(risk.type.rawValue) (\(s("crisis.cluster.\(risk.type.cluster.rawValue)"))), "
            + s(
              "crisis.risks.score",
              ["likelihood": String(risk.likelihood), "impact": String(risk.impact)]) + channels,
          width: width, firstIndent: "  " + TextWrap.pad(String(risk.score), to: 4),
          indent: "      ")
      }
    }
    let suggestions = RiskSuggestions.suggest(state)
    if !suggestions.isEmpty {
      lines.append(s("crisis.risks.suggested"))
      for suggestion in suggestions.prefix(5) {
        lines += TextWrap.wrap(
          "/crisis risk add \(CommandText.quote(suggestion.name)) --type \(suggestion.type.rawValue) --likelihood \(suggestion.likelihood) --impact \(suggestion.impact)",
          width: width, firstIndent: "  ", indent: "    ")
      }
    }
    return lines
  }

  static func team(_ state: BrandState, _ s: Strings) -> [String] {
    let team =
      CrisisPlaybook.roles.map { role in
        state.crisisTeam.first { $0.role == role }
          ?? CrisisRole(role: role, name: "to name", contact: "—")
      } + state.crisisTeam.filter { !CrisisPlaybook.roles.contains($0.role) }
    return [s("crisis.team.title", ["name": state.name.value])]
      + team.map {
        "  " + TextWrap.pad($0.role, to: 20)
          + TextWrap.pad($0.name == "to name" ? s("crisis.team.toName") : $0.name, to: 20)
          + $0.contact
      }
  }

  static func playbook(_ playbook: CrisisPlaybook, width: Int, _ s: Strings) -> [String] {
    let risk = playbook.risk
    var lines = [
      s(
        "crisis.playbook.title",
        [
          "name": risk.name, "type": risk.type.rawValue,
          "cluster": s("crisis.cluster.\(risk.type.cluster.rawValue)"),
          "score": String(risk.score),
        ])
    ]
    lines.append(s("crisis.playbook.team"))
    lines += playbook.team.map {
      "  " + TextWrap.pad($0.role, to: 20)
        + TextWrap.pad($0.name == "to name" ? s("crisis.team.toName") : $0.name, to: 20)
        + $0.contact
    }
    lines.append(s("crisis.playbook.escalation"))
    for step in playbook.escalation {
      lines += TextWrap.wrap(step.render(s), width: width, firstIndent: "  - ", indent: "    ")
    }
    lines.append(s("crisis.playbook.firstHour"))
    for step in playbook.checklist {
      lines += TextWrap.wrap(step.render(s), width: width, firstIndent: "  [ ] ", indent: "      ")
    }
    lines.append(s("crisis.playbook.statements"))
    if playbook.statements.isEmpty {
      lines.append("  " + s("crisis.playbook.noChannel"))
    }
    for statement in playbook.statements {
      let limit = statement.limit.map { "/\($0)" } ?? ""
      let invalid = statement.valid ? "" : ", " + s("crisis.playbook.invalid")
      let edited = statement.edited ? ", " + s("crisis.playbook.edited") : ""
      lines.append(
        "  \(statement.platform.displayName) (\(statement.length)\(limit)\(invalid)\(edited)):")
      lines += TextWrap.wrap(statement.text, width: width, firstIndent: "    │ ", indent: "    │ ")
    }
    lines.append(s("crisis.playbook.darkSite"))
    lines += playbook.darkSite.split(separator: "\n", omittingEmptySubsequences: false).map {
      "    │ " + $0
    }
    lines.append(s("crisis.playbook.internal"))
    lines += TextWrap.wrap(
      playbook.internalMessage, width: width, firstIndent: "    │ ", indent: "    │ ")
    return lines
  }
}
