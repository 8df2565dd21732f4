/// What the guide sees on one step: what is done, what is missing and what is weak, each
/// missing or weak item with the action that fixes it when there is one.
public struct StepReview: Equatable, Sendable {
  /// How far a step has come.
  public enum Stage: String, Equatable, Sendable {
    /// Nothing recorded for this step yet.
    case notStarted = "not started"
    /// Some of what the step needs is recorded.
    case inProgress = "in progress"
    /// The step's deliverable is complete.
    case done = "done"

    /// The catalog key of the stage's name (`stage.inProgress`).
    public var key: String {
      switch self {
      case .notStarted: return "stage.notStarted"
      case .inProgress: return "stage.inProgress"
      case .done: return "stage.done"
      }
    }
  }

  /// One finding, and what to do about it.
  public struct Item: Equatable, Sendable {
    /// The finding, in the user's language once rendered.
    public var phrase: Phrase
    /// The action that settles it, when one command can.
    public var action: GuideAction?
    /// Whether the plan does not hold together while it stands (the hours do not fit, the
    /// calendar repeats its messages): the steps may be done, the plan is not ready.
    public var blocking: Bool

    /// Creates an item.
    public init(_ phrase: Phrase, action: GuideAction? = nil, blocking: Bool = false) {
      self.phrase = phrase
      self.action = action
      self.blocking = blocking
    }
  }

  /// The step reviewed.
  public var step: MethodStep
  /// How far it has come.
  public var stage: Stage
  /// What is done, one phrase each.
  public var done: [Phrase]
  /// What the step still needs before its deliverable is complete.
  public var missing: [Item]
  /// What is there but weak: it works, a senior consultant would still fix it.
  public var weak: [Item]

  /// Creates a review.
  public init(
    step: MethodStep, stage: Stage, done: [Phrase], missing: [Item], weak: [Item]
  ) {
    self.step = step
    self.stage = stage
    self.done = done
    self.missing = missing
    self.weak = weak
  }
}
