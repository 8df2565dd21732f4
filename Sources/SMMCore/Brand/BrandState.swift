/// Everything smm knows about one brand: the fold of its log of changes.
public struct BrandState: Equatable, Sendable, Codable {
  /// The brand's current name.
  public var name: BrandName
  /// What the interview learnt: market, audience, goals, means, reach.
  public var profile: BrandProfile
  /// The platforms chosen for the brand's profiles, in the order they were chosen.
  public var spaces: [Platform]
  /// The brand's profile on each platform it worked on (kept when a platform is dropped).
  public var profiles: [Platform: PlatformProfile]
  /// Step 2: pillars, tones, core messages and their variants.
  public var content: EditorialLine
  /// Step 3: the communities around the brand's field.
  public var communities: [Community]
  /// Step 3: the recurring actions per community.
  public var engagement: EngagementPlan?
  /// Step 3: weekly metrics per platform, by platform then week.
  public var metrics: [MetricsRecord]
  /// Step 4: the risk register.
  public var risks: [CrisisRisk]
  /// Step 4: the crisis team.
  public var crisisTeam: [CrisisRole]
  /// Step 4: the drills run, in order.
  public var drills: [CrisisDrill.Result]
  /// Step 4: the triages run, in order.
  public var triages: [TriageRecord]
  /// Step 4: the crisis watch's hourly summary and alerts, as imported.
  public var watch: WatchSummary

  /// A brand just created with `name`.
  public init(name: BrandName) {
    self.name = name
    profile = BrandProfile()
    spaces = []
    profiles = [:]
    content = EditorialLine()
    communities = []
    metrics = []
    risks = []
    crisisTeam = []
    drills = []
    triages = []
    watch = WatchSummary()
  }

  /// The state after `change`, or an error when the change does not apply.
  /// - Throws: an ``SMMCoreError`` saying why; the state is unchanged.
  public func applying(_ change: BrandChange) throws(SMMCoreError) -> BrandState {
    // Adapting and checking a message here measures it with this brand's own limits.
    try BrandLimits.with(self) { () throws(SMMCoreError) -> BrandState in try applied(change) }
  }

  private func applied(_ change: BrandChange) throws(SMMCoreError) -> BrandState {
    var next = self
    switch change {
    case .create:
      throw SMMCoreError.brandAlreadyCreated
    case .rename(let newName):
      next.name = newName
    case .setProfile(let value):
      next.set(value)
    case .chooseSpaces(let platforms):
      var seen = Set<Platform>()
      for platform in platforms {
        if spaces.contains(platform) || !seen.insert(platform).inserted {
          throw SMMCoreError.spaceChoice(
            Phrase("error.spaces.alreadyChosen", text: ["platform": platform.rawValue]))
        }
      }
      next.spaces += platforms
    case .dropSpace(let platform):
      guard let index = spaces.firstIndex(of: platform) else {
        throw SMMCoreError.spaceChoice(
          Phrase(
            "error.spaces.notChosen",
            [
              "platform": .text(platform.rawValue),
              "chosen": spaces.isEmpty
                ? .phrase(Phrase("error.spaces.noneChosen"))
                : .text(spaces.map(\.rawValue).joined(separator: ", ")),
            ]))
      }
      next.spaces.remove(at: index)
    case .setProfileText(let platform, let key, let text)
    where key == PlatformCatalog.entry(platform).post.text.setting:
      // The brand's own post limit there (a Mastodon server's): a positive whole number.
      try requireChosen(platform)
      let limit = try BrandLimits.setting(text, on: platform)
      next.profiles[platform, default: PlatformProfile()].texts[key] = String(limit)
    case .setProfileText(let platform, let key, let text):
      try requireChosen(platform)
      let rule = try Self.rule(platform, key)
      guard case .text(let limit, let unit) = rule.kind else {
        throw SMMCoreError.invalidProfileText(
          Phrase("error.profileText.takesDone", text: ["platform": platform.rawValue, "key": key]))
      }
      if let limit {
        let length = TextLength.count(text, in: unit)
        if length > limit {
          throw SMMCoreError.invalidProfileText(
            Phrase(
              "error.profileText.tooLong",
              [
                "platform": .text(PlatformCatalog.entry(platform).platform.displayName),
                "label": .text(rule.label.lowercased()), "length": .number(length),
                "limit": .number(limit), "unit": .phrase(unit.nounPhrase),
                "over": .number(length - limit),
              ]))
        }
      }
      if !text.isEmpty, let problem = rule.shapeProblem(text, on: platform) {
        throw SMMCoreError.invalidProfileText(problem)
      }
      next.profiles[platform, default: PlatformProfile()].texts[key] = text.isEmpty ? nil : text
    case .setProfileDone(let platform, let key, let done):
      try requireChosen(platform)
      let rule = try Self.rule(platform, key)
      guard rule.kind == .done else {
        throw SMMCoreError.invalidProfileText(
          Phrase("error.profileText.takesText", text: ["platform": platform.rawValue, "key": key]))
      }
      next.profiles[platform, default: PlatformProfile()].done[key] = done
    case .addCommunity, .setCommunity, .removeCommunity, .planEngagement, .setEngagementOwner:
      try next.applyCommunity(change)
    case .addRisk, .removeRisk, .setStatement, .setCrisisRole:
      try next.applyCrisis(change)
    case .recordDrill(let name, let seed, let answers):
      let risk = next.risks[try next.riskIndex(name)]
      let scenario = CrisisDrill.scenario(risk, seed: seed)
      next.drills.append(try CrisisDrill.debrief(scenario, answers: answers, state: next))
    case .recordTriage(let record):
      _ = try record.assessment()
      next.triages.append(record)
    case .recordWatch(let summary):
      guard !summary.isEmpty else { throw SMMCoreError.invalidMessage(Phrase("error.watch.none")) }
      next.watch = watch.merging(summary)
    case .addMetrics(let records):
      guard !records.isEmpty else {
        throw SMMCoreError.invalidMessage(Phrase("error.metrics.none"))
      }
      // One pass: the last row of a platform and week wins, and replaces what was recorded.
      var latest: [MetricsWeekKey: MetricsRecord] = [:]
      latest.reserveCapacity(records.count)
      for record in records { latest[MetricsWeekKey(record)] = record }
      next.metrics.removeAll { latest[MetricsWeekKey($0)] != nil }
      next.metrics.append(contentsOf: latest.values)
      next.metrics.sort { ($0.platform.rawValue, $0.week) < ($1.platform.rawValue, $1.week) }
    default:
      try next.applyContent(change)
    }
    return next
  }

