import Foundation
import SMMCore

/// The drill's three questions (triage, strategy, publish or wait) as a value: the scenario
/// and the answers so far. Asked until the drill is published or has run seven decisions; a
/// drill stopped midway is recorded as it stands (its ``onDrop``).
struct CrisisDrillQuestions: Equatable, Sendable {
  static let keys = ["crisis.drill.q.triage", "crisis.drill.q.strategy", "crisis.drill.q.publish"]

  /// The drill being run.
  let scenario: CrisisDrill.Scenario
  /// The answers given so far, in order.
  var answers: [String]
  /// The question waiting, as shown.
  var text: String
  /// What a command typed instead of an answer says.
  var droppedNote: String?

  /// The first question of a drill on `scenario`.
  init(_ scenario: CrisisDrill.Scenario, answers: [String] = [], strings: Strings) {
    self.scenario = scenario
    self.answers = answers
    text = strings(Self.keys[min(answers.count, 2)])
    droppedNote = strings("crisis.drill.dropped")
  }

  /// The command that records the drill with `answers`.
  func record(_ answers: [String]) -> CrisisDrillCommand {
    CrisisDrillCommand(risk: scenario.risk.name, seed: scenario.seed, answers: answers)
  }

  /// The catalog key of the line that asks again when `given` does not answer the question at
  /// `position`; nil when it does.
  static func refusal(of given: String, position: Int) -> String? {
    switch position {
    case 0:
      return given.split(separator: " ").count == 5 ? nil : "crisis.drill.again.triage"
    case 1:
      let strategy = given.lowercased().filter { $0 != "+" && $0 != " " }
      return ["inform", "deny", "diminish", "rebuild"].contains(strategy)
        ? nil : "crisis.drill.again.strategy"
    default:
      let lower = given.lowercased()
      return lower.hasPrefix("publish") || lower.hasPrefix("wait")
        ? nil : "crisis.drill.again.publish"
    }
  }
}

extension CrisisDrillQuestions: Conversation {
  /// Stopped midway (Ctrl-C, or a command typed instead): the drill is recorded as it stands.
  var onDrop: (any ShellCommand)? { record(answers) }

  func step(_ answer: String, in context: ConversationContext) -> ConversationStep {
    let s = context.strings
    if let again = Self.refusal(of: answer, position: answers.count) { return .again(s(again)) }
    let all = answers + [answer]
    let finished = all.count >= 3 && (answer.lowercased().hasPrefix("publish") || all.count >= 7)
    if finished { return .run(record(all)) }
    let elapsed = scenario.minutesPerDecision.prefix(all.count).reduce(0, +)
    let tick = min(scenario.mentions.count - 1, max(1, elapsed / 15))
    var lines = [
      s(
        "crisis.drill.tick",
        ["minutes": String(elapsed), "mentions": String(scenario.mentions[tick])])
    ]
    if all.count == 1 { lines.append("  " + scenario.posts[2]) }
    let next = Self(scenario, answers: all, strings: s)
    lines.append(next.text)
    return .ask(next, lines: lines, command: "/crisis drill")
  }
}
