/// Crisis triage after Coombs' Situational Crisis Communication Theory (SCCT, Coombs 2007)
/// and practitioners' escalation models.
///
/// **Strategy.** The crisis type gives a cluster. An intensifier — a crisis history or a poor
/// prior reputation — raises the attribution one level for the choice of strategy (victim is
/// treated as accidental, accidental as preventable); the reported cluster stays the type's.
///
/// | treated as                | strategy | guideline |
/// |---------------------------|----------|-----------|
/// | victim, no intensifier    | inform   | 1 (victimage bolstering allowed: 2) |
/// | accidental, no intensifier| diminish | 3 |
/// | victim + intensifier      | diminish | 4 |
/// | accidental + intensifier  | rebuild  | 5 |
/// | preventable (any)         | rebuild  | 6 |
/// | false information         | deny, with evidence | 7 |
///
/// True information never gets a denial; truncated information keeps the cluster's strategy
/// and first restores the full facts. Deny is never mixed with diminish or rebuild
/// (guideline 8), and bolstering only supplements inform, diminish or rebuild: victimage for
/// the victim cluster, a reminder of past good works when the prior reputation is good
/// (guideline 9).
///
/// **Escalation level** (three- and four-level models: frontline → PR manager → senior
/// leadership and legal → whole organisation), applied in this order, capped at 4:
///
/// | input                                       | level |
/// |---------------------------------------------|-------|
/// | treated as victim / accidental / preventable | start at 1 / 2 / 3 |
/// | harm financial                               | at least 2 |
/// | harm injury                                  | at least 3; 4 if treated as preventable |
/// | reach ≥ 10,000 people                        | + 1 |
/// | reach ≥ 100,000 people                       | 4 |
/// | velocity ≥ 100 mentions per hour             | + 1 |
///
/// **Response time.** 60 minutes at levels 1–2 (Coombs: initial response within the first
/// hour), 15 minutes at levels 3–4 (mediafirst: the golden hour is now closer to 15 minutes).
public enum CrisisTriage {
  /// Reach, in people, from which the level goes up by one.
  public static let wideReach = 10_000
  /// Reach, in people, from which the level is 4.
  public static let massReach = 100_000
  /// Velocity, in mentions per hour, from which the level goes up by one.
  public static let fastVelocity = 100

  /// Assesses a crisis: strategy, bolstering, escalation level, response time, first actions.
  /// - Parameters:
  ///   - type: the SCCT crisis type.
  ///   - veracity: whether the information at the heart of the crisis is true, false or
  ///     truncated.
  ///   - history: whether the organisation had similar crises before (an intensifier).
  ///   - reputation: the prior relationship reputation (poor is an intensifier).
  ///   - harm: the harm done to people.
  ///   - reach: how many people have seen it, if known.
  ///   - velocity: mentions per hour, if known.
  /// - Throws: ``SMMCoreError/invalidMessage(_:)`` when answers contradict each other, saying
  ///   which and how to fix them.
  public static func assess(
    type: CrisisType, veracity: Veracity, history: Bool, reputation: PriorReputation,
    harm: Harm, reach: Int?, velocity: Int?
  ) throws -> CrisisAssessment {
    try check(type: type, veracity: veracity, harm: harm, reach: reach, velocity: velocity)

    let cluster = type.cluster
    let intensified = history || reputation == .poor
    let treated = intensified ? cluster.raised : cluster
    var notes: [String] = []

    if intensified {
      let causes = [
        history ? "a crisis history" : nil, reputation == .poor ? "a poor prior reputation" : nil,
      ]
      .compactMap { $0 }.joined(separator: " and ")
      notes.append(
        cluster == .preventable
          ? "\(causes.capitalizedFirst) intensifies attribution, already at its highest (preventable)"
          : "\(causes.capitalizedFirst) raised the attribution one level: the \(cluster.rawValue) crisis is treated as \(treated.rawValue)"
      )
    }

    // Strategy and guideline.
    let strategy: CrisisStrategy
    let guideline: String
    if veracity == .untrue {
      strategy = .deny
      guideline =
        "False information on a rumour or challenge: deny, with evidence (Coombs 2007, guideline 7)"
      if type != .rumor && type != .challenge {
        notes.append(
          "The report of a \(type.rawValue) crisis is false: it is answered like a rumour, denied with evidence"
        )
      }
      notes.append(
        "Deny is not mixed with diminish or rebuild, and takes no bolstering (Coombs 2007, guidelines 8 and 9)"
      )
    } else {
      switch (cluster, treated) {
      case (.victim, .victim):
        strategy = .inform
        guideline =
          "Victim crisis, no history, neutral or good reputation: instructing and adjusting information alone (Coombs 2007, guideline 1)"
        notes.append(
          "Victimage may be part of the response for a \(type.rawValue) crisis (Coombs 2007, guideline 2)"
        )
      case (.victim, _):
        strategy = .diminish
        guideline =
          "Victim crisis with a crisis history or a poor prior reputation: diminish (Coombs 2007, guideline 4)"
      case (.accidental, .accidental):
        strategy = .diminish
        guideline =
          "Accident crisis, no history, neutral or good reputation: diminish (Coombs 2007, guideline 3)"
      case (.accidental, _):
        strategy = .rebuild
        guideline =
          "Accident crisis with a crisis history or a poor prior reputation: rebuild (Coombs 2007, guideline 5)"
      case (.preventable, _):
        strategy = .rebuild
        guideline = "Preventable crisis: rebuild (Coombs 2007, guideline 6)"
      }
      if veracity == .accurate {
        notes.append("True information never gets a denial")
      } else {
        notes.append(
          "Truncated information is not denied: restore the full facts first, then \(strategy.rawValue)"
        )
      }
    }

    let victimage = strategy != .deny && cluster == .victim
    let reminder = strategy != .deny && reputation == .good
    let bolstering = victimage || reminder

    // Escalation level.
    var level: Int
    switch treated {
    case .victim: level = 1
    case .accidental: level = 2
    case .preventable: level = 3
    }
    switch harm {
    case .none: break
    case .financial: level = max(level, 2)
    case .injury: level = max(level, treated == .preventable ? 4 : 3)
    }
    if let reach {
      if reach >= massReach {
        level = 4
      } else if reach >= wideReach {
        level += 1
      }
    }
    if let velocity, velocity >= fastVelocity {
      level += 1
    }
    level = min(level, 4)

    let minutes = level >= 3 ? 15 : 60
    notes.append(
      level >= 3
        ? "Respond within 15 minutes: \"the once make-or-break 'golden hour' is now closer to 15 minutes\" (mediafirst.co.uk)"
        : "Respond within 60 minutes: \"try to have initial response within the first hour\" (Coombs, best practices for initial crisis response)"
    )

    // Actions, people first.
    var actions: [String] = []
    if harm == .injury || strategy == .inform {
      actions.append(
        harm == .injury
          ? "Protect people first — instructing information: tell people what to do to stay safe (stop using, where to get help, whom to call)"
          : "Instructing information: tell people what to do to protect themselves, if anything")
    }
    if harm == .injury || strategy != .deny {
      actions.append(
        "Adjusting information: express concern and sympathy, and say what corrective action is under way"
      )
    }
    if veracity == .truncated {
      actions.insert(
        "Restore the full facts: publish the complete facts and their context, without denying what is true",
        at: harm == .injury ? actions.count : 0)
    }
    switch strategy {
    case .inform:
      break
    case .deny:
      actions.append(
        "Publish the evidence that the report is false: documents, data, third-party confirmation")
      actions.append(
        "Correct the record where it spreads: answer the main posts with the evidence and ask publishers to correct"
      )
    case .diminish:
      actions.append(
        "Explain the circumstances honestly: minimise responsibility (excuse) or damage (justification) only where true"
      )
    case .rebuild:
      actions.append("Apologise publicly and take full responsibility")
      actions.append(
        "Compensate those affected and say what changes so that it does not happen again")
    }
    if victimage {
      actions.append(
        "Supplement only (victimage): say the organisation is also a victim, never as the main message"
      )
    }
    if reminder {
      actions.append("Supplement only (reminder): recall past good works briefly")
    }
    actions.append(
      "Post a holding statement on every chosen channel: date and time, confirmed facts only, what is being done, empathy, when the next update comes"
    )
    actions.append(
      "Brief employees and spokespeople before they are asked, so that every answer is consistent")
    actions.append(
      level >= 3
        ? "Set the next update time, within the hour, and keep to it"
        : "Set the next update time, within the day, and keep to it")

    return CrisisAssessment(
      cluster: cluster, strategy: strategy, bolstering: bolstering, level: level,
      respondWithinMinutes: minutes, guideline: guideline, actions: actions,
      whoActs: whoActs(level: level), notes: notes)
  }

