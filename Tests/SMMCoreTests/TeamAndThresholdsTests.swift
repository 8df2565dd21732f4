import Foundation
import SMMCore
import Testing

/// Issue 15 §3 and §4.6: the team size, the opening hours, thresholds relative to the brand's
/// audience, the k = 3 spike rule and challenges. Sources are in docs/team-and-thresholds.md.
struct TeamAndThresholdsTests {
  static func brand(team: Int? = nil, reach: Reach? = nil, followers: [Int] = [])
    throws -> BrandState
  {
    var state = BrandState(name: try BrandName("Le Fournil"))
    if let team { state = try state.applying(.setProfile(.team(TeamSize(team)))) }
    if let reach { state = try state.applying(.setProfile(.reach(reach))) }
    let platforms: [Platform] = [.instagram, .facebook, .linkedin]
    let records = try zip(platforms, followers).map { platform, count in
      try MetricsRecord(
        platform: platform, week: try ISOWeek(year: 2026, week: 10), followers: count,
        reach: 100, impressions: 200, engagements: 10)
    }
    if !records.isEmpty { state = try state.applying(.addMetrics(records)) }
    return state
  }

  // MARK: - Team size

  /// People → small team, escalation levels, whether an executive sponsor is kept. The three-
  /// level chain is the practitioners' model of reference/domain.md §4b (frontline → PR
  /// manager → senior leadership and legal); the cut at 3 people is smm's rule.
  static let teamCases: [(people: Int, small: Bool, levels: Int, sponsor: Bool)] = [
    (1, true, 3, false), (2, true, 3, false), (3, true, 3, false), (4, false, 4, true),
    (12, false, 4, true), (999, false, 4, true),
  ]

  @Test(arguments: teamCases)
  func aTeamOfOneToThreeHasThreeLevelsAndNoExecutiveSponsor(
    _ c: (people: Int, small: Bool, levels: Int, sponsor: Bool)
  ) {
    let team = TeamSize(c.people)
    #expect(team.isSmall == c.small)
    #expect(team.escalationLevels == c.levels)
    #expect(team.crisisRoles.contains("executive sponsor") == c.sponsor)
    #expect(team.level(4) == c.levels)
  }

  /// Who holds each role when nobody is named: one person holds them all; of two, the first
  /// answers, the second approves and speaks; legal review is found outside.
  static let holderCases: [(people: Int, role: String, person: Int?)] = [
    (1, "community manager", 1), (1, "communications lead", 1), (1, "spokesperson", 1),
    (1, "legal", nil), (2, "community manager", 1), (2, "communications lead", 2),
    (2, "spokesperson", 2), (3, "communications lead", 2), (3, "spokesperson", 3),
    (5, "community manager", nil),
  ]

  @Test(arguments: holderCases)
  func theRolesAreMergedOntoThePeopleThereAre(_ c: (people: Int, role: String, person: Int?)) {
    #expect(TeamSize(c.people).person(for: c.role) == c.person)
  }

  static let teamTexts: [(text: String, people: Int?)] = [
    ("1", 1), ("2", 2), ("999", 999), (" 12 ", 12), ("0", nil), ("1000", nil), ("two", nil),
    ("2.5", nil), ("", nil),
  ]

