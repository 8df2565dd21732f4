import SMMCore

extension PlanReport {
  /// The plan of `state`, computed once: every figure the exports show.
  package static func build(_ state: BrandState) -> PlanReport {
    let facts = Facts(state)
    return PlanReport(
      version: version, brand: brand(state), spaces: spaces(state, facts),
      profiles: profiles(state), content: content(state), calendar: calendar(state),
      communities: communities(state), engagement: engagement(state), metrics: metrics(state),
      watch: watch(state), crisis: crisis(state, facts), progress: progress(facts.reviews),
      facts: facts)
  }

  static func brand(_ state: BrandState) -> Brand {
    let profile = state.profile
    return Brand(
      name: state.name.value, sector: profile.sector, market: profile.market?.rawValue,
      ages: profile.ages.map(\.rawValue), goals: profile.goals.map(\.rawValue),
      hours: profile.hours, formats: profile.formats.map(\.rawValue),
      reach: profile.reach?.rawValue, countries: profile.countries,
      languages: profile.languages, xPremium: profile.xPremium == true,
      team: profile.team?.people, open: profile.open?.canonicalText,
      awayMessage: ResponseTargets.awayMessage(state))
  }

  /// The ranking of the platforms for `profile`, best first.
  package static func ranking(_ ranking: [SpaceScore]) -> [Ranked] {
    ranking.map {
      Ranked(
        platform: $0.platform.rawValue, score: $0.score, hoursPerWeek: $0.hoursPerWeek,
        reasons: $0.notes.map { $0.render(.englishCommands) })
    }
  }

  /// Step 1 of `state`: the ranking, the proposal and the choice (also the `data` of
  /// `/spaces recommend --json`).
  package static func spaces(_ state: BrandState) -> Spaces {
    let ranked = SpaceScoring.rank(state.profile)
    return spaces(state, ranked, SpaceScoring.propose(ranked, hours: state.profile.hours))
  }

  static func spaces(_ state: BrandState, _ facts: Facts) -> Spaces {
    spaces(state, facts.ranking, facts.proposal)
  }

  static func spaces(_ state: BrandState, _ ranked: [SpaceScore], _ proposal: SpaceProposal)
    -> Spaces
  {
    Spaces(
      ranking: ranking(ranked), proposed: proposal.platforms.map(\.rawValue),
      chosen: state.spaces.map(\.rawValue))
  }

  static func profiles(_ state: BrandState) -> [String: [String: ProfileField]] {
    var profiles: [String: [String: ProfileField]] = [:]
    for platform in state.spaces {
      let values = state.profiles[platform] ?? PlatformProfile()
      var fields: [String: ProfileField] = [:]
      for rule in PlatformCatalog.entry(platform).profileFields {
        switch rule.kind {
        case .text: fields[rule.key] = .text(values.texts[rule.key])
        case .done: fields[rule.key] = .done(values.done[rule.key] == true)
        }
      }
      profiles[platform.rawValue] = fields
    }
    return profiles
  }

  static func content(_ state: BrandState) -> Content {
    let line = state.content
    let messages = line.messages.map { message in
      var variants: [String: Variant] = [:]
      for (platform, variant) in message.variants {
        let count = PlatformCounter.count(variant.text, on: platform)
        let partsValid = variant.parts.allSatisfy { PlatformCounter.count($0, on: platform).valid }
        variants[platform.rawValue] = Variant(
          text: variant.text, parts: variant.parts, title: variant.title, length: count.length,
          unit: count.unit.rawValue, valid: variant.parts.count > 1 ? partsValid : count.valid,
          edited: variant.edited, changes: variant.changes)
      }
      return Message(
        id: message.id, text: message.text, tag: message.tag.rawValue,
        sponsored: message.sponsored,
        media: message.media.map {
          Media(kind: $0.kind.rawValue, alt: $0.alt, captions: $0.captions)
        }, variants: variants)
    }
    var tones: [String: String] = [:]
    for platform in state.spaces { tones[platform.rawValue] = line.tone(on: platform) }
    let optIn = PrivacyRules.optInSource
    return Content(
      pillars: line.pillars, tones: tones, mixRule: line.mixRule?.rawValue, messages: messages,
      whatsappOptIn: PrivacyRules.needsOptIn(state.spaces)
        ? SourcedRule(
          source: optIn.short, citation: optIn.citation, url: optIn.reference?.url) : nil)
  }