  /// Who acts and approves at an escalation level (1–4).
  public static func whoActs(level: Int) -> String {
    switch level {
    case ...1:
      return "The community manager answers on the channels and informs the communications manager"
    case 2:
      return
        "The communications/PR manager coordinates and approves every statement; the community manager posts"
    case 3:
      return
        "The crisis team acts: senior leadership and legal approve statements, the PR manager coordinates, the spokesperson speaks"
    default:
      return
        "The whole organisation acts: the crisis team is convened, the CEO speaks, leadership and legal approve, all staff are briefed"
    }
  }

  /// The assessment as one JSON object, keys in this order: cluster, strategy, bolstering,
  /// level, respond_within_minutes, guideline, actions.
  public static func json(_ assessment: CrisisAssessment) -> String {
    let actions = assessment.actions.map(quoted).joined(separator: ", ")
    return "{\"cluster\": \(quoted(assessment.cluster.rawValue)), "
      + "\"strategy\": \(quoted(assessment.strategy.rawValue)), "
      + "\"bolstering\": \(assessment.bolstering), "
      + "\"level\": \(assessment.level), "
      + "\"respond_within_minutes\": \(assessment.respondWithinMinutes), "
      + "\"guideline\": \(quoted(assessment.guideline)), "
      + "\"actions\": [\(actions)]}"
  }

  /// A JSON string literal: quotes and backslashes escaped, control characters as \u00XX.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      default:
        if scalar.value < 0x20 {
          let digits = String(scalar.value, radix: 16, uppercase: true)
          out += "\\u00" + (digits.count < 2 ? "0" : "") + digits
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  static func check(
    type: CrisisType, veracity: Veracity, harm: Harm, reach: Int?, velocity: Int?
  ) throws {
    if type == .rumor && veracity == .accurate {
      throw SMMCoreError.invalidMessage(
        "a true report is not a rumor: pick the type it describes (for example misdeed or technical-accident), or say the information is false or truncated"
      )
    }
    if veracity == .untrue && harm == .injury && type.cluster == .preventable {
      throw SMMCoreError.invalidMessage(
        "if the information is false, there is no \(type.rawValue) with injuries: check the type or the veracity (a false report is a rumor; real injuries make the information true or truncated)"
      )
    }
    if let reach, reach < 0 {
      throw SMMCoreError.invalidMessage(
        "reach is a number of people and cannot be negative (\(reach)); give 0 or more, or leave it out"
      )
    }
    if let velocity, velocity < 0 {
      throw SMMCoreError.invalidMessage(
        "velocity is a number of mentions per hour and cannot be negative (\(velocity)); give 0 or more, or leave it out"
      )
    }
  }
}

extension String {
  fileprivate var capitalizedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}
