import SMMCore

/// A crisis triage as data: the keys of `/crisis triage --json`, the `data` of a triage's
/// `--json` line. Texts in English, as scripts read them.
package struct TriageReport: Codable, Sendable, Equatable {
  package var cluster: String
  package var strategy: String
  package var bolstering: Bool
  package var level: Int
  package var respondWithinMinutes: Int
  package var guideline: String
  package var actions: [String]

  enum CodingKeys: String, CodingKey {
    case cluster, strategy, bolstering, level
    case respondWithinMinutes = "respond_within_minutes"
    case guideline, actions
  }

  /// The report of `assessment`.
  package init(_ assessment: CrisisAssessment) {
    cluster = assessment.cluster.rawValue
    strategy = assessment.strategy.rawValue
    bolstering = assessment.bolstering
    level = assessment.level
    respondWithinMinutes = assessment.respondWithinMinutes
    guideline = assessment.guideline.render(.englishCommands)
    actions = assessment.actions.map { $0.render(.englishCommands) }
  }
}