  private func requireChosen(_ platform: Platform) throws(SMMCoreError) {
    guard spaces.contains(platform) else {
      throw SMMCoreError.spaceChoice(
        Phrase("error.spaces.chooseFirst", text: ["platform": platform.rawValue]))
    }
  }

  private mutating func set(_ value: ProfileValue) {
    switch value {
    case .name(let name): self.name = name
    case .sector(let text): profile.sector = text
    case .market(let market): profile.market = market
    case .ages(let ages): profile.ages = ages
    case .goals(let goals): profile.goals = goals
    case .hours(let hours): profile.hours = hours
    case .formats(let formats): profile.formats = formats
    case .reach(let reach): profile.reach = reach
    case .countries(let codes): profile.countries = codes
    case .languages(let codes): profile.languages = codes
    case .xPremium(let premium): profile.xPremium = premium
    case .team(let team): profile.team = team
    case .open(let hours): profile.open = hours
    }
  }

  /// The rule of field `key` on `platform`.
  /// - Throws: ``SMMCoreError/invalidProfileText(_:)`` naming the platform's fields.
  public static func rule(_ platform: Platform, _ key: String) throws(SMMCoreError)
    -> ProfileFieldRule
  {
    let rules = PlatformCatalog.entry(platform).profileFields
    guard let rule = rules.first(where: { $0.key == key }) else {
      throw SMMCoreError.invalidProfileText(
        Phrase(
          "error.profileText.noField",
          text: [
            "platform": platform.displayName, "key": key,
            "fields": rules.map(\.key).joined(separator: ", "),
          ]))
    }
    return rule
  }

  /// Folds a whole log: its first change must create the brand.
  /// - Throws: ``SMMCoreError/logMustStartWithCreation`` or any error of ``applying(_:)``.
  public static func fold<Changes: Sequence>(_ changes: Changes) throws(SMMCoreError) -> BrandState
  where Changes.Element == BrandChange {
    var iterator = changes.makeIterator()
    guard case .create(let name)? = iterator.next() else {
      throw SMMCoreError.logMustStartWithCreation
    }
    var state = BrandState(name: name)
    while let change = iterator.next() {
      state = try state.applying(change)
    }
    return state
  }

  private enum CodingKeys: String, CodingKey {
    case name, profile, spaces, profiles, content, communities, engagement, metrics, risks, drills
    case triages, watch
    case crisisTeam = "crisis_team"
  }

  /// Decodes a state; fields added after a snapshot was written take their empty value.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    name = try container.decode(BrandName.self, forKey: .name)
    profile = try container.decodeIfPresent(BrandProfile.self, forKey: .profile) ?? BrandProfile()
    spaces = try container.decodeIfPresent([Platform].self, forKey: .spaces) ?? []
    profiles =
      try container.decodeIfPresent([Platform: PlatformProfile].self, forKey: .profiles) ?? [:]
    content = try container.decodeIfPresent(EditorialLine.self, forKey: .content) ?? EditorialLine()
    communities = try container.decodeIfPresent([Community].self, forKey: .communities) ?? []
    engagement = try container.decodeIfPresent(EngagementPlan.self, forKey: .engagement)
    metrics = try container.decodeIfPresent([MetricsRecord].self, forKey: .metrics) ?? []
    risks = try container.decodeIfPresent([CrisisRisk].self, forKey: .risks) ?? []
    crisisTeam = try container.decodeIfPresent([CrisisRole].self, forKey: .crisisTeam) ?? []
    drills = try container.decodeIfPresent([CrisisDrill.Result].self, forKey: .drills) ?? []
    triages = try container.decodeIfPresent([TriageRecord].self, forKey: .triages) ?? []
    watch = try container.decodeIfPresent(WatchSummary.self, forKey: .watch) ?? WatchSummary()
  }
}

/// A platform and a week: what one metrics record is about.
private struct MetricsWeekKey: Hashable {
  var platform: Platform
  var week: ISOWeek

  init(_ record: MetricsRecord) {
    MetricsWork.touch()
    platform = record.platform
    week = record.week
  }
}
