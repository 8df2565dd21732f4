import SMMCore

/// The brand's plan as the documented JSON (`schemas/plan.schema.json`).
public enum PlanExport {
  /// The schema version written in every export.
  public static let version = 1

  /// Step 4: the risks by score, the team, a playbook per risk (drills come later).
  static func crisis(_ state: BrandState) -> JSONValue {
    let risks = state.risks.sorted {
      $0.score != $1.score ? $0.score > $1.score : $0.name < $1.name
    }
    let team: [JSONValue] = state.crisisTeam.map {
      .object([
        ("role", .string($0.role)), ("name", .string($0.name)), ("contact", .string($0.contact)),
      ])
    }
    let playbooks: [JSONValue] = risks.map { risk in
      let playbook = CrisisPlaybook.build(risk, for: state)
      return .object([
        ("risk", .string(risk.name)),
        ("escalation", .array(playbook.escalation.map { .string($0.render(.english)) })),
        ("checklist", .array(playbook.checklist.map { .string($0.render(.english)) })),
        (
          "statements",
          .object(
            playbook.statements.map { statement in
              (
                statement.platform.rawValue,
                .object([
                  ("text", .string(statement.text)),
                  ("length", .number(Double(statement.length))),
                  ("valid", .bool(statement.valid)),
                  ("edited", .bool(statement.edited)),
                ])
              )
            })
        ),
        ("dark_site", .string(playbook.darkSite)),
        ("internal_message", .string(playbook.internalMessage)),
      ])
    }
    return .object([
      (
        "risks",
        .array(
          risks.map { risk in
            .object([
              ("name", .string(risk.name)),
              ("type", .string(risk.type.rawValue)),
              ("cluster", .string(risk.type.cluster.rawValue)),
              ("likelihood", .number(Double(risk.likelihood))),
              ("impact", .number(Double(risk.impact))),
              ("score", .number(Double(risk.score))),
              ("channels", .array(risk.channels.map { .string($0.rawValue) })),
            ])
          })
      ),
      ("team", .array(team)),
      ("playbooks", .array(playbooks)),
      (
        "drills",
        .array(
          state.drills.map { drill in
            .object([
              ("risk", .string(drill.risk)),
              ("seed", .number(Double(drill.seed))),
              ("answers", .array(drill.answers.map { .string($0) })),
              (
                "minutes_to_first_response",
                drill.minutesToFirstResponse.map { .number(Double($0)) } ?? .null
              ),
              ("target_minutes", .number(Double(drill.targetMinutes))),
              ("triage_fit", .number(Double(drill.triageFit))),
              ("strategy_fit", .bool(drill.strategyFit)),
              ("score", .number(Double(drill.score))),
              ("fixes", .array(drill.fixes.map { .string($0.render(.english)) })),
            ])
          })
      ),
    ])
  }

