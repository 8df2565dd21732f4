/// Crisis triage after Coombs' Situational Crisis Communication Theory (SCCT, Coombs 2007)
/// and practitioners' escalation models.
///
/// **Strategy.** The crisis type gives a cluster; a report that is false is a rumour, so a
/// victim crisis, whatever it claims. An intensifier — a crisis history or a poor prior
/// reputation — raises the attribution one level for the choice of strategy (victim is treated
/// as accidental, accidental as preventable); the reported cluster stays the type's.
/// Recommendations are numbered as in Coombs (2007), Table 3:
///
/// | treated as                | strategy | recommendation |
/// |---------------------------|----------|-----------|
/// | victim, no intensifier    | inform (instructing information and care) | 3 |
/// | victim + intensifier      | diminish | 4 |
/// | accidental, no intensifier| diminish | 5 |
/// | accidental + intensifier  | rebuild  | 6 |
/// | preventable (any)         | rebuild  | 7 |
/// | false information         | deny, with evidence | 10 |
///
/// Whoever is at risk — hurt, or exposed to a product or a place that may hurt them — gets
/// instructing information first (1), and people seriously hurt are compensated whatever the
/// cluster (8). True information never gets a denial; truncated information keeps the
/// cluster's strategy and first restores the full facts. Deny is never mixed with diminish or
/// rebuild. Bolstering may supplement any strategy (9): a reminder of past good works when the
/// prior reputation is good, praise of the people who helped when someone was at risk or
/// harmed, and victimage in a victim crisis only. An apology goes through the legal contact
/// first: it admits responsibility.
///
/// The escalation levels and minute targets below are practitioners' guidance, not SCCT.
///
/// **Escalation level** (three- and four-level models: frontline → PR manager → senior
/// leadership and legal → whole organisation), applied in this order, capped at 4:
///
/// | input                                       | level |
/// |---------------------------------------------|-------|
/// | treated as victim / accidental / preventable | start at 1 / 2 / 3 |
/// | harm financial                               | at least 2 |
/// | harm injury                                  | at least 3; 4 if treated as preventable |
/// | reach ≥ the brand's audience (``BrandAudience``) | + 1 |
/// | reach ≥ 10× the audience, and ≥ 100,000      | 4 |
/// | velocity ≥ 1% of the audience an hour (≥ 10) | + 1 |
///
/// Without metrics the audience is an assumption by reach (national: 10,000 people, which
/// gives 10,000 / 100,000 people and 100 mentions an hour). A team of one to three people
/// (``TeamSize``) has three levels: the fourth is its third.
///
/// **Challenges.** A challenge that is not legitimate is denied whatever the truth of its
/// facts (Coombs 2007: deny for rumour and challenge crises, when possible); a legitimate one
/// is never denied: the cluster's strategy, and the organisation says what it changes.
///
/// **Response time.** 60 minutes at levels 1–2 (Coombs: initial response within the first
/// hour), 15 minutes at levels 3–4 (mediafirst: the golden hour is now closer to 15 minutes).
public enum CrisisTriage {
  /// Reach, in people, from which the level goes up by one, when nothing is known of the
  /// brand (the national assumption of ``BrandAudience``).
  public static let wideReach = BrandAudience.assumed(nil).wideReach
  /// Reach, in people, from which the level is the top one, for the same assumption.
  public static let massReach = BrandAudience.assumed(nil).massReach
  /// Velocity, in mentions per hour, from which the level goes up by one, for the same
  /// assumption.
  public static let fastVelocity = BrandAudience.assumed(nil).fastVelocity

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
  ///   - legitimacy: for a challenge, whether it is legitimate (nil: not said, the veracity
  ///     decides).
  ///   - audience: the brand's audience, which reach and velocity are weighed against.
  ///   - team: how many people post and answer (nil: not said, the four-level chain).
  /// - Throws: ``SMMCoreError/invalidMessage(_:)`` when answers contradict each other, saying
  ///   which and how to fix them.
  public static func assess(
    type: CrisisType, veracity: Veracity, history: Bool, reputation: PriorReputation,
    harm: Harm, reach: Int?, velocity: Int?, legitimacy: Legitimacy? = nil,
    audience: BrandAudience = .assumed(nil), team: TeamSize? = nil
  ) throws(SMMCoreError) -> CrisisAssessment {
    try check(type: type, veracity: veracity, harm: harm, reach: reach, velocity: velocity)
    let legitimacy = type == .challenge ? legitimacy : nil
    // An illegitimate challenge is denied whatever the facts' truth.
    let deniedChallenge = legitimacy == .illegitimate

    // A report that is false is a rumour, whatever it claims: a victim crisis, denied.
    let cluster = veracity == .untrue && !deniedChallenge ? .victim : type.cluster
    let intensified = history || reputation == .poor
    let treated = intensified ? cluster.raised : cluster
    var notes: [Phrase] = []

    if intensified {
      let causes =
        history && reputation == .poor
        ? Phrase("crisis.cause.both")
        : history ? Phrase("crisis.cause.history") : Phrase("crisis.cause.reputation")
      notes.append(
        cluster == .preventable
          ? Phrase("crisis.note.highest", ["causes": .phrase(causes)])
          : Phrase(
            "crisis.note.raised",
            [
              "causes": .phrase(causes), "cluster": .phrase(clusterName(cluster)),
              "treated": .phrase(clusterName(treated)),
            ]))
    }

    // Strategy and guideline.
    let strategy: CrisisStrategy
    let guideline: Phrase
    if deniedChallenge {
      strategy = .deny
      guideline = Phrase("crisis.guideline.challengeDeny")
      notes.append(Phrase("crisis.note.challengeIllegitimate"))
      notes.append(Phrase("crisis.note.denyAlone"))
    } else if veracity == .untrue {
      strategy = .deny
      guideline = Phrase("crisis.guideline.deny")
      if type != .rumor && type != .challenge {
        notes.append(Phrase("crisis.note.falseReport", text: ["type": type.rawValue]))
      }
      notes.append(Phrase("crisis.note.denyAlone"))
    } else {
      switch (cluster, treated) {
      case (.victim, .victim):
        strategy = .inform
        guideline = Phrase("crisis.guideline.victim")
        notes.append(Phrase("crisis.note.victimage", text: ["type": type.rawValue]))
      case (.victim, _):
        strategy = .diminish
        guideline = Phrase("crisis.guideline.victimIntensified")
      case (.accidental, .accidental):
        strategy = .diminish
        guideline = Phrase("crisis.guideline.accidental")
      case (.accidental, _):
        strategy = .rebuild
        guideline = Phrase("crisis.guideline.accidentalIntensified")
      case (.preventable, _):
        strategy = .rebuild
        guideline = Phrase("crisis.guideline.preventable")
      }
      if veracity == .accurate {
        notes.append(Phrase("crisis.note.true"))
      } else {
        notes.append(Phrase("crisis.note.truncated", ["strategy": .phrase(strategy.label)]))
      }
      if legitimacy == .legitimate {
        notes.append(Phrase("crisis.note.challengeLegitimate"))
      }
    }

    // People at risk (or hurt) are told first how to protect themselves; no one is at risk
    // from a false report.
    let atRisk = veracity != .untrue && (harm == .injury || type.putsPeopleAtRisk)
    // Bolstering supplements any strategy (recommendation 9: reminder and ingratiation);
    // victimage only in a victim crisis.
    let victimage = cluster == .victim
    let reminder = reputation == .good
    let ingratiation = harm != .none || atRisk
    let bolstering = victimage || reminder || ingratiation
    if harm == .injury && strategy != .rebuild {
      notes.append(Phrase("crisis.note.compensation"))
    }

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
      if reach >= audience.massReach {
        level = 4
      } else if reach >= audience.wideReach {
        level += 1
      }
    }
    if let velocity, velocity >= audience.fastVelocity {
      level += 1
    }
    level = min(level, 4)
    // A small team's chain has three levels: its third is the top.
    let levels = team?.escalationLevels ?? 4
    level = min(level, levels)