  static func calendar(_ state: BrandState) -> [Slot] {
    (state.content.calendar?.slots ?? []).map {
      Slot(
        date: $0.date.description, time: $0.time, platform: $0.platform.rawValue,
        messageID: $0.messageID)
    }
  }

  static func communities(_ state: BrandState) -> [Community] {
    state.communities.map {
      Community(
        name: $0.name, platform: $0.platform.rawValue, type: $0.type.rawValue, size: $0.size,
        needs: $0.needs, gives: $0.gives, gets: $0.gets, people: $0.people, mapped: $0.isMapped)
    }
  }

  static func engagement(_ state: BrandState) -> Engagement {
    let balance = EngagementBalance.check(state)
    return Engagement(
      actions: (state.engagement?.actions ?? []).map {
        Engagement.Action(
          community: $0.community, kind: $0.kind.rawValue, what: $0.what, perMonth: $0.perMonth,
          minutesEach: $0.minutesEach, owner: $0.owner)
      },
      hoursPerWeek: ((state.engagement?.hoursPerWeek ?? 0) * 100).rounded() / 100,
      balance: balance.findings, bestChange: balance.changeNote?.render(.englishCommands))
  }

  static func metrics(_ state: BrandState) -> [MetricWeek] {
    func rate(_ value: Double?) -> Double? { value.map { ($0 * 100).rounded() / 100 } }
    var weeks: [MetricWeek] = []
    for platform in Array(Set(state.metrics.map(\.platform))).sorted() {
      let records = state.metrics.filter { $0.platform == platform }
      for point in EngagementRates.trend(records) {
        guard let record = records.first(where: { $0.week == point.week }) else { continue }
        weeks.append(
          MetricWeek(
            platform: platform.rawValue, week: record.week.description,
            followers: record.followers, reach: record.reach, impressions: record.impressions,
            engagements: record.engagements, byReach: rate(point.rates.byReach),
            byFollowers: rate(point.rates.byFollowers),
            byImpressions: rate(point.rates.byImpressions), reachChange: rate(point.reachChange)))
      }
    }
    return weeks
  }

  static func watch(_ state: BrandState) -> Watch {
    Watch(
      hours: state.watch.hours.map { hour in
        Hour(
          start: WatchTime.iso(hour.start), mentions: hour.count, reach: hour.reach,
          top: hour.top.map {
            TopMention(
              time: WatchTime.iso($0.time), reach: $0.reach, author: $0.author,
              platform: $0.platform, url: $0.url, text: $0.text, negative: $0.negative)
          }, negative: hour.negative)
      },
      alerts: state.watch.alerts.map {
        Alert(
          at: WatchTime.iso($0.at), value: $0.value, baseline: $0.baseline, level: $0.level,
          kind: $0.kind.rawValue, score: $0.score)
      }, rules: watchRules(state),
      alerted: CrisisPlaybook.escalation(for: state).map { $0.render(.englishCommands) })
  }

  static func watchRules(_ state: BrandState) -> WatchRules {
    let spike = SpikeDetector.Settings()
    let negative = NegativeShareDetector.Settings()
    return WatchRules(
      spike: .init(
        historyDays: spike.days, warmupDays: spike.warmupDays,
        spans: spike.spans.map { .init(minutes: Int($0.seconds / 60), threshold: $0.threshold) }),
      negative: .init(
        minimumMentions: negative.minimumMentions, ratio: negative.ratio,
        margin: negative.margin, floor: negative.floor, windowHours: Int(negative.windowHours),
        threshold: negative.threshold),
      levels: .init(
        ratios: WatchAlert.levelRatios, fastVelocity: BrandAudience.of(state).fastVelocity))
  }
}
