/// The three kinds of action of the seed's step 3.
public enum EngagementKind: String, CaseIterable, Codable, Sendable {
  /// Own content made for the community.
  case create
  /// Others' content the brand passes on (curation).
  case share
  /// The community's own voice carried further (repost, quote, thank, feature).
  case spread
}

/// A recurring action for one community.
public struct EngagementAction: Equatable, Sendable, Codable {
  /// The community it is for.
  public var community: String
  /// Create, share or spread.
  public var kind: EngagementKind
  /// What to do, one line.
  public var task: Phrase
  /// How many times a month.
  public var perMonth: Int
  /// Minutes each time.
  public var minutesEach: Int
  /// Who does it.
  public var owner: String

  /// What to do, in English.
  public var what: String { task.english }

  // The task is stored under `what` (as English text before it was a phrase).
  private enum CodingKeys: String, CodingKey {
    case community, kind, task = "what", perMonth, minutesEach, owner
  }

  /// Hours a week it takes on average (a month is 52/12 weeks).
  public var hoursPerWeek: Double { Double(perMonth * minutesEach) / 60 / (52.0 / 12) }
}

/// The engagement plan: recurring actions per community, and the time they need.
public struct EngagementPlan: Equatable, Sendable, Codable {
  /// The actions, community by community, create then share then spread.
  public var actions: [EngagementAction]
  /// Why the plan looks like it does, one line each.
  public var notes: [Phrase]

  /// Hours a week the whole plan needs.
  public var hoursPerWeek: Double { actions.map(\.hoursPerWeek).reduce(0, +) }
}

/// Builds a first engagement plan from the community map and the brand's hours.
public enum EngagementPlanner {
  /// The default owner of every action.
  public static let defaultOwner = "community manager"

  /// Base frequencies a month and minutes each (smm's editorial starting point).
  static let base: [EngagementKind: (perMonth: Int, minutes: Int)] = [
    .create: (4, 60), .share: (4, 15), .spread: (4, 10),
  ]

  /// The plan for `state`: three actions per community; when the platforms and the actions
  /// together need more hours than the brand has, every frequency is cut in proportion (at
  /// least once a month).
  public static func plan(_ state: BrandState) throws(SMMCoreError) -> EngagementPlan {
    guard !state.communities.isEmpty else {
      throw SMMCoreError.invalidMessage(Phrase("error.engage.noCommunity"))
    }
    var actions: [EngagementAction] = []
    // A small team: each community has one owner, the people in turn, named in the brand's
    // language ("you" for a team of one).
    let team = state.profile.team
    let strings = Strings.of(state.publishingLanguage)
    for (index, community) in state.communities.enumerated() {
      let owner =
        team.flatMap { team in
          team.engagementOwner(community: index).map { person in
            team.people == 1
              ? strings("team.owner.you") : strings("team.owner.person", ["n": String(person)])
          }
        } ?? defaultOwner
      let topic: Phrase.Value =
        (community.needs ?? state.content.pillars.first ?? state.profile.sector).map {
          .text($0)
        } ?? .phrase(Phrase("plan.field"))
      let member: Phrase.Value =
        community.people.first.map { .text($0) } ?? .phrase(Phrase("plan.member"))
      let name = Phrase.Value.text(community.name)
      let texts: [EngagementKind: Phrase] = [
        .create: Phrase(
          "plan.create",
          ["name": name, "platform": .text(community.platform.displayName), "topic": topic]),
        .share: Phrase("plan.share", ["name": name]),
        .spread: Phrase("plan.spread", ["name": name, "member": member]),
      ]
      for kind in EngagementKind.allCases {
        let (perMonth, minutes) = base[kind] ?? (4, 15)
        actions.append(
          EngagementAction(
            community: community.name, kind: kind, task: texts[kind] ?? .verbatim(""),
            perMonth: perMonth,
            minutesEach: minutes, owner: owner))
      }
    }
    var plan = EngagementPlan(actions: actions, notes: [])
    if let team, team.isSmall {
      plan.notes.append(Phrase("plan.ownersPerPerson", ["people": .number(team.people)]))
    }
    let spaces = state.spaces.map { PlatformCatalog.entry($0).effort.hoursPerWeek }.reduce(0, +)
    if let hours = state.profile.hours {
      let left = hours - spaces
      if left <= 0 {
        for index in plan.actions.indices { plan.actions[index].perMonth = 1 }
        plan.notes.append(Phrase("plan.noTime", ["hours": .decimal(hours)]))
      } else if plan.hoursPerWeek > left {
        let ratio = left / plan.hoursPerWeek
        for index in plan.actions.indices {
          plan.actions[index].perMonth = max(
            1, Int((Double(plan.actions[index].perMonth) * ratio).rounded(.down)))
        }
        plan.notes.append(Phrase("plan.cut", ["hours": .decimal(left)]))
      }
    }
    let unmapped = state.communities.filter { !$0.isMapped }.map(\.name)
    if !unmapped.isEmpty {
      plan.notes.append(Phrase("plan.unmapped", ["names": .phrase(.list(unmapped))]))
    }
    return plan
  }
}