    let minutes = level >= 3 ? 15 : 60
    notes.append(level >= 3 ? Phrase("crisis.note.within15") : Phrase("crisis.note.within60"))

    // Actions, people first.
    var actions: [Phrase] = []
    if atRisk {
      actions.append(
        harm == .injury
          ? Phrase("crisis.action.protect")
          : [.tampering, .technicalProductHarm, .humanErrorProductHarm].contains(type)
            ? Phrase("crisis.action.instructRecall") : Phrase("crisis.action.instructSafety"))
    } else if strategy == .inform {
      actions.append(Phrase("crisis.action.instruct"))
    }
    if harm == .injury || strategy != .deny {
      actions.append(Phrase("crisis.action.adjust"))
    }
    if veracity == .truncated {
      // People at risk are told how to protect themselves before the facts are restored.
      actions.insert(Phrase("crisis.action.restore"), at: atRisk ? actions.count : 0)
    }
    switch strategy {
    case .inform:
      break
    case .deny where deniedChallenge:
      actions.append(Phrase("crisis.action.challengeNorm"))
      actions.append(Phrase("crisis.action.challengeEvidence"))
    case .deny:
      actions.append(Phrase("crisis.action.evidence"))
      actions.append(Phrase("crisis.action.correct"))
    case .diminish:
      actions.append(Phrase("crisis.action.explain"))
    case .rebuild:
      // An apology admits responsibility: the legal contact reads it before it goes out.
      actions.append(Phrase("crisis.action.legalReview"))
      actions.append(Phrase("crisis.action.apologise"))
      actions.append(Phrase("crisis.action.compensate"))
    }
    // Compensation whenever people were seriously harmed, whatever the cluster
    // (recommendation 8).
    if harm == .injury && strategy != .rebuild {
      actions.append(Phrase("crisis.action.compensate"))
    }
    if victimage {
      actions.append(Phrase("crisis.action.victimage"))
    }
    if reminder {
      actions.append(Phrase("crisis.action.reminder"))
    }
    if ingratiation {
      actions.append(Phrase("crisis.action.ingratiation"))
    }
    actions.append(Phrase("crisis.action.holding"))
    actions.append(Phrase("crisis.action.brief"))
    actions.append(
      level >= 3 ? Phrase("crisis.action.nextHour") : Phrase("crisis.action.nextDay"))