  /// The plan of `state` as JSON.
  public static func json(_ state: BrandState) -> JSONValue {
    let profile = state.profile
    let brand: JSONValue = .object([
      ("name", .string(state.name.value)),
      ("sector", .string(profile.sector)),
      ("market", .string(profile.market?.rawValue)),
      ("ages", .array(profile.ages.map { .string($0.rawValue) })),
      ("goals", .array(profile.goals.map { .string($0.rawValue) })),
      ("hours", profile.hours.map { .number($0) } ?? .null),
      ("formats", .array(profile.formats.map { .string($0.rawValue) })),
      ("reach", .string(profile.reach?.rawValue)),
      ("languages", .array(profile.languages.map { .string($0) })),
    ])
    let ranking = SpaceScoring.rank(profile)
    let proposal = SpaceScoring.propose(ranking, hours: profile.hours)
    let spaces: JSONValue = .object([
      (
        "ranking",
        .array(
          ranking.map { item in
            .object([
              ("platform", .string(item.platform.rawValue)),
              ("score", .number(Double(item.score))),
              ("hours_per_week", .number(item.hoursPerWeek)),
              ("reasons", .array(item.reasons.map { .string($0) })),
            ])
          })
      ),
      ("proposed", .array(proposal.platforms.map { .string($0.rawValue) })),
      ("chosen", .array(state.spaces.map { .string($0.rawValue) })),
    ])
    var profiles: [(String, JSONValue)] = []
    for platform in state.spaces {
      let values = state.profiles[platform] ?? PlatformProfile()
      let fields: [(String, JSONValue)] = PlatformCatalog.entry(platform).profileFields.map {
        rule in
        switch rule.kind {
        case .text: return (rule.key, .string(values.texts[rule.key]))
        case .done: return (rule.key, .bool(values.done[rule.key] == true))
        }
      }
      profiles.append((platform.rawValue, .object(fields)))
    }
    let line = state.content
    let messages: [JSONValue] = line.messages.map { message in
      var variants: [(String, JSONValue)] = []
      for platform in message.variants.keys.sorted() {
        guard let variant = message.variants[platform] else { continue }
        let count = PlatformCounter.count(variant.text, on: platform)
        let partsValid = variant.parts.allSatisfy { PlatformCounter.count($0, on: platform).valid }
        variants.append(
          (
            platform.rawValue,
            .object([
              ("text", .string(variant.text)),
              ("parts", .array(variant.parts.map { .string($0) })),
              ("title", .string(variant.title)),
              ("length", .number(Double(count.length))),
              ("unit", .string(count.unit.rawValue)),
              ("valid", .bool(variant.parts.count > 1 ? partsValid : count.valid)),
              ("edited", .bool(variant.edited)),
              ("changes", .array(variant.changes.map { .string($0) })),
            ])
          ))
      }
      return .object([
        ("id", .number(Double(message.id))),
        ("text", .string(message.text)),
        ("tag", .string(message.tag.rawValue)),
        ("variants", .object(variants)),
      ])
    }
    let tones: [(String, JSONValue)] = state.spaces.map {
      ($0.rawValue, .string(line.tone(on: $0)))
    }
    let content: JSONValue = .object([
      ("pillars", .array(line.pillars.map { .string($0) })),
      ("tones", .object(tones)),
      ("mix_rule", .string(line.mixRule?.rawValue)),
      ("messages", .array(messages)),
    ])
    let calendar: JSONValue = .array(
      (line.calendar?.slots ?? []).map { slot in
        .object([
          ("date", .string(slot.date.description)),
          ("time", .string(slot.time)),
          ("platform", .string(slot.platform.rawValue)),
          ("message_id", slot.messageID.map { .number(Double($0)) } ?? .null),
        ])
      })
    let communities: [JSONValue] = state.communities.map { community in
      .object([
        ("name", .string(community.name)),
        ("platform", .string(community.platform.rawValue)),
        ("type", .string(community.type.rawValue)),
        ("size", community.size.map { .number(Double($0)) } ?? .null),
        ("needs", .string(community.needs)),
        ("gives", .string(community.gives)),
        ("gets", .string(community.gets)),
        ("people", .array(community.people.map { .string($0) })),
        ("mapped", .bool(community.isMapped)),
      ])
    }
    let balance = EngagementBalance.check(state)
    let engagement: JSONValue = .object([
      (
        "actions",
        .array(
          (state.engagement?.actions ?? []).map { action in
            .object([
              ("community", .string(action.community)),
              ("kind", .string(action.kind.rawValue)),
              ("what", .string(action.what)),
              ("per_month", .number(Double(action.perMonth))),
              ("minutes_each", .number(Double(action.minutesEach))),
              ("owner", .string(action.owner)),
            ])
          })
      ),
      ("hours_per_week", .number(((state.engagement?.hoursPerWeek ?? 0) * 100).rounded() / 100)),
      ("balance", .array(balance.findings.map { .string($0) })),
      ("best_change", .string(balance.change)),
    ])
    var metrics: [JSONValue] = []
    for platform in Array(Set(state.metrics.map(\.platform))).sorted() {
      for point in EngagementRates.trend(state.metrics.filter { $0.platform == platform }) {
        guard
          let record = state.metrics.first(where: {
            $0.platform == platform && $0.week == point.week
          })
        else { continue }
        func rate(_ value: Double?) -> JSONValue {
          value.map { .number(($0 * 100).rounded() / 100) } ?? .null
        }
        metrics.append(
          .object([
            ("platform", .string(platform.rawValue)),
            ("week", .string(record.week.description)),
            ("followers", .number(Double(record.followers))),
            ("reach", .number(Double(record.reach))),
            ("impressions", .number(Double(record.impressions))),
            ("engagements", .number(Double(record.engagements))),
            ("er_reach", rate(point.rates.byReach)),
            ("er_followers", rate(point.rates.byFollowers)),
            ("er_impressions", rate(point.rates.byImpressions)),
            ("er_reach_change", rate(point.reachChange)),
          ]))
      }
    }
    return .object([
      ("smm_plan_version", .number(Double(version))),
      ("brand", brand),
      ("spaces", spaces),
      ("profiles", .object(profiles)),
      ("content", content),
      ("calendar", calendar),
      ("communities", .array(communities)),
      ("engagement", engagement),
      ("metrics", .array(metrics)),
      ("crisis", crisis(state)),
      ("progress", progress(state)),
    ])
  }

  /// Where each step stands: done, missing and weak items (in English, each missing or weak
  /// item with the command that settles it), and the next action — what the plan still lacks,
  /// said instead of left as holes.
  static func progress(_ state: BrandState) -> JSONValue {
    let strings = Strings.english
    let reviews = Guidance.review(state)
    func items(_ list: [StepReview.Item]) -> JSONValue {
      .array(
        list.map { item in
          .object([
            ("text", .string(item.phrase.render(strings))),
            ("command", .string(item.action?.shownCommand)),
          ])
        })
    }
    let next = Guidance.next(reviews: reviews)
    return .object([
      (
        "steps",
        .array(
          reviews.map { review in
            .object([
              ("step", .number(Double(review.step.number))),
              ("slug", .string(review.step.slug)),
              ("stage", .string(review.stage.rawValue)),
              ("done", .array(review.done.map { .string($0.render(strings)) })),
              ("missing", items(review.missing)),
              ("weak", items(review.weak)),
            ])
          })
      ),
      ("complete", .bool(next == nil)),
      ("next", .string(next?.shownCommand)),
    ])
  }
}