  @Test(arguments: teamTexts)
  func brandSetTeamTakesOneToNineHundredNinetyNine(_ c: (text: String, people: Int?)) {
    let value = try? ProfileValue.parse(.team, c.text)
    #expect(value == c.people.map { .team(TeamSize($0)) }, "\(c.text)")
    if let value { #expect(value.canonicalText == c.people.map(String.init)) }
  }

  @Test func theTeamIsAskedButNeverMissing() throws {
    let state = try Self.brand()
    #expect(!state.profile.missingFields.contains(.team))
    let asked = state.profile.unansweredFields
    #expect(asked.firstIndex(of: .team) == (asked.firstIndex(of: .hours) ?? -9) + 1)
    #expect(!(try Self.brand(team: 2)).profile.unansweredFields.contains(.team))
  }

  @Test func teamAndOpeningHoursSurviveASnapshot() throws {
    var state = try Self.brand(team: 2)
    state = try state.applying(.setProfile(.open(try OpeningHours.parse("Mon-Fri 09:00-18:00"))))
    state = try state.applying(.setProfile(.xPremium(true)))
    let data = try JSONEncoder().encode(state)
    let decoded = try JSONDecoder().decode(BrandState.self, from: data)
    #expect(decoded.profile.team == TeamSize(2))
    #expect(decoded.profile.open?.canonicalText == "Mon-Fri 09:00-18:00")
    #expect(decoded.profile.xPremium == true)
  }

  @Test func aSmallTeamsPlaybookHasThreeLevelsAndNoDarkSite() throws {
    let risk = CrisisRisk(
      name: "food poisoning", type: .technicalProductHarm, likelihood: 2, impact: 4, channels: [])
    for (team, levels, darkSite) in [(1, 3, false), (2, 3, false), (3, 3, false), (4, 4, true)] {
      let playbook = CrisisPlaybook.build(risk, for: try Self.brand(team: team))
      #expect(playbook.escalation.count == levels, "team \(team)")
      #expect((playbook.darkSite != nil) == darkSite, "team \(team)")
      #expect(playbook.team.contains { $0.role == "executive sponsor" } == darkSite)
      let checklist = playbook.checklist.map(\.key)
      #expect(checklist.contains("crisis.checklist.pin") == !darkSite)
      #expect(checklist.contains("crisis.checklist.darkSite") == darkSite)
    }
    // Nothing said of the team: the full crisis team, as before.
    let full = CrisisPlaybook.build(risk, for: try Self.brand())
    #expect(full.escalation.count == 4)
    #expect(full.darkSite != nil)
    // Of two, the second person speaks, an outside adviser reviews.
    let two = CrisisPlaybook.build(risk, for: try Self.brand(team: 2))
    #expect(
      two.escalation[2].english.contains("person 2 (spokesperson) speaks, outside adviser reviews"))
    let one = CrisisPlaybook.build(risk, for: try Self.brand(team: 1))
    #expect(one.escalation[0].english.hasPrefix("Level 1 of 3 — you (community manager)"))
  }

  @Test func engagementOwnersAreNamedPerPerson() throws {
    func owners(_ team: Int?) throws -> [String] {
      var state = try Self.brand(team: team)
      for name in ["Lyon food lovers", "home bakers", "Croix-Rousse market"] {
        state = try state.applying(.addCommunity(name, .instagram, .place))
      }
      let plan = try EngagementPlanner.plan(state)
      return stride(from: 0, to: plan.actions.count, by: 3).map { plan.actions[$0].owner }
    }
    #expect(try owners(2) == ["person 1", "person 2", "person 1"])
    #expect(try owners(3) == ["person 1", "person 2", "person 3"])
    #expect(try owners(1) == ["you", "you", "you"])
    #expect(try owners(5) == Array(repeating: "community manager", count: 3))
    #expect(try owners(nil) == Array(repeating: "community manager", count: 3))
  }

  // MARK: - Opening hours

  /// What `/brand set open` reads, and its canonical text (English days, 24-hour times).
  static let openCases: [(text: String, canonical: String?)] = [
    ("Mon-Fri 09:00-18:00", "Mon-Fri 09:00-18:00"),
    ("lun-ven 9h-18h", "Mon-Fri 09:00-18:00"),
    ("mon-fri 9-18", "Mon-Fri 09:00-18:00"),
    ("Tue-Sat 8h30-19h", "Tue-Sat 08:30-19:00"),
    ("Mon-Fri 9am-5:30pm", "Mon-Fri 09:00-17:30"),
    ("lundi-vendredi 9 h - 12 h 14 h - 18 h", "Mon-Fri 09:00-12:00 14:00-18:00"),
    ("Mon-Fri 09:00-18:00, Sat 09:00-12:00", "Mon-Fri 09:00-18:00, Sat 09:00-12:00"),
    ("mar-sam 7h-19h ; dim 7h-13h", "Tue-Sat 07:00-19:00, Sun 07:00-13:00"),
    ("Fri-Mon 10:00-16:00", "Mon Fri-Sun 10:00-16:00"),
    ("Mon Wed 09:00-12:00", "Mon Wed 09:00-12:00"),
    ("Mon-Fri 18:00-09:00", nil), ("Mon-Fri", nil), ("09:00-18:00", nil),
    ("someday 9-5", nil), ("Mon-Fri 25:00-26:00", nil), ("", nil),
  ]

  @Test(arguments: openCases)
  func openingHoursAreReadInEnglishAndFrench(_ c: (text: String, canonical: String?)) {
    let hours = try? OpeningHours.parse(c.text)
    #expect(hours?.canonicalText == c.canonical, "\(c.text)")
    if let hours, let canonical = c.canonical {
      #expect((try? OpeningHours.parse(canonical)) == hours, "the canonical text reads back")
    }
  }

