import SMMCore

extension PlanReport {
  /// Step 4: the risks by score, the team, a playbook per risk and the drills run.
  package struct Crisis: Codable, Sendable, Equatable {
    package var risks: [Risk]
    package var team: [Role]
    package var playbooks: [Playbook]
    package var drills: [Drill]

    enum CodingKeys: String, CodingKey { case risks, team, playbooks, drills }
  }

  /// One risk of the register.
  package struct Risk: Codable, Sendable, Equatable {
    package var name: String
    package var type: String
    package var cluster: String
    package var likelihood: Int
    package var impact: Int
    package var score: Int
    package var channels: [String]

    enum CodingKeys: String, CodingKey {
      case name, type, cluster, likelihood, impact, score, channels
    }
  }

  /// One role of the crisis team.
  package struct Role: Codable, Sendable, Equatable {
    package var role: String
    package var name: String
    package var contact: String

    enum CodingKeys: String, CodingKey { case role, name, contact }
  }

  /// The playbook of one risk.
  package struct Playbook: Codable, Sendable, Equatable {
    package var risk: String
    package var escalation: [String]
    package var checklist: [String]
    /// The holding statement per platform (raw id).
    package var statements: [String: Statement]
    /// Null for a team of one to three people: the holding statement is pinned instead.
    @Nullable package var darkSite: String?
    package var internalMessage: String

    enum CodingKeys: String, CodingKey {
      case risk, escalation, checklist, statements
      case darkSite = "dark_site"
      case internalMessage = "internal_message"
    }
  }

  /// A holding statement on one platform, with its count.
  package struct Statement: Codable, Sendable, Equatable {
    package var text: String
    package var length: Int
    package var valid: Bool
    package var edited: Bool

    enum CodingKeys: String, CodingKey { case text, length, valid, edited }
  }

  /// One drill run and its score.
  package struct Drill: Codable, Sendable, Equatable {
    package var risk: String
    package var seed: UInt64
    package var answers: [String]
    @Nullable package var minutesToFirstResponse: Int?
    package var targetMinutes: Int
    package var triageFit: Int
    package var strategyFit: Bool
    package var score: Int
    package var fixes: [String]

    enum CodingKeys: String, CodingKey {
      case risk, seed, answers
      case minutesToFirstResponse = "minutes_to_first_response"
      case targetMinutes = "target_minutes"
      case triageFit = "triage_fit"
      case strategyFit = "strategy_fit"
      case score, fixes
    }
  }

  /// Builds step 4 of `state`.
  static func crisis(_ state: BrandState, _ facts: Facts) -> Crisis {
    let risks = facts.risks
    return Crisis(
      risks: risks.map {
        Risk(
          name: $0.name, type: $0.type.rawValue, cluster: $0.type.cluster.rawValue,
          likelihood: $0.likelihood, impact: $0.impact, score: $0.score,
          channels: $0.channels.map(\.rawValue))
      },
      team: state.crisisTeam.map { Role(role: $0.role, name: $0.name, contact: $0.contact) },
      playbooks: zip(risks, facts.playbooks).map { risk, playbook in
        var statements: [String: Statement] = [:]
        for statement in playbook.statements {
          statements[statement.platform.rawValue] = Statement(
            text: statement.text, length: statement.length, valid: statement.valid,
            edited: statement.edited)
        }
        return Playbook(
          risk: risk.name, escalation: playbook.escalation.map { $0.render(.englishCommands) },
          checklist: playbook.checklist.map { $0.render(.englishCommands) }, statements: statements,
          darkSite: playbook.darkSite, internalMessage: playbook.internalMessage)
      },
      drills: state.drills.map { drill in
        Drill(
          risk: drill.risk, seed: drill.seed, answers: drill.answers,
          minutesToFirstResponse: drill.minutesToFirstResponse, targetMinutes: drill.targetMinutes,
          triageFit: drill.triageFit, strategyFit: drill.strategyFit, score: drill.score,
          fixes: drill.fixes.map { $0.render(.englishCommands) })
      })
  }
}
