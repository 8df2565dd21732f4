/// A crisis triage run for the brand, as it was answered: kept in the brand so that the plan
/// shows the triages of the session, and assessed again from these answers when read (a
/// replay, or a newer rule, gives the same assessment as a fresh triage).
public struct TriageRecord: Equatable, Sendable, Codable {
  /// The SCCT crisis type.
  public var type: CrisisType
  /// Whether the information at its heart is true, false or truncated.
  public var veracity: Veracity
  /// Whether the organisation had similar crises before.
  public var history: Bool
  /// The prior relationship reputation.
  public var reputation: PriorReputation
  /// The harm done to people.
  public var harm: Harm
  /// How many people have seen it, when known.
  public var reach: Int?
  /// Mentions per hour, when known.
  public var velocity: Int?
  /// For a challenge, whether it is legitimate (nil: not said).
  public var legitimacy: Legitimacy?

  /// A triage answered so.
  public init(
    type: CrisisType, veracity: Veracity, history: Bool, reputation: PriorReputation,
    harm: Harm, reach: Int? = nil, velocity: Int? = nil, legitimacy: Legitimacy? = nil
  ) {
    self.legitimacy = legitimacy
    self.type = type
    self.veracity = veracity
    self.history = history
    self.reputation = reputation
    self.harm = harm
    self.reach = reach
    self.velocity = velocity
  }

  /// The assessment of these answers, for a brand of which nothing else is known.
  /// - Throws: ``SMMCoreError`` when the answers contradict each other.
  public func assessment() throws(SMMCoreError) -> CrisisAssessment {
    try CrisisTriage.assess(
      type: type, veracity: veracity, history: history, reputation: reputation, harm: harm,
      reach: reach, velocity: velocity, legitimacy: legitimacy)
  }

  /// The assessment of these answers for `state`: reach and velocity weighed against its
  /// audience (``BrandAudience``), the escalation chain of its team (``TeamSize``).
  /// - Throws: ``SMMCoreError`` when the answers contradict each other.
  public func assessment(for state: BrandState) throws(SMMCoreError) -> CrisisAssessment {
    try CrisisTriage.assess(
      type: type, veracity: veracity, history: history, reputation: reputation, harm: harm,
      reach: reach, velocity: velocity, legitimacy: legitimacy,
      audience: BrandAudience.of(state), team: state.profile.team)
  }
}
