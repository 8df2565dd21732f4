import SMMCore

/// A crisis triage as data: the keys of `/crisis triage --json`, the `data` of a triage's
/// `--json` line. Texts in English, as scripts read them.
public struct TriageReport: Codable, Sendable, Equatable {
  public var cluster: String
  public var strategy: String
  public var bolstering: Bool
  public var level: Int
  public var respondWithinMinutes: Int
  public var guideline: String
  public var actions: [String]

  enum CodingKeys: String, CodingKey {
    case cluster, strategy, bolstering, level
    case respondWithinMinutes = "respond_within_minutes"
    case guideline, actions
  }

  /// The report of `assessment`.
  public init(_ assessment: CrisisAssessment) {
    cluster = assessment.cluster.rawValue
    strategy = assessment.strategy.rawValue
    bolstering = assessment.bolstering
    level = assessment.level
    respondWithinMinutes = assessment.respondWithinMinutes
    guideline = assessment.guideline.render(.english)
    actions = assessment.actions.map { $0.render(.english) }
  }
}
