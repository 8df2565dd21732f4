import SMMCore

extension PlanReport {
  /// The domain's answers behind the report, computed once by ``PlanReport/build(_:)``: the
  /// Markdown and HTML documents render their phrases in the reader's language from these
  /// instead of asking the domain again. Not part of the JSON (nil once decoded).
  package struct Facts: Sendable, Equatable {
    /// The platforms ranked for the profile, best first.
    package var ranking: [SpaceScore]
    /// What the model proposes within the hours.
    package var proposal: SpaceProposal
    /// Where each step of the method stands.
    package var reviews: [StepReview]
    /// The guide's next action; nil when the plan is complete.
    package var next: GuideAction?
    /// The risks by score, highest first (then by name).
    package var risks: [CrisisRisk]
    /// A playbook per risk, in the order of ``risks``.
    package var playbooks: [CrisisPlaybook]

    /// The facts of `state`.
    package init(_ state: BrandState) {
      ranking = SpaceScoring.rank(state.profile)
      proposal = SpaceScoring.propose(ranking, hours: state.profile.hours)
      reviews = Guidance.review(state)
      next = Guidance.next(reviews: reviews)
      risks = state.risks.sorted {
        $0.score != $1.score ? $0.score > $1.score : $0.name < $1.name
      }
      playbooks = risks.map { CrisisPlaybook.build($0, for: state) }
    }
  }
}
