/// A risk in the crisis register: what could happen, how likely, how bad, where it would break.
public struct CrisisRisk: Equatable, Sendable, Codable {
  /// Its name, unique for the brand (any case).
  public var name: String
  /// The SCCT crisis type it would be.
  public var type: CrisisType
  /// How likely, 1 (rare) to 5 (almost certain).
  public var likelihood: Int
  /// How bad, 1 (minor) to 5 (severe).
  public var impact: Int
  /// The channels where it would break first.
  public var channels: [Platform]
  /// Holding statements written by hand, per channel (others are generated).
  public var statements: [Platform: String]

  /// Creates a risk.
  public init(
    name: String, type: CrisisType, likelihood: Int, impact: Int, channels: [Platform],
    statements: [Platform: String] = [:]
  ) {
    self.name = name
    self.type = type
    self.likelihood = likelihood
    self.impact = impact
    self.channels = channels
    self.statements = statements
  }

  /// Likelihood × impact, 1 to 25.
  public var score: Int { likelihood * impact }
}

/// A member of the crisis team.
public struct CrisisRole: Equatable, Sendable, Codable {
  /// Creates a member.
  public init(role: String, name: String, contact: String) {
    self.role = role
    self.name = name
    self.contact = contact
  }

  /// The role: spokesperson, approver, community manager, legal…
  public var role: String
  /// Who holds it.
  public var name: String
  /// How to reach them at any hour.
  public var contact: String
}

/// Risks to consider, from the brand's sector: a starting point the user edits.
public enum RiskSuggestions {
  /// Suggested risks (name, type, likelihood, impact) for `state`, named in the brand's
  /// language (a risk's name goes into its holding statements).
  public static func suggest(_ state: BrandState) -> [(
    name: String, type: CrisisType, likelihood: Int, impact: Int
  )] {
    let strings = Strings.of(state.publishingLanguage)
    var result: [(String, CrisisType, Int, Int)] = []
    if let kind = SectorKind.of(state) {
      for risk in SectorRisks.risks(kind) {
        result.append(
          (strings("crisis.suggest.\(risk.slug)"), risk.type, risk.likelihood, risk.impact))
      }
    }
    result.append((strings("crisis.suggest.rumour"), .rumor, 3, 3))
    // A listing's reviews can be swamped by one-star reviews from people who never came
    // (after a viral post, a local quarrel): outsiders attacking the brand, the victim cluster.
    if let listing = state.reviewListings.first {
      let name = strings("crisis.suggest.reviewStorm", ["platform": listing.displayName])
      result.append((name, .tampering, 3, 3))
    }
    result.append((strings("crisis.suggest.challenge"), .challenge, 3, 2))
    result.append((strings("crisis.suggest.offensivePost"), .managementMisconduct, 2, 3))
    return result.filter { suggestion in
      !state.risks.contains { $0.name.lowercased() == suggestion.0.lowercased() }
    }
  }
}
