/// Where a brand stands on one step of the method.
public struct StepProgress: Equatable, Sendable {
  /// How far a step has come.
  public enum Stage: String, Equatable, Sendable {
    /// Nothing recorded for this step yet.
    case notStarted = "not started"
    /// Some of what the step needs is recorded.
    case inProgress = "in progress"
    /// The step's deliverable is complete.
    case done = "done"
  }

  /// The step described.
  public var step: MethodStep
  /// How far it has come.
  public var stage: Stage
  /// What is still missing, one item a line.
  public var missing: [String]

  /// Creates a progress record.
  public init(step: MethodStep, stage: Stage, missing: [String]) {
    self.step = step
    self.stage = stage
    self.missing = missing
  }

  /// The progress of every step for `state`, with each missing item in English followed by
  /// the command that settles it. Pure: the same state gives the same answer.
  public static func evaluate(_ state: BrandState) -> [StepProgress] {
    Guidance.review(state).map { review in
      StepProgress(
        step: review.step, stage: review.stage,
        missing: review.missing.map { $0.described(Strings.english) })
    }
  }

  /// The step to work on now: the first one that is not done.
  public static func current(_ state: BrandState) -> MethodStep {
    Guidance.review(state).first(where: { $0.stage != .done })?.step ?? .crisis
  }
}

extension StepReview.Item {
  /// The finding, then the command that settles it in brackets (`…` where an answer goes).
  public func described(_ strings: Strings) -> String {
    let text = phrase.render(strings)
    guard let action else { return text }
    return "\(text) (\(action.shownCommand))"
  }
}

extension GuideAction {
  /// The command as shown to people: `…` where a question's answer goes.
  public var shownCommand: String { command.replacingPlaceholder(with: "…") }
}

extension String {
  func replacingPlaceholder(with value: String) -> String {
    var result = ""
    var rest = Substring(self)
    let marker = GuideAction.answerPlaceholder
    while !rest.isEmpty {
      if rest.hasPrefix(marker) {
        result += value
        rest = rest.dropFirst(marker.count)
      } else {
        result.append(rest.removeFirst())
      }
    }
    return result
  }
}