    return CrisisAssessment(
      cluster: cluster, strategy: strategy, bolstering: bolstering, level: level,
      respondWithinMinutes: minutes, guideline: guideline, actions: actions,
      whoActs: whoActs(level: level, team: team), notes: notes, levels: levels)
  }

  /// The cluster's name, as the catalog gives it (`crisis.cluster.victim`…).
  public static func clusterName(_ cluster: CrisisCluster) -> Phrase {
    switch cluster {
    case .victim: return Phrase("crisis.cluster.victim")
    case .accidental: return Phrase("crisis.cluster.accidental")
    case .preventable: return Phrase("crisis.cluster.preventable")
    }
  }

  /// Who acts and approves at an escalation level (1–4), for a team of `team` (a team of
  /// one to three has its own three levels, with legal review found outside).
  public static func whoActs(level: Int, team: TeamSize? = nil) -> Phrase {
    if let team, team.isSmall {
      let people: [String: Phrase.Value] = ["people": .number(team.people)]
      switch (team.people == 1, level) {
      case (true, ...1): return Phrase("crisis.who.alone.level1", people)
      case (true, 2): return Phrase("crisis.who.alone.level2", people)
      case (true, _): return Phrase("crisis.who.alone.level3", people)
      case (false, ...1): return Phrase("crisis.who.small.level1", people)
      case (false, 2): return Phrase("crisis.who.small.level2", people)
      case (false, _): return Phrase("crisis.who.small.level3", people)
      }
    }
    switch level {
    case ...1: return Phrase("crisis.who.level1")
    case 2: return Phrase("crisis.who.level2")
    case 3: return Phrase("crisis.who.level3")
    default: return Phrase("crisis.who.level4")
    }
  }

  static func check(
    type: CrisisType, veracity: Veracity, harm: Harm, reach: Int?, velocity: Int?
  ) throws(SMMCoreError) {
    if type == .rumor && veracity == .accurate {
      throw SMMCoreError.invalidMessage(Phrase("error.triage.trueRumor"))
    }
    if veracity == .untrue && harm == .injury && type.cluster == .preventable {
      throw SMMCoreError.invalidMessage(
        Phrase("error.triage.falseInjury", text: ["type": type.rawValue]))
    }
    if let reach, reach < 0 {
      throw SMMCoreError.invalidMessage(
        Phrase("error.triage.negativeReach", ["reach": .number(reach)]))
    }
    if let velocity, velocity < 0 {
      throw SMMCoreError.invalidMessage(
        Phrase("error.triage.negativeVelocity", ["velocity": .number(velocity)]))
    }
  }
}
