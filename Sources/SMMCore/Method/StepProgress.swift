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

  /// The progress of every step for `state`. Pure: the same state gives the same answer.
  ///
  /// A brand holds only its name so far, so every step is reported as not started with all
  /// that it needs; the steps fill this in as their data joins ``BrandState``.
  public static func evaluate(_ state: BrandState) -> [StepProgress] {
    MethodStep.allCases.map { StepProgress(step: $0, stage: .notStarted, missing: $0.needs) }
  }

  /// The step to work on now: the first one that is not done.
  public static func current(_ state: BrandState) -> MethodStep {
    evaluate(state).first(where: { $0.stage != .done })?.step ?? .crisis
  }
}
