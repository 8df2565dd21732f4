import Foundation
import SMMCore

/// `/crisis drill NAME [--seed N] [--answers A|B|C]`: a timed exercise on one risk. With its
/// seed and answers it replays as a recorded change; without answers it shows the facts, then
/// asks its questions in plain words. The answers are recorded as the triage's four words
/// (`false no good none`; the first form's five, type first, still replay), the strategy, then
/// `wait` or `publish`.
package struct CrisisDrillCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["crisis", "drill"], usage: "/crisis drill NAME [--seed N] [--answers A|B|C]",
    examples: ["/crisis drill \"food poisoning reported\" --seed 42"],
    arguments: [ArgumentSpec("NAME", .text, rest: true)],
    flags: [
      FlagSpec("--seed", values: [], helpKey: "help.crisis.flag.seed"),
      FlagSpec("--answers", values: [], helpKey: "help.crisis.flag.answers"),
    ],
    countError: CrisisCommand.usage("usage.crisis.drill"))

  let name: String
  let seed: String?
  let answers: String?

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    name = arguments[0] ?? ""
    seed = arguments.options["--seed"]
    answers = arguments.options["--answers"]
  }

  /// The drill on `risk` with `seed`, recorded with `answers`.
  init(risk: String, seed: UInt64, answers: [String]) {
    name = risk
    self.seed = String(seed)
    self.answers = answers.joined(separator: "|")
  }

  /// A drill with its seed and answers is a replayable change.
  package var change: BrandChange? {
    guard let seed = seed.flatMap(UInt64.init), let answers else { return nil }
    return .recordDrill(risk: name, seed: seed, answers: Self.answers(answers))
  }

  package var canonicalArguments: ParsedArguments {
    var options: [String: String] = [:]
    options["--seed"] = seed
    options["--answers"] = answers
    return ParsedArguments([name], options: options)
  }

  /// The answers of `--answers`, separated by `|`.
  static func answers(_ text: String) -> [String] {
    text.split(separator: "|").map { String($0).trimmingCharacters(in: .whitespaces) }
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let state = try context.requireState()
    let width = context.width
    let index = try DomainArguments.domain { try state.riskIndex(name) }
    let risk = state.risks[index]
    let seed: UInt64
    if let text = self.seed {
      guard let value = UInt64(text) else {
        throw CrisisCommand.usage(
          "usage.wholeNumber", ["option": .text("--seed"), "text": .text(text)])
      }
      seed = value
    } else {
      seed = UInt64(max(0, Int(context.environment.now().timeIntervalSince1970 / 60)))
    }
    let scenario = CrisisDrill.scenario(risk, seed: seed, language: state.publishingLanguage)
    if let given = answers {
      return try Self.finish(
        scenario, answers: Self.answers(given), strings: context.strings, width: width)
    }
    let s = context.strings
    var lines = [
      s("crisis.drill.intro", ["name": risk.name, "seed": String(seed)]),
      s("crisis.drill.tick", ["minutes": "0", "mentions": String(scenario.mentions[0])]),
      "  " + scenario.posts[0], "  " + scenario.posts[1],
    ]
    lines.append(s("crisis.drill.facts"))
    for fact in scenario.facts {
      lines += TextWrap.wrap(fact.render(s), width: width, firstIndent: "  - ", indent: "    ")
    }
    lines += TextWrap.wrap(s("crisis.drill.howToAnswer"), width: width)
    let questions = CrisisDrillQuestions(scenario, strings: s)
    lines.append(questions.text)
    return .ask(questions, CommandOutput(lines, command: canonical))
  }

  /// Records the drill with `answers` and prints its debrief.
  static func finish(
    _ scenario: CrisisDrill.Scenario, answers: [String], strings: Strings, width: Int
  ) throws(ShellError) -> CommandOutcome {
    let arguments = ParsedArguments(
      [scenario.risk.name],
      options: ["--seed": String(scenario.seed), "--answers": answers.joined(separator: "|")])
    let canonical = CommandPrinter.line(spec, arguments)
    return .change(
      ProposedChange(
        .recordDrill(risk: scenario.risk.name, seed: scenario.seed, answers: answers),
        canonical: canonical
      ) { brand in
        guard let result = brand.state.drills.last else { return CommandOutput() }
        return CommandOutput(
          CrisisDebriefView.lines(result, width: width, strings), command: canonical)
      })
  }
}
