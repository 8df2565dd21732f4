import Foundation
import SMMCore

/// The drill's questions as a value: the scenario, the answers recorded so far and the triage
/// being answered. The triage asks the facts the scenario showed one at a time, in plain words
/// (an answer may state several: "it's true, a patient was hurt"); then the strategy, then
/// publish or wait, until the drill is published or has run seven decisions. A drill stopped
/// midway is recorded as it stands (its ``onDrop``).
struct CrisisDrillQuestions: Equatable, Sendable {
  /// The drill being run.
  let scenario: CrisisDrill.Scenario
  /// The answers recorded so far, in order: the triage, the strategy, then publish or wait.
  var answers: [String]
  /// The triage being answered (before it is recorded as the first answer).
  var triage: CrisisDrill.Triage
  /// The question waiting, as shown.
  var text: String
  /// What a command typed instead of an answer says.
  var droppedNote: String?

  /// The question of a drill on `scenario` after `answers`, the triage read so far `triage`.
  init(
    _ scenario: CrisisDrill.Scenario, answers: [String] = [],
    triage: CrisisDrill.Triage = CrisisDrill.Triage(), strings: Strings
  ) {
    self.scenario = scenario
    self.answers = answers
    self.triage = triage
    text = strings(Self.key(answers: answers, triage: triage))
    droppedNote = strings("crisis.drill.dropped")
  }

  /// The catalog key of the question waiting.
  static func key(answers: [String], triage: CrisisDrill.Triage) -> String {
    switch answers.count {
    case 0: return "crisis.drill.q.\((triage.next ?? .harm).rawValue)"
    case 1: return "crisis.drill.q.strategy"
    default: return "crisis.drill.q.publish"
    }
  }

  /// The answers as recorded if the drill stopped now (a triage begun counts).
  var recordedSoFar: [String] {
    guard answers.isEmpty else { return answers }
    return triage == CrisisDrill.Triage() ? [] : [triage.recorded]
  }

  /// The command that records the drill with `answers`.
  func record(_ answers: [String]) -> CrisisDrillCommand {
    CrisisDrillCommand(risk: scenario.risk.name, seed: scenario.seed, answers: answers)
  }

  /// Reads `given` to the question waiting: the triage read further, or the answer as
  /// recorded; or the catalog key of the line that asks again.
  func read(_ given: String) -> Result<Reading, Refusal> {
    switch answers.count {
    case 0:
      let asked = triage.next ?? .harm
      guard let next = triage.reading(given, asked: asked) else {
        return .failure(Refusal(key: "crisis.drill.again.\(asked.rawValue)"))
      }
      return .success(next.next == nil ? .answer(next.recorded) : .triage(next))
    case 1:
      switch CrisisDrill.readStrategy(given) {
      case .chosen(let strategy, let bolstering):
        return .success(.answer(strategy.rawValue + (bolstering ? "+" : "")))
      case .mixed: return .failure(Refusal(key: "crisis.drill.again.mixed"))
      case .unclear: return .failure(Refusal(key: "crisis.drill.again.strategy"))
      }
    default:
      guard let publish = CrisisDrill.readPublish(given) else {
        return .failure(Refusal(key: "crisis.drill.again.publish"))
      }
      return .success(.answer(publish ? "publish" : "wait"))
    }
  }

  /// What an answer gave.
  enum Reading: Equatable {
    /// Part of the triage: the reading so far, a fact still to ask.
    case triage(CrisisDrill.Triage)
    /// A whole answer, as recorded.
    case answer(String)
  }

  /// Not an answer: the catalog key of the line that says so.
  struct Refusal: Error, Equatable {
    var key: String
  }
}

extension CrisisDrillQuestions: Conversation {
  /// Stopped midway (Ctrl-C, or a command typed instead): the drill is recorded as it stands.
  var onDrop: (any ShellCommand)? { record(recordedSoFar) }

  func step(_ answer: String, in context: ConversationContext) -> ConversationStep {
    let s = context.strings
    let answered: String
    switch read(answer) {
    case .failure(let refusal): return .again(s(refusal.key))
    case .success(.triage(let next)):
      let following = Self(scenario, triage: next, strings: s)
      return .ask(following, lines: [following.text], command: "/crisis drill")
    case .success(.answer(let given)): answered = given
    }
    let all = answers + [answered]
    let finished = all.count >= 3 && (answered == "publish" || all.count >= 7)
    if finished { return .run(record(all)) }
    let elapsed = scenario.minutesPerDecision.prefix(all.count).reduce(0, +)
    let tick = min(scenario.mentions.count - 1, max(1, elapsed / 15))
    var lines = [
      s(
        "crisis.drill.tick",
        ["minutes": String(elapsed), "mentions": String(scenario.mentions[tick])])
    ]
    if all.count == 1 {
      lines.append("  " + scenario.posts[2])
      lines += TextWrap.wrap(s("crisis.drill.strategies"), width: context.width)
    }
    let next = Self(scenario, answers: all, strings: s)
    lines.append(next.text)
    return .ask(next, lines: lines, command: "/crisis drill")
  }
}
