import SMMCore
import Testing

struct CrisisTriageTests {
  /// Clusters written from domain.md §4a, independently of `CrisisType.cluster`.
  static let victimTypes: Set<String> = [
    "natural-disaster", "rumor", "workplace-violence", "tampering",
  ]
  static let accidentalTypes: Set<String> = [
    "challenge", "technical-accident", "technical-product-harm",
  ]
  static let preventableTypes: Set<String> = [
    "human-error-accident", "human-error-product-harm", "misdeed", "management-misconduct",
    "misdeed-injuries",
  ]

  /// The types that put people at risk before anyone is hurt (a product, a place, an act).
  static let atRiskTypes: Set<String> = [
    "natural-disaster", "workplace-violence", "tampering", "technical-accident",
    "technical-product-harm", "human-error-accident", "human-error-product-harm", "misdeed",
    "misdeed-injuries",
  ]

  /// The expected strategy and recommendation number, from Coombs (2007), Table 3: 3 and 4
  /// for victim crises without and with an intensifier, 5 and 6 for accidents, 7 for
  /// preventable crises, 10 for a denial; nil when the answers contradict each other.
  static func expected(
    _ type: String, _ veracity: String, history: Bool, reputation: String
  ) -> (strategy: String, guideline: Int)? {
    if type == "rumor" && veracity == "true" { return nil }
    if veracity == "false" { return ("deny", 10) }
    let intensified = history || reputation == "poor"
    if victimTypes.contains(type) { return intensified ? ("diminish", 4) : ("inform", 3) }
    if accidentalTypes.contains(type) { return intensified ? ("rebuild", 6) : ("diminish", 5) }
    return ("rebuild", 7)
  }

  static func guidelineNumber(_ text: String) -> Int? {
    let parts = text.split(
      separator: "Coombs 2007, recommendation ", omittingEmptySubsequences: false)
    guard parts.count == 2 else { return nil }
    return Int(String(parts[1].prefix { $0.isNumber }))
  }

