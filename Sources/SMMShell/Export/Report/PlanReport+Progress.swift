import SMMCore

extension PlanReport {
  /// Where each step stands and the next action: what the plan still lacks, said instead of
  /// left as holes (also the `data` of `/status --json`).
  package struct Progress: Codable, Sendable, Equatable {
    package var steps: [Step]
    /// Nothing left to do and nothing that keeps the plan from holding together (the hours
    /// fit, the calendar does not repeat itself): the blocking items are among `weak`.
    package var complete: Bool
    /// The next command, `…` where an answer goes (what fixes the first blocker once the steps
    /// are done); null when the plan is complete.
    @Nullable package var next: String?

    enum CodingKeys: String, CodingKey { case steps, complete, next }
  }

  /// One step of the method: its stage, what is done, missing and weak.
  package struct Step: Codable, Sendable, Equatable {
    package var step: Int
    package var slug: String
    package var stage: String
    package var done: [String]
    package var missing: [Item]
    package var weak: [Item]

    enum CodingKeys: String, CodingKey { case step, slug, stage, done, missing, weak }
  }

  /// A missing or weak item, with the command that settles it (null when there is none).
  package struct Item: Codable, Sendable, Equatable {
    package var text: String
    @Nullable package var command: String?

    enum CodingKeys: String, CodingKey { case text, command }
  }

  /// The progress of `reviews`, its texts in `strings`; `next` is the guide's next action
  /// (by default the first the reviews name), the plan complete when there is none.
  package static func progress(
    _ reviews: [StepReview], next: GuideAction?? = nil, strings: Strings = .englishCommands
  ) -> Progress {
    let next = next ?? Guidance.next(reviews: reviews)
    // Steps done but a plan that does not hold together: what fixes the first blocker is next.
    let shown = next ?? Guidance.blockers(reviews).lazy.compactMap(\.action).first
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
      complete: next == nil && Guidance.blockers(reviews).isEmpty, next: shown?.shownCommand)
  }
}
