/// Where a brand stands on one step of the method.
public struct StepProgress: Equatable, Sendable {
  /// How far a step has come.
  public enum Stage: String, Equatable, Sendable {
    /// Nothing recorded for this step yet.
    case notStarted = "not started"
    /// Some of what the step needs is recorded.
    case inProgress = "in progress"
    /// The step's deliverable is complete.
    case done = "done"
  }

  /// The step described.
  public var step: MethodStep
  /// How far it has come.
  public var stage: Stage
  /// What is still missing, one item a line.
  public var missing: [String]

  /// Creates a progress record.
  public init(step: MethodStep, stage: Stage, missing: [String]) {
    self.step = step
    self.stage = stage
    self.missing = missing
  }

  /// The progress of every step for `state`. Pure: the same state gives the same answer.
  public static func evaluate(_ state: BrandState) -> [StepProgress] {
    MethodStep.allCases.map { step in
      switch step {
      case .spaces: return spaces(state)
      case .content: return content(state)
      case .communities: return communities(state)
      case .crisis: return crisis(state)
      }
    }
  }

  static func spaces(_ state: BrandState) -> StepProgress {
    var missing: [String] = []
    let fields = state.profile.missingFields
    if !fields.isEmpty {
      missing.append(
        "the brand profile: \(fields.map(\.rawValue).joined(separator: ", ")) (/interview)")
    }
    if state.spaces.isEmpty {
      missing.append("a choice of platforms (/spaces recommend, then /spaces choose)")
    }
    let check = ProfileCheck.run(state)
    for item in check.completeness where !item.missing.isEmpty {
      missing.append(
        "the \(item.platform.displayName) profile: \(item.missing.joined(separator: ", ")) (/profile \(item.platform.rawValue))"
      )
    }
    let started =
      fields.count < ProfileField.allCases.count - 1 || !state.spaces.isEmpty
      || !state.profiles.isEmpty
    let stage: Stage = missing.isEmpty ? .done : (started ? .inProgress : .notStarted)
    return StepProgress(step: .spaces, stage: stage, missing: missing)
  }

  static func content(_ state: BrandState) -> StepProgress {
    let line = state.content
    var missing: [String] = []
    if line.pillars.count < EditorialLine.minimumPillars {
      missing.append(
        "\(EditorialLine.minimumPillars - line.pillars.count) more content pillar\(EditorialLine.minimumPillars - line.pillars.count == 1 ? "" : "s") (/content pillars add THEME)"
      )
    }
    if line.messages.isEmpty {
      missing.append("the brand's core messages (/content message add TEXT)")
    }
    for message in line.messages {
      let without = state.spaces.filter { message.variants[$0] == nil }
      if !without.isEmpty {
        missing.append(
          "message \(message.id) for \(without.map(\.rawValue).joined(separator: ", ")) (/content adapt \(message.id))"
        )
      }
      let invalid = message.variants.keys.sorted().filter { platform in
        message.variants[platform].map { variant in
          !variant.parts.allSatisfy { PlatformCounter.isValid($0, on: platform) }
        } ?? false
      }
      if !invalid.isEmpty {
        missing.append(
          "message \(message.id) over the limit on \(invalid.map(\.rawValue).joined(separator: ", ")) (/content check)"
        )
      }
    }
    if line.calendar == nil {
      missing.append("a publishing calendar (/calendar plan WEEKS)")
    }
    let started = !line.pillars.isEmpty || !line.messages.isEmpty || line.calendar != nil
    let stage: Stage = missing.isEmpty ? .done : (started ? .inProgress : .notStarted)
    return StepProgress(step: .content, stage: stage, missing: missing)
  }

  static func communities(_ state: BrandState) -> StepProgress {
    var missing: [String] = []
    if state.communities.isEmpty {
      missing.append(
        "a community map (/community suggests communities, /community add NAME --platform P --type T)"
      )
    }
    for community in state.communities where !community.isMapped {
      missing.append(
        "what \(community.name) \(community.missing.map { $0.hasPrefix("gives") ? "gets from the brand" : "brings back" }.joined(separator: " and ")) (/community set)"
      )
    }
    if state.engagement == nil {
      missing.append("an engagement plan: create, share, spread (/engage plan)")
    } else {
      let planned = Set(state.engagement?.actions.map { $0.community.lowercased() } ?? [])
      let without = state.communities.filter { !planned.contains($0.name.lowercased()) }.map(\.name)
      if !without.isEmpty {
        missing.append("actions for \(without.joined(separator: ", ")) (/engage plan again)")
      }
    }
    let started = !state.communities.isEmpty || state.engagement != nil || !state.metrics.isEmpty
    let stage: Stage = missing.isEmpty ? .done : (started ? .inProgress : .notStarted)
    return StepProgress(step: .communities, stage: stage, missing: missing)
  }

  static func crisis(_ state: BrandState) -> StepProgress {
    var missing: [String] = []
    if state.risks.isEmpty {
      missing.append(
        "a risk register (/crisis risks suggests risks from the sector, /crisis risk add NAME --type T)"
      )
    }
    let unnamed = CrisisPlaybook.roles.filter { role in
      !state.crisisTeam.contains { $0.role == role }
    }
    if !unnamed.isEmpty {
      missing.append(
        "a crisis team: \(unnamed.joined(separator: ", ")) (/crisis team ROLE NAME CONTACT)")
    }
    for risk in state.risks {
      let playbook = CrisisPlaybook.build(risk, for: state)
      if playbook.statements.isEmpty {
        missing.append("channels for the \(risk.name) playbook (/spaces choose, or --channels)")
      } else if !playbook.statements.allSatisfy({ $0.valid }) {
        missing.append("holding statements within their limits for \(risk.name) (/crisis playbook)")
      }
    }
    if state.drills.isEmpty {
      missing.append("a drill of the riskiest playbook (/crisis drill NAME)")
    }
    let started = !state.risks.isEmpty || !state.crisisTeam.isEmpty
    let stage: Stage = missing.isEmpty ? .done : (started ? .inProgress : .notStarted)
    return StepProgress(step: .crisis, stage: stage, missing: missing)
  }

  /// The step to work on now: the first one that is not done.
  public static func current(_ state: BrandState) -> MethodStep {
    evaluate(state).first(where: { $0.stage != .done })?.step ?? .crisis
  }
}
