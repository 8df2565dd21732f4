import SMMCore

/// `/crisis triage [--type T --veracity V --legitimacy L --history yes|no --reputation R
/// --harm H --reach N --velocity N] [--about TEXT] [--json]`: the SCCT triage; the options not
/// given are asked one by one (the legitimacy only of a challenge). `--about` is the crisis
/// told in words ("a customer found mould in a loaf, nobody was hurt"): what it states fills
/// the options not given, and a product found bad without its cause has its cause asked. Reach and velocity are weighed against the
/// brand's audience, the escalation chain is its team's.
package struct CrisisTriageCommand: BrandChangingCommand {
  package static let spec = CommandSpec(
    path: ["crisis", "triage"],
    usage:
      "/crisis triage [--type T --veracity V --legitimacy L --history yes|no --reputation R --harm H --reach N --velocity N] [--about TEXT] [--json]",
    examples: [
      "/crisis triage --type rumor --veracity false --history no --reputation good --harm none",
      "/crisis triage --type challenge --veracity true --legitimacy illegitimate --history no --reputation good --harm none",
      "/crisis triage --about \"a customer found mould in a loaf, nobody was hurt\"",
    ],
    flags: [
      CrisisFlags.type,
      FlagSpec(
        "--veracity", values: Veracity.allCases.map(\.rawValue),
        helpKey: "help.crisis.flag.veracity"),
      FlagSpec(
        "--legitimacy", values: Legitimacy.allCases.map(\.rawValue),
        helpKey: "help.crisis.flag.legitimacy"),
      FlagSpec("--history", values: ["yes", "no"], helpKey: "help.crisis.flag.history"),
      FlagSpec(
        "--reputation", values: PriorReputation.allCases.map(\.rawValue),
        helpKey: "help.crisis.flag.reputation"),
      FlagSpec("--harm", values: Harm.allCases.map(\.rawValue), helpKey: "help.crisis.flag.harm"),
      FlagSpec("--reach", values: [], helpKey: "help.crisis.flag.reach"),
      FlagSpec("--velocity", values: [], helpKey: "help.crisis.flag.velocity"),
      FlagSpec("--about", values: [], helpKey: "help.crisis.flag.about"),
      CrisisFlags.json,
    ])

  /// The options given, by name (with what `--about` states, which is not kept itself).
  let options: [String: String]
  /// Whether the result is printed as JSON.
  let json: Bool
  /// What `--about` stated that no option gave, said back before the next question.
  let noted: [String: String]
  /// Whether `--about` told of a product found bad without its cause.
  let product: Bool

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    self.init(options: arguments.options, json: arguments.flags.contains("--json"))
  }

  /// The triage with `options` given (the answers to its questions, and `--about`).
  init(options: [String: String], json: Bool) {
    var given = options
    let about = given.removeValue(forKey: "--about")
    var read: [String: String] = [:]
    var product = false
    if let about {
      read = CrisisTriageQuestions(given: given).read(about).filter { given[$0.key] == nil }
      product =
        read["--type"] == nil && given["--type"] == nil
        && CrisisSlots(IntentLine(about, names: [])).product
    }
    self.options = given.merging(read) { old, _ in old }
    self.noted = read
    self.product = product
    self.json = json
  }

  /// Its canonical text, as logged: every option given, in the spec's order (`--json` is how
  /// it was shown, not part of the change).
  package var canonical: String {
    CommandPrinter.line(Self.spec, ParsedArguments(options: options, flags: []))
  }

  /// A triage with every answer given records them (nil while questions remain).
  package var change: BrandChange? { (try? record()).map { .recordTriage($0) } }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    _ = try context.requireState()  // a triage needs an open brand
    var questions = CrisisTriageQuestions(given: options)
    questions.product = product
    guard questions.isComplete else {
      let s = context.strings
      let facts = CrisisTriageQuestions.noted(noted, product: product, s)
      return .ask(
        questions.pending(json: json, strings: s),
        CommandOutput(
          [s.guidance("crisis.triage.intro")]
            + (facts.isEmpty ? [] : [s("crisis.triage.noted", ["facts": facts])])
            + [s(questions.nextKey ?? "")]))
    }
    let record = try self.record()
    let state = try context.requireState()
    // Checked before it is proposed: answers that contradict each other are refused as usage.
    let assessment = try DomainArguments.domain { () throws(SMMCoreError) in
      try record.assessment(for: state)
    }
    let strings = context.strings
    let width = context.width
    let canonical = canonical
    var change = ProposedChange(.recordTriage(record), canonical: canonical) { [json] brand in
      (try? Self.view(
        record, canonical: canonical, state: brand.state, json: json, width: width, strings))
        ?? CommandOutput()
    }
    if !json {
      change.offer = CrisisTriageOffer.action(
        for: record, level: assessment.level, levels: assessment.levels, state: state,
        strings: strings)
    }
    return .change(change)
  }

  /// The answers given, as a record; a usage error when one is missing or not a choice.
  func record() throws(ShellError) -> TriageRecord {
    let legitimacy = options["--legitimacy"].flatMap(Legitimacy.init(rawValue:))
    if options["--legitimacy"] != nil && legitimacy == nil {
      throw CrisisCommand.usage("usage.crisis.triageValue")
    }
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
    return TriageRecord(
      type: type, veracity: veracity, history: options["--history"] == "yes",
      reputation: reputation, harm: harm, reach: try number("--reach"),
      velocity: try number("--velocity"), legitimacy: legitimacy)
  }

  /// What a triage shows once recorded: its assessment, as text or as one JSON line.
  static func view(
    _ record: TriageRecord, canonical: String, state: BrandState, json: Bool, width: Int,
    _ strings: Strings
  ) throws(SMMCoreError) -> CommandOutput {
    let assessment = try record.assessment(for: state)
    let data = CommandData(TriageReport(assessment))
    if json {
      return CommandOutput([data.json], command: canonical, data: data)
    }
    return CommandOutput(
      CrisisTriageView.lines(assessment, record: record, state: state, width: width, strings),
      command: canonical, data: data)
  }
}
