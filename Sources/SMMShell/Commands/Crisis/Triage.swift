import SMMCore

/// `/crisis triage [--type T --veracity V --history yes|no --reputation R --harm H --reach N
/// --velocity N] [--json]`: the SCCT triage; the options not given are asked one by one.
package struct CrisisTriageCommand: ShellCommand {
  package static let spec = CommandSpec(
    path: ["crisis", "triage"],
    usage:
      "/crisis triage [--type T --veracity V --history yes|no --reputation R --harm H --reach N --velocity N] [--json]",
    examples: [
      "/crisis triage --type rumor --veracity false --history no --reputation good --harm none"
    ],
    flags: [
      CrisisFlags.type,
      FlagSpec(
        "--veracity", values: Veracity.allCases.map(\.rawValue),
        helpKey: "help.crisis.flag.veracity"),
      FlagSpec("--history", values: ["yes", "no"], helpKey: "help.crisis.flag.history"),
      FlagSpec(
        "--reputation", values: PriorReputation.allCases.map(\.rawValue),
        helpKey: "help.crisis.flag.reputation"),
      FlagSpec("--harm", values: Harm.allCases.map(\.rawValue), helpKey: "help.crisis.flag.harm"),
      FlagSpec("--reach", values: [], helpKey: "help.crisis.flag.reach"),
      FlagSpec("--velocity", values: [], helpKey: "help.crisis.flag.velocity"),
      CrisisFlags.json,
    ])

  /// The options given, by name.
  let options: [String: String]
  /// Whether the result is printed as JSON.
  let json: Bool

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    self.init(options: arguments.options, json: arguments.flags.contains("--json"))
  }

  /// The triage with `options` given (the answers to its questions).
  init(options: [String: String], json: Bool) {
    self.options = options
    self.json = json
  }

  /// Its canonical text: every option given, in the spec's order.
  var canonical: String {
    CommandPrinter.line(Self.spec, ParsedArguments(options: options, flags: json ? ["--json"] : []))
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let state = try context.requireState()
    let questions = CrisisTriageQuestions(given: options)
    guard questions.isComplete else {
      return .ask(
        questions.pending(json: json, strings: context.strings),
        CommandOutput([
          context.strings.guidance("crisis.triage.intro"),
          context.strings(questions.nextKey ?? ""),
        ]))
    }
    return .show(try assess(state, context: context))
  }

  /// Assesses the crisis with every option given.
  func assess(_ state: BrandState, context: CommandContext) throws(ShellError) -> CommandOutput {
    guard let type = options["--type"].flatMap(CrisisType.init(rawValue:)),
      let veracity = options["--veracity"].flatMap(Veracity.init(rawValue:)),
      let reputation = options["--reputation"].flatMap(PriorReputation.init(rawValue:)),
      let harm = options["--harm"].flatMap(Harm.init(rawValue:))
    else { throw CrisisCommand.usage("usage.crisis.triageValue") }
    func number(_ key: String) throws(ShellError) -> Int? {
      guard let text = options[key] else { return nil }
      guard let value = Int(text.filter { $0 != "," && $0 != "_" }), value >= 0 else {
        throw CrisisCommand.usage("usage.wholeNumber", ["option": .text(key), "text": .text(text)])
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
      return CommandOutput([data.json], command: canonical, data: data)
    }
    return CommandOutput(
      CrisisTriageView.lines(
        assessment, type: type, state: state, width: context.width, context.strings),
      command: canonical, data: data)
  }
}