  @Test func openingHoursSayWhenTheBrandIsOpen() throws {
    let hours = try OpeningHours.parse("Mon-Fri 09:00-12:00 14:00-18:00, Sat 09:00-12:00")
    // (weekday 0 = Monday, minute of the day, open?)
    let cases: [(Int, Int, Bool)] = [
      (0, 9 * 60, true), (0, 12 * 60, false), (0, 13 * 60, false), (4, 17 * 60 + 59, true),
      (4, 18 * 60, false), (5, 11 * 60, true), (5, 14 * 60, false), (6, 10 * 60, false),
      (0, 8 * 60 + 59, false),
    ]
    for (day, minute, open) in cases {
      #expect(hours.isOpen(weekday: day, minute: minute) == open, "\(day) \(minute)")
    }
    #expect(hours.hoursPerWeek == 5 * 7 + 3)
    #expect(hours.text(in: .en) == "Mon-Fri 9:00-12:00 14:00-18:00, Sat 9:00-12:00")
    #expect(hours.text(in: .fr) == "lun-ven 9h-12h 14h-18h, sam 9h-12h")
    #expect(try OpeningHours.parse("Tue-Sat 8h30-19h").text(in: .fr) == "mar-sam 8h30-19h")
    // A plain closing hour before the opening one is said on a 12-hour clock: the afternoon.
    #expect(try OpeningHours.parse("tue-sat 9 to 5").canonicalText == "Tue-Sat 09:00-17:00")
    #expect(try OpeningHours.parse("Mon-Fri 8-6").canonicalText == "Mon-Fri 08:00-18:00")
    #expect(throws: SMMCoreError.self) { try OpeningHours.parse("Mon 18:00-9:00") }
  }

  @Test func theAwayMessageIsInTheBrandsLanguage() throws {
    var state = try Self.brand()
    #expect(ResponseTargets.awayMessage(state) == nil)
    state = try state.applying(.setProfile(.open(try OpeningHours.parse("Tue-Sat 7h-19h"))))
    state = try state.applying(.setProfile(.languages(["fr"])))
    let french = try #require(ResponseTargets.awayMessage(state))
    #expect(french.contains("Le Fournil est fermé"))
    #expect(french.contains("mar-sam 7h-19h"))
    state = try state.applying(.setProfile(.languages(["en"])))
    let english = try #require(ResponseTargets.awayMessage(state))
    #expect(english.contains("Le Fournil is closed right now; we are open Tue-Sat 7:00-19:00"))
  }

  // MARK: - The brand's audience

  /// The audience without metrics: a stated assumption by reach (national when not given).
  static let assumedCases: [(reach: Reach?, people: Int, wide: Int, mass: Int, fast: Int)] = [
    (.local, 1_000, 1_000, 100_000, 10), (.national, 10_000, 10_000, 100_000, 100),
    (nil, 10_000, 10_000, 100_000, 100), (.international, 100_000, 100_000, 1_000_000, 1_000),
  ]

