import Foundation
import SMMCore

/// The drill's three questions (triage, strategy, publish or wait), asked until the drill is
/// published or has run seven decisions; a drill stopped midway is recorded as it stands.
enum CrisisDrillQuestions {
  static let keys = ["crisis.drill.q.triage", "crisis.drill.q.strategy", "crisis.drill.q.publish"]

  /// Asks the question that follows `answers`.
  static func ask(
    _ scenario: CrisisDrill.Scenario, answers: [String], session: ShellSession, width: Int
  ) {
    let text = session.strings(keys[min(answers.count, 2)])
    var question = PendingQuestion(
      text: text,
      droppedNote: session.strings("crisis.drill.dropped")
    ) { answer, session throws(ShellError) in
      let s = session.strings
      let given = answer.trimmingCharacters(in: .whitespaces)
      if let again = refusal(of: given, position: answers.count) { return .askAgain(s(again)) }
      let all = answers + [given]
      let elapsed = zip(all.indices, scenario.minutesPerDecision).map { $0.1 }.prefix(all.count)
        .reduce(0, +)
      let finished = all.count >= 3 && (given.lowercased().hasPrefix("publish") || all.count >= 7)
      if finished {
        return .settled(
          try CrisisDrillCommand.finish(scenario, answers: all, session: session, width: width))
      }
      ask(scenario, answers: all, session: session, width: width)
      let tick = min(scenario.mentions.count - 1, max(1, elapsed / 15))
      var lines = [
        s(
          "crisis.drill.tick",
          ["minutes": String(elapsed), "mentions": String(scenario.mentions[tick])])
      ]
      if all.count == 1 { lines.append("  " + scenario.posts[2]) }
      lines.append(s(keys[min(all.count, 2)]))
      return .settled(CommandOutput(lines, command: "/crisis drill"))
    }
    question.onDrop = { session in
      // Stopped midway (Ctrl-C, or a command typed instead): the drill is recorded as it stands.
      try? CrisisDrillCommand.finish(scenario, answers: answers, session: session, width: width)
    }
    session.ask(question)
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
