import SMMCore

extension PlanReport {
  /// Where each step stands and the next action: what the plan still lacks, said instead of
  /// left as holes (also the `data` of `/status --json`).
  public struct Progress: Codable, Sendable, Equatable {
    public var steps: [Step]
    public var complete: Bool
    /// The next command, `…` where an answer goes; null when the plan is complete.
    @Nullable public var next: String?

    enum CodingKeys: String, CodingKey { case steps, complete, next }
  }

  /// One step of the method: its stage, what is done, missing and weak.
  public struct Step: Codable, Sendable, Equatable {
    public var step: Int
    public var slug: String
    public var stage: String
    public var done: [String]
    public var missing: [Item]
    public var weak: [Item]

    enum CodingKeys: String, CodingKey { case step, slug, stage, done, missing, weak }
  }

  /// A missing or weak item, with the command that settles it (null when there is none).
  public struct Item: Codable, Sendable, Equatable {
    public var text: String
    @Nullable public var command: String?

    enum CodingKeys: String, CodingKey { case text, command }
  }

  /// The progress of `reviews`, its texts in `strings`; `next` is the guide's next action
  /// (by default the first the reviews name), the plan complete when there is none.
  public static func progress(
    _ reviews: [StepReview], next: GuideAction?? = nil, strings: Strings = .english
  ) -> Progress {
    let next = next ?? Guidance.next(reviews: reviews)
    func items(_ list: [StepReview.Item]) -> [Item] {
      list.map { Item(text: $0.phrase.render(strings), command: $0.action?.shownCommand) }
    }
    return Progress(
      steps: reviews.map { review in
        Step(
          step: review.step.number, slug: review.step.slug, stage: review.stage.rawValue,
          done: review.done.map { $0.render(strings) }, missing: items(review.missing),
          weak: items(review.weak))
      },
      complete: next == nil, next: next?.shownCommand)
  }
}
