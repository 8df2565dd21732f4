/// A crisis type from Coombs' Situational Crisis Communication Theory (SCCT, Coombs 2007).
///
/// Each type belongs to one ``CrisisCluster``, which sets the initial attribution of
/// responsibility: very little (victim), low (accidental), strong (preventable).
public enum CrisisType: String, CaseIterable, Codable, Sendable {
  /// A natural disaster hurts the organisation (victim cluster).
  case naturalDisaster = "natural-disaster"
  /// False or damaging information about the organisation circulates (victim cluster).
  case rumor
  /// An employee or former employee attacks others on site (victim cluster).
  case workplaceViolence = "workplace-violence"
  /// An outside agent damages the organisation's products (victim cluster).
  case tampering
  /// Stakeholders claim the organisation acts inappropriately (accidental cluster).
  case challenge
  /// A technology or equipment failure causes an accident (accidental cluster).
  case technicalAccident = "technical-accident"
  /// A technology or equipment failure causes a product recall (accidental cluster).
  case technicalProductHarm = "technical-product-harm"
  /// Human error causes an accident (preventable cluster).
  case humanErrorAccident = "human-error-accident"
  /// Human error causes a product recall (preventable cluster).
  case humanErrorProductHarm = "human-error-product-harm"
  /// Stakeholders are put at risk knowingly, without injuries (preventable cluster).
  case misdeed
  /// Management knowingly violates laws or regulations (preventable cluster).
  case managementMisconduct = "management-misconduct"
  /// Stakeholders are put at risk knowingly and some are injured (preventable cluster).
  case misdeedInjuries = "misdeed-injuries"

  /// Whether people may be harmed, or are at risk of it, even before anyone is hurt: they
  /// need instructing information first (Coombs 2007, recommendation 1: "all victims or
  /// potential victims"). A rumour, a challenge or management misconduct puts no one at risk by
  /// itself (a harm answered in the triage still counts).
  public var putsPeopleAtRisk: Bool {
    switch self {
    case .rumor, .challenge, .managementMisconduct: return false
    case .naturalDisaster, .workplaceViolence, .tampering, .technicalAccident,
      .technicalProductHarm, .humanErrorAccident, .humanErrorProductHarm, .misdeed,
      .misdeedInjuries:
      return true
    }
  }

  /// The SCCT cluster the type belongs to.
  public var cluster: CrisisCluster {
    switch self {
    case .naturalDisaster, .rumor, .workplaceViolence, .tampering: return .victim
    case .challenge, .technicalAccident, .technicalProductHarm: return .accidental
    case .humanErrorAccident, .humanErrorProductHarm, .misdeed, .managementMisconduct,
      .misdeedInjuries:
      return .preventable
    }
  }
}

/// An SCCT crisis cluster, by the responsibility stakeholders attribute to the organisation.
public enum CrisisCluster: String, CaseIterable, Codable, Sendable {
  /// Very little responsibility, mild reputational threat.
  case victim
  /// Low responsibility, moderate reputational threat.
  case accidental
  /// Strong responsibility, severe reputational threat.
  case preventable

  /// The cluster one attribution level up (an intensifier's effect); preventable stays.
  public var raised: CrisisCluster {
    switch self {
    case .victim: return .accidental
    case .accidental, .preventable: return .preventable
    }
  }
}

/// Whether the information at the heart of the crisis is true, false or truncated.
public enum Veracity: String, CaseIterable, Codable, Sendable {
  /// The information is true.
  case accurate = "true"
  /// The information is false.
  case untrue = "false"
  /// The information is partly true: cut down or taken out of context.
  case truncated
}

/// How the organisation treated its stakeholders before the crisis (an SCCT intensifier).
public enum PriorReputation: String, CaseIterable, Codable, Sendable {
  /// Stakeholders were treated well; past good works can be recalled.
  case good
  /// Nothing notable either way.
  case neutral
  /// Stakeholders were treated badly; this intensifies attribution.
  case poor
}

/// The harm the crisis has done to people.
public enum Harm: String, CaseIterable, Codable, Sendable {
  /// No one lost anything.
  case none
  /// People lost money or property.
  case financial
  /// People were injured, or could be.
  case injury
}

/// An SCCT response posture (Coombs 2007).
public enum CrisisStrategy: String, CaseIterable, Codable, Sendable {
  /// Instructing and adjusting information only.
  case inform
  /// Attack the accuser, denial, scapegoat: only against false information, with evidence.
  case deny
  /// Excuse (minimise responsibility) or justification (minimise damage).
  case diminish
  /// Compensation and apology: full responsibility.
  case rebuild

  /// The strategy's name in the reader's language ("deny", « nier », as Coombs' French
  /// readers write it).
  public var label: Phrase { Phrase("crisis.strategy.\(rawValue)") }
}

/// What to do about a crisis: the SCCT strategy, how far to escalate, how fast to answer.
public struct CrisisAssessment: Equatable, Sendable, Codable {
  /// The crisis type's own cluster (intensifiers do not change it; see ``notes``).
  public var cluster: CrisisCluster
  /// The response strategy.
  public var strategy: CrisisStrategy
  /// Whether bolstering (reminder, ingratiation, victimage) may supplement the strategy.
  public var bolstering: Bool
  /// The escalation level, 1 (community manager) to ``levels`` (whole organisation).
  public var level: Int
  /// The number of levels of the brand's chain: 4, or 3 for a team of one to three people.
  public var levels: Int
  /// The time to the first public response, in minutes.
  public var respondWithinMinutes: Int
  /// The SCCT guideline applied, in one line, citing "Coombs 2007, guideline N".
  public var guideline: Phrase
  /// The first actions, in order.
  public var actions: [Phrase]
  /// Who acts and approves at this level.
  public var whoActs: Phrase
  /// Why: intensifiers, veracity, sources of the response time.
  public var notes: [Phrase]

  /// Creates an assessment.
  public init(
    cluster: CrisisCluster, strategy: CrisisStrategy, bolstering: Bool, level: Int,
    respondWithinMinutes: Int, guideline: Phrase, actions: [Phrase], whoActs: Phrase,
    notes: [Phrase], levels: Int = 4
  ) {
    self.levels = levels
    self.cluster = cluster
    self.strategy = strategy
    self.bolstering = bolstering
    self.level = level
    self.respondWithinMinutes = respondWithinMinutes
    self.guideline = guideline
    self.actions = actions
    self.whoActs = whoActs
    self.notes = notes
  }
}