  @Test(arguments: assumedCases)
  func withoutMetricsTheAudienceIsAnAssumptionByReach(
    _ c: (reach: Reach?, people: Int, wide: Int, mass: Int, fast: Int)
  ) throws {
    let audience = BrandAudience.of(try Self.brand(reach: c.reach))
    #expect(audience.people == c.people)
    #expect(audience.basis == .assumed(c.reach))
    #expect(audience.basisPhrase.english.hasPrefix("an assumption"))
    #expect(
      (audience.wideReach, audience.massReach, audience.fastVelocity) == (c.wide, c.mass, c.fast))
  }

  @Test func followersFromTheLatestWeekOfEachPlatformAreTheAudience() throws {
    var state = try Self.brand(reach: .local, followers: [500, 300])
    #expect(BrandAudience.of(state) == BrandAudience(people: 800, basis: .followers))
    // A later week replaces an earlier one of the same platform.
    state = try state.applying(
      .addMetrics([
        try MetricsRecord(
          platform: .instagram, week: try ISOWeek(year: 2026, week: 11), followers: 650,
          reach: 100, impressions: 200, engagements: 10)
      ]))
    #expect(BrandAudience.of(state).people == 950)
    #expect(BrandAudience.of(state).basisPhrase.english.contains("/metrics"))
  }

  /// "About 10,000 people have seen it" weighs differently for a bakery with 800 followers,
  /// a national brand with the assumed 10,000 and one with 100,000 followers. A false rumour
  /// (victim cluster, level 1) with no harm: +1 from 1× the audience, the top from 10× (and
  /// at least 100,000).
  static let reachCases: [(followers: [Int], reach: Int, level: Int)] = [
    ([800], 500, 1), ([800], 800, 2), ([800], 10_000, 2), ([800], 100_000, 4),
    ([], 9_999, 1), ([], 10_000, 2), ([], 100_000, 4),
    ([60_000, 40_000], 10_000, 1), ([60_000, 40_000], 100_000, 2),
    ([60_000, 40_000], 999_999, 2), ([60_000, 40_000], 1_000_000, 4),
  ]

  @Test(arguments: reachCases)
  func reachIsWeighedAgainstTheBrandsAudience(_ c: (followers: [Int], reach: Int, level: Int))
    throws
  {
    let record = TriageRecord(
      type: .rumor, veracity: .untrue, history: false, reputation: .neutral, harm: .none,
      reach: c.reach)
    let state = try Self.brand(followers: c.followers)
    #expect(try record.assessment(for: state).level == c.level)
  }

  /// Velocity: +1 from 1% of the audience an hour, at least 10 mentions.
  static let velocityCases: [(followers: [Int], velocity: Int, level: Int)] = [
    ([800], 9, 1), ([800], 10, 2), ([], 99, 1), ([], 100, 2), ([200_000], 1_999, 1),
    ([200_000], 2_000, 2),
  ]

  @Test(arguments: velocityCases)
  func velocityIsWeighedAgainstTheBrandsAudience(
    _ c: (followers: [Int], velocity: Int, level: Int)
  ) throws {
    let record = TriageRecord(
      type: .rumor, veracity: .untrue, history: false, reputation: .neutral, harm: .none,
      velocity: c.velocity)
    #expect(try record.assessment(for: try Self.brand(followers: c.followers)).level == c.level)
  }

  @Test func aSmallTeamsTopLevelIsItsThird() throws {
    let record = TriageRecord(
      type: .misdeedInjuries, veracity: .accurate, history: false, reputation: .neutral,
      harm: .injury)
    for (team, level, levels, who) in [
      (nil, 4, 4, "crisis.who.level4"), (5, 4, 4, "crisis.who.level4"),
      (2, 3, 3, "crisis.who.small.level3"), (1, 3, 3, "crisis.who.alone.level3"),
    ] as [(Int?, Int, Int, String)] {
      let assessment = try record.assessment(for: try Self.brand(team: team))
      #expect(assessment.level == level)
      #expect(assessment.levels == levels)
      #expect(assessment.whoActs.key == who)
      #expect(assessment.respondWithinMinutes == 15)
    }
    let rumor = TriageRecord(
      type: .rumor, veracity: .untrue, history: false, reputation: .neutral, harm: .none)
    #expect(
      try rumor.assessment(for: try Self.brand(team: 1)).whoActs.key == "crisis.who.alone.level1")
  }

  /// A drill expects what `/crisis triage` gives the same brand: its audience and its team.
  @Test func aDrillExpectsTheBrandsOwnTriage() throws {
    let risk = CrisisRisk(
      name: "rumour", type: .rumor, likelihood: 3, impact: 3, channels: [.instagram])
    let state = try Self.brand(team: 2, reach: .local)
    for seed: UInt64 in [1, 29_474_490, 77] {
      let scenario = CrisisDrill.scenario(risk, seed: seed)
      let record = TriageRecord(
        type: risk.type, veracity: scenario.veracity, history: scenario.history,
        reputation: scenario.reputation, harm: scenario.harm, velocity: scenario.mentions.first)
      let expected = try scenario.expected(for: state)
      #expect(expected == (try record.assessment(for: state)))
      #expect(expected.levels == 3)
      #expect(try scenario.expected() == (try record.assessment()))
    }
  }

  // MARK: - The k = 3 spike rule

  /// Socialmetrix: alert when the recent mean exceeds the baseline mean + k·σ, k = 3 "high"
  /// (reference/domain.md §4c); σ = √mean without a known σ (Poisson).
  static let spikeCases: [(count: Double, mean: Double, sigma: Double?, spike: Bool)] = [
    (130, 100, nil, false), (131, 100, nil, true), (300, 100, nil, true),
    (19, 10, nil, false), (20, 10, nil, true), (25, 10, nil, true),
    (4, 1, nil, false), (5, 1, nil, true),
    (7, 4, 1, false), (7.5, 4, 1, true), (40, 10, 10, false), (41, 10, 10, true),
  ]

  @Test(arguments: spikeCases)
  func aSpikeIsThreeStandardDeviationsAboveTheMean(
    _ c: (count: Double, mean: Double, sigma: Double?, spike: Bool)
  ) {
    #expect(SpikeRule.isSpike(c.count, mean: c.mean, deviation: c.sigma) == c.spike)
  }

  @Test func theThresholdIsNotThreeTimesTheUsualVolume() {
    #expect(SpikeRule.threshold(mean: 100) == 130)
    #expect(SpikeRule.sigma(mean: 16) == 4)
    // 25 an hour against 10 usually is a spike (10 + 3·√10 ≈ 19.5), though under 3×.
    let spike = CrisisThreshold.assess(
      mentionsPerHour: 25, usualPerHour: 10, reach: nil, claimTrue: nil, harm: false)
    #expect(spike.isCrisis)
    #expect(spike.reasons[0].english.contains("above 19.5: three standard deviations"))
    let calm = CrisisThreshold.assess(
      mentionsPerHour: 18, usualPerHour: 10, reach: nil, claimTrue: nil, harm: false)
    #expect(!calm.isCrisis)
  }

  @Test func aThreadIsACrisisFromTheBrandsWholeAudience() throws {
    let bakery = BrandAudience.of(try Self.brand(followers: [800]))
    let reached = CrisisThreshold.assess(
      mentionsPerHour: nil, usualPerHour: nil, reach: 900, audience: bakery, claimTrue: nil,
      harm: false)
    #expect(reached.isCrisis)
    #expect(reached.reasons[0].english.contains("800 or more"))
    let national = CrisisThreshold.assess(
      mentionsPerHour: nil, usualPerHour: nil, reach: 900, claimTrue: nil, harm: false)
    #expect(!national.isCrisis)
  }

  // MARK: - Challenges (Coombs 2007)

  /// A challenge that is not legitimate is denied whatever the facts' truth; a legitimate one
  /// is never denied on its legitimacy (a false report is still a rumour, denied with
  /// evidence). Coombs (2007): denial for rumour and challenge crises, when possible.
  static let challengeCases:
    [(veracity: Veracity, legitimacy: Legitimacy?, strategy: CrisisStrategy, guideline: String)] = [
      (.accurate, .illegitimate, .deny, "crisis.guideline.challengeDeny"),
      (.truncated, .illegitimate, .deny, "crisis.guideline.challengeDeny"),
      (.untrue, .illegitimate, .deny, "crisis.guideline.challengeDeny"),
      (.accurate, .legitimate, .diminish, "crisis.guideline.accidental"),
      (.truncated, .legitimate, .diminish, "crisis.guideline.accidental"),
      (.untrue, .legitimate, .deny, "crisis.guideline.deny"),
      (.accurate, nil, .diminish, "crisis.guideline.accidental"),
      (.untrue, nil, .deny, "crisis.guideline.deny"),
    ]

  @Test(arguments: challengeCases)
  func anIllegitimateChallengeIsDenied(
    _ c: (veracity: Veracity, legitimacy: Legitimacy?, strategy: CrisisStrategy, guideline: String)
  ) throws {
    let assessment = try CrisisTriage.assess(
      type: .challenge, veracity: c.veracity, history: false, reputation: .neutral, harm: .none,
      reach: nil, velocity: nil, legitimacy: c.legitimacy)
    #expect(assessment.strategy == c.strategy)
    #expect(assessment.guideline.key == c.guideline)
    #expect(
      assessment.cluster
        == (c.legitimacy == .illegitimate || c.veracity != .untrue ? .accidental : .victim))
    let keys = assessment.notes.map(\.key) + assessment.actions.map(\.key)
    if c.legitimacy == .illegitimate {
      #expect(keys.contains("crisis.note.challengeIllegitimate"))
      #expect(keys.contains("crisis.action.challengeNorm"))
      #expect(!keys.contains("crisis.note.true"), "the facts may be true: no 'never deny' note")
    }
    if c.legitimacy == .legitimate && c.veracity != .untrue {
      #expect(keys.contains("crisis.note.challengeLegitimate"))
    }
  }

  @Test func legitimacyOnlyCountsForAChallenge() throws {
    let rumor = try CrisisTriage.assess(
      type: .technicalAccident, veracity: .accurate, history: false, reputation: .neutral,
      harm: .none, reach: nil, velocity: nil, legitimacy: .illegitimate)
    #expect(rumor.strategy == .diminish)
    let record = TriageRecord(
      type: .challenge, veracity: .accurate, history: false, reputation: .good, harm: .none,
      legitimacy: .illegitimate)
    let decoded = try JSONDecoder().decode(
      TriageRecord.self, from: try JSONEncoder().encode(record))
    #expect(decoded == record)
    #expect(try decoded.assessment().strategy == .deny)
  }
}