  @Test func everyCombinationFollowsTheGuidelines() throws {
    var cases = 0
    var thrown = 0
    #expect(CrisisType.allCases.count == 12)
    #expect(
      Set(CrisisType.allCases.map(\.rawValue))
        == Self.victimTypes.union(Self.accidentalTypes).union(Self.preventableTypes))
    for type in CrisisType.allCases {
      for veracity in Veracity.allCases {
        for history in [false, true] {
          for reputation in PriorReputation.allCases {
            cases += 1
            let label =
              "\(type.rawValue) \(veracity.rawValue) history=\(history) \(reputation.rawValue)"
            guard
              let want = Self.expected(
                type.rawValue, veracity.rawValue, history: history, reputation: reputation.rawValue)
            else {
              thrown += 1
              #expect(throws: SMMCoreError.self, "\(label)") {
                try CrisisTriage.assess(
                  type: type, veracity: veracity, history: history, reputation: reputation,
                  harm: .none, reach: nil, velocity: nil)
              }
              continue
            }
            let result = try CrisisTriage.assess(
              type: type, veracity: veracity, history: history, reputation: reputation,
              harm: .none, reach: nil, velocity: nil)
            #expect(result.strategy.rawValue == want.strategy, "\(label)")
            #expect(
              Self.guidelineNumber(result.guideline.render(.english)) == want.guideline, "\(label)")
            // A false report is a rumour: a victim crisis, whatever its type.
            let cluster = veracity == .untrue ? CrisisCluster.victim : type.cluster
            #expect(result.cluster == cluster, "\(label): the reported cluster")
            let atRisk = veracity != .untrue && Self.atRiskTypes.contains(type.rawValue)
            if atRisk {
              #expect(
                result.actions.english.first?.hasPrefix("Instructing information first") == true,
                "\(label): people at risk are told first how to protect themselves")
            }
            if veracity == .accurate { #expect(result.strategy != .deny, "\(label)") }
            if veracity == .untrue && (type == .rumor || type == .challenge) {
              #expect(result.strategy == .deny, "\(label)")
            }
            if veracity == .truncated {
              #expect(result.strategy != .deny, "\(label)")
              #expect(
                result.actions.english.first {
                  !$0.hasPrefix("Instructing") && !$0.hasPrefix("Adjusting")
                }?
                .hasPrefix("Restore the full facts") == true, "\(label)")
            }
            // Bolstering may supplement any strategy, a denial included.
            let victim = veracity == .untrue || Self.victimTypes.contains(type.rawValue)
            let wantBolstering = victim || reputation == .good || atRisk
            #expect(result.bolstering == wantBolstering, "\(label)")
            let intensified = history || reputation == .poor
            #expect(
              result.notes.english.contains { $0.contains("intensifies") || $0.contains("raised") }
                == intensified, "\(label)")
            // Level with no harm, reach or velocity: victim 1, accidental 2, preventable 3 after
            // intensifiers.
            let rank = victim ? 1 : Self.accidentalTypes.contains(type.rawValue) ? 2 : 3
            #expect(result.level == min(rank + (intensified ? 1 : 0), 3), "\(label)")
            #expect(result.respondWithinMinutes == (result.level >= 3 ? 15 : 60), "\(label)")
            #expect(
              result.actions.english.contains { $0.hasPrefix("Post a holding statement") },
              "\(label)")
          }
        }
      }
    }
    #expect(cases == 216)
    #expect(thrown == 6)
  }

  func assess(
    _ type: CrisisType, _ veracity: Veracity = .accurate, history: Bool = false,
    reputation: PriorReputation = .neutral, harm: Harm = .none, reach: Int? = nil,
    velocity: Int? = nil
  ) throws -> CrisisAssessment {
    try CrisisTriage.assess(
      type: type, veracity: veracity, history: history, reputation: reputation, harm: harm,
      reach: reach, velocity: velocity)
  }

  @Test func intensifierRaisesTreatmentButNotTheReportedCluster() throws {
    let result = try assess(.technicalAccident, history: true)
    #expect(result.cluster == .accidental)
    #expect(result.strategy == .rebuild)
    #expect(result.notes.english.contains { $0.contains("treated as preventable") })
  }

  @Test func levelsFollowHarmReachAndVelocity() throws {
    #expect(try assess(.naturalDisaster).level == 1)
    #expect(try assess(.naturalDisaster, harm: .financial).level == 2)
    #expect(try assess(.naturalDisaster, harm: .injury).level == 3)
    #expect(try assess(.technicalAccident, harm: .injury).level == 3)
    #expect(try assess(.humanErrorAccident, harm: .injury).level == 4)
    #expect(try assess(.technicalAccident, history: true, harm: .injury).level == 4)
    #expect(try assess(.naturalDisaster, reach: 9_999).level == 1)
    #expect(try assess(.naturalDisaster, reach: 10_000).level == 2)
    #expect(try assess(.naturalDisaster, reach: 100_000).level == 4)
    #expect(try assess(.naturalDisaster, velocity: 99).level == 1)
    #expect(try assess(.naturalDisaster, velocity: 100).level == 2)
    #expect(try assess(.naturalDisaster, reach: 50_000, velocity: 500).level == 3)
    #expect(try assess(.misdeed, reach: 50_000, velocity: 500).level == 4, "capped at 4")
    #expect(try assess(.challenge, .untrue, reach: 0, velocity: 0).level == 1)
  }

  @Test func whoActsGrowsWithTheLevel() throws {
    #expect(try assess(.naturalDisaster).whoActs.render(.english).contains("community manager"))
    #expect(try assess(.challenge).whoActs.render(.english).contains("PR manager"))
    #expect(try assess(.misdeed).whoActs.render(.english).contains("legal"))
    #expect(
      try assess(.misdeed, harm: .financial, reach: 200_000).whoActs.render(.english).contains(
        "CEO"))
  }

  @Test func responseTimes() throws {
    let calm = try assess(.rumor, .untrue)
    #expect(calm.respondWithinMinutes == 60)
    #expect(calm.notes.english.contains { $0.contains("first hour") })
    let severe = try assess(.humanErrorProductHarm, harm: .injury)
    #expect(severe.respondWithinMinutes == 15)
    #expect(severe.notes.english.contains { $0.contains("mediafirst") })
  }

  @Test func injuryPutsPeopleFirst() throws {
    let result = try assess(.humanErrorProductHarm, harm: .injury)
    #expect(result.actions.english[0].hasPrefix("Protect people first"))
    #expect(result.actions.english[1].hasPrefix("Adjusting information"))
    #expect(result.actions.english.contains("Apologise publicly and take full responsibility"))
    let truncated = try assess(.technicalProductHarm, .truncated, harm: .injury)
    #expect(truncated.actions.english[0].hasPrefix("Protect people first"))
    #expect(truncated.actions.english.contains { $0.hasPrefix("Restore the full facts") })
  }

  @Test func denyActionsPublishEvidence() throws {
    let result = try assess(.rumor, .untrue, reputation: .good)
    #expect(result.strategy == .deny)
    #expect(result.actions.english[0].hasPrefix("Publish the evidence"))
    #expect(result.actions.english[1].hasPrefix("Correct the record"))
    #expect(!result.actions.english.contains { $0.contains("Apologise") })
    // A reminder of past good works may still supplement a denial (recommendation 9).
    #expect(result.bolstering)
    #expect(result.actions.english.contains { $0.hasPrefix("Supplement only (reminder)") })
    let other = try assess(.technicalAccident, .untrue)
    #expect(other.strategy == .deny)
    #expect(other.notes.english.contains { $0.contains("denied with evidence") })
  }

  /// Each point of Coombs (2007) the first version disagreed with, as a table: the answers,
  /// then what the triage must give.
  @Test(arguments: [
    // 1. Instructing information first for potential victims: a product harm, no one hurt yet.
    (
      CrisisType.technicalProductHarm, Veracity.accurate, Harm.none, "Instructing information first"
    ),
    (.tampering, .accurate, .none, "Instructing information first"),
    (.humanErrorProductHarm, .truncated, .none, "Instructing information first"),
    // 8. Compensation whenever people are seriously hurt, whatever the cluster.
    (.tampering, .accurate, .injury, "Compensate those affected"),
    (.technicalProductHarm, .accurate, .injury, "Compensate those affected"),
    // 9. Ingratiation where someone was at risk or harmed.
    (.naturalDisaster, .accurate, .none, "Supplement (ingratiation)"),
    (.technicalAccident, .accurate, .financial, "Supplement (ingratiation)"),
    // A legal review comes before an apology.
    (.humanErrorAccident, .accurate, .none, "Have the legal contact read the apology"),
  ])
  func coombsPoints(_ type: CrisisType, _ veracity: Veracity, _ harm: Harm, _ action: String)
    throws
  {
    let result = try assess(type, veracity, harm: harm)
    #expect(result.actions.english.contains { $0.hasPrefix(action) }, "\(result.actions.english)")
    if action.hasPrefix("Instructing") { #expect(result.actions.english[0].hasPrefix(action)) }
    if harm == .injury && result.strategy != .rebuild {
      #expect(result.notes.english.contains { $0.contains("recommendation 8") })
    }
    if let review = result.actions.english.firstIndex(where: { $0.hasPrefix("Have the legal") }) {
      let apology = try #require(result.actions.english.firstIndex { $0.hasPrefix("Apologise") })
      #expect(review < apology)
    }
  }

  /// 3. A report that is false is a rumour: a misdeed that did not happen is denied, at the
  /// victim cluster's level and pace, not handled as a preventable crisis.
  @Test func aFalseReportIsARumour() throws {
    let result = try assess(.misdeed, .untrue)
    #expect(result.cluster == .victim)
    #expect(result.strategy == .deny)
    #expect(result.level == 1)
    #expect(result.respondWithinMinutes == 60)
    #expect(result.actions.english[0].hasPrefix("Publish the evidence"))
    #expect(!result.actions.english.contains { $0.hasPrefix("Instructing information first") })
  }

  /// The minute targets are practitioners' guidance and say so.
  @Test func minuteTargetsAreLabelledAsPractice() throws {
    let severe = try assess(.humanErrorAccident, harm: .injury)
    #expect(severe.notes.english.contains { $0.contains("practitioner guidance, not SCCT") })
  }

  @Test func contradictionsThrowWithAFix() {
    #expect(throws: SMMCoreError.self) { try assess(.misdeed, .untrue, harm: .injury) }
    do {
      _ = try assess(.misdeedInjuries, .untrue, harm: .injury)
      Issue.record("expected a contradiction")
    } catch {
      #expect("\(error)".contains("if the information is false, there is no misdeed-injuries"))
      #expect("\(error)".contains("check the type or the veracity"))
    }
    do {
      _ = try assess(.rumor, .accurate)
      Issue.record("expected a contradiction")
    } catch {
      #expect("\(error)".contains("a true report is not a rumor: pick the type it describes"))
    }
    #expect(throws: SMMCoreError.self) { try assess(.rumor, .untrue, reach: -1) }
    #expect(throws: SMMCoreError.self) { try assess(.rumor, .untrue, velocity: -5) }
    #expect(throws: Never.self) { try assess(.rumor, .untrue, harm: .injury) }
    #expect(throws: Never.self) { try assess(.misdeed, .untrue, harm: .financial) }
  }

  @Test func rawValuesAreExact() {
    #expect(Veracity.allCases.map(\.rawValue) == ["true", "false", "truncated"])
    #expect(CrisisStrategy.allCases.map(\.rawValue) == ["inform", "deny", "diminish", "rebuild"])
    #expect(Harm.allCases.map(\.rawValue) == ["none", "financial", "injury"])
    #expect(PriorReputation.allCases.map(\.rawValue) == ["good", "neutral", "poor"])
    #expect(CrisisCluster.allCases.map(\.rawValue) == ["victim", "accidental", "preventable"])
  }
}

extension Array where Element == Phrase {
  /// The phrases in English.
  var english: [String] { map { $0.render(.english) } }
}

extension Phrase {
  /// A phrase that renders as `text` in every language.
  static func verbatim(_ text: String) -> Phrase {
    Phrase("crisis.role.other", text: ["role": text])
  }
}
