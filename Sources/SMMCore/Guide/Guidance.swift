/// The guide's reading of a brand: pure functions from the state to what is done, missing and
/// weak on each step, and the one most useful next action.
///
/// The order of the method decides the next action: the first missing item of the first step
/// that is not done, then weak items in step order. Within a step, items come in the order the
/// work is done (profile before choice, choice before profiles on each platform, pillars before
/// messages, messages before variants, and so on).
public enum Guidance {
  /// Where the method itself comes from.
  public static let methodSource =
    "smm's method: the four steps of the seed post (shared/seed), choose the spaces, adapt, engage, prepare"

  /// Every step's review, in the method's order.
  ///
  /// `fits` tells whether a text is within a platform's limits; a caller that reviews the
  /// same brand again and again (the shell, at every prompt) may pass a memoized one.
  public static func review(
    _ state: BrandState,
    fits: (String, Platform) -> Bool = { PlatformCounter.isValid($0, on: $1) }
  ) -> [StepReview] {
    [spaces(state), content(state, fits: fits), communities(state), crisis(state)]
  }

  /// The most useful next action: for no brand, creating one; for a complete plan, nil.
  public static func next(_ state: BrandState?) -> GuideAction? {
    guard let state else { return createBrand }
    return next(reviews: review(state))
  }

  /// The most useful next action given the steps' reviews; nil when the plan is complete.
  public static func next(reviews: [StepReview]) -> GuideAction? {
    for review in reviews {
      if let action = review.missing.lazy.compactMap(\.action).first { return action }
    }
    // A blocking item's action waits until nothing else is left: the session offers it then
    // (``blockers(_:)``), before the plan is written.
    for review in reviews {
      if let action = review.weak.lazy.filter({ !$0.blocking }).compactMap(\.action).first {
        return action
      }
    }
    return nil
  }

  /// What keeps a plan whose steps are done from being ready to hand over: the weak items
  /// that make it not hold together (hours that do not fit, a calendar that repeats itself).
  public static func blockers(_ reviews: [StepReview]) -> [StepReview.Item] {
    reviews.flatMap(\.weak).filter(\.blocking)
  }

  /// Whether the plan is ready to hand over: nothing left to do and nothing that blocks.
  public static func ready(_ reviews: [StepReview]) -> Bool {
    next(reviews: reviews) == nil && blockers(reviews).isEmpty
  }

  /// How many weeks apart a message may come back on the same platform, at the least.
  public static let repeatWeeks = 2

  /// The most posts one platform has in any `repeatWeeks` window of `calendar`, and which.
  static func densest(_ calendar: ContentCalendar) -> (platform: Platform, posts: Int)? {
    var best: (platform: Platform, posts: Int)?
    for platform in Set(calendar.slots.map(\.platform)).sorted() {
      let days = calendar.slots.filter { $0.platform == platform }.map(\.date.dayNumber).sorted()
      var start = 0
      for end in days.indices {
        while days[end] - days[start] >= repeatWeeks * 7 { start += 1 }
        let posts = end - start + 1
        if posts > (best?.posts ?? 0) { best = (platform, posts) }
      }
    }
    return best
  }

  /// The step to work on: the first that is not done (the last when all are).
  public static func currentStep(_ reviews: [StepReview]) -> MethodStep {
    reviews.first(where: { $0.stage != .done })?.step ?? .crisis
  }

  /// The action that starts onboarding: naming the brand.
  public static let createBrand = GuideAction(
    CommandRequest(["new"], arguments: [.answer]),
    kind: .ask(question: Phrase("guide.ask.brandName"), suggestion: nil, shape: .text),
    reason: Phrase("guide.why.brandName"), sources: [methodSource])

  /// What earlier steps leave undone when working on `step`: the essentials only (a profile
  /// and a choice of spaces before content; a message before communities; a community before
  /// the crisis step). Empty when the method is followed.
  public static func skipped(before step: MethodStep, in state: BrandState) -> [Phrase] {
    var skipped: [Phrase] = []
    if step > .spaces && state.spaces.isEmpty {
      skipped.append(
        Phrase(
          "guide.skipped.spaces",
          ["spacesRecommend": .command(CommandRequest("spaces", "recommend"))]))
    }
    if step > .content && state.content.messages.isEmpty {
      skipped.append(
        Phrase(
          "guide.skipped.messages",
          [
            "messageAdd": .command(
              CommandRequest(["content", "message", "add"], arguments: [.word("text")]))
          ]))
    }
    if step > .communities && state.communities.isEmpty {
      skipped.append(
        Phrase("guide.skipped.communities", ["community": .command(CommandRequest("community"))]))
    }
    return skipped
  }

  // MARK: - Step 1

  static func spaces(_ state: BrandState) -> StepReview {
    var done: [Phrase] = []
    var missing: [StepReview.Item] = []
    var weak: [StepReview.Item] = []
    let fields = state.profile.missingFields
    if fields.isEmpty {
      done.append(Phrase("guide.done.profile"))
    } else {
      missing.append(
        StepReview.Item(
          Phrase("guide.missing.profile", text: ["fields": list(fields.map(\.rawValue))]),
          action: GuideAction(
            CommandRequest("interview"), reason: Phrase("guide.why.interview"),
            sources: [methodSource])))
    }
    if state.spaces.isEmpty {
      let action: GuideAction
      if fields.isEmpty {
        let proposal = SpaceScoring.propose(
          SpaceScoring.rank(state.profile), hours: state.profile.hours)
        let chosen = proposal.platforms.map(\.rawValue)
        action = GuideAction(
          CommandRequest("spaces", "choose", values: chosen),
          reason: Phrase(
            "guide.why.choose",
            [
              "platforms": .text(list(proposal.platforms.map(\.displayName))),
              "hours": .decimal(proposal.hoursNeeded),
              "count": .number(proposal.platforms.count),
              "spacesRecommend": .command(CommandRequest("spaces", "recommend")),
            ]),
          sources: sources(for: proposal.platforms, profile: state.profile))
      } else {
        action = GuideAction(
          CommandRequest("spaces", "recommend"),
          reason: Phrase(
            "guide.why.recommend",
            ["spacesRecommend": .command(CommandRequest("spaces", "recommend"))]),
          sources: [methodSource])
      }
      missing.append(StepReview.Item(Phrase("guide.missing.spaces"), action: action))
    } else {
      done.append(
        Phrase(
          "guide.done.spaces",
          [
            "count": .number(state.spaces.count),
            "platforms": .text(list(state.spaces.map(\.displayName))),
          ]))
    }
    let check = ProfileCheck.run(state)
    for item in check.completeness {
      if item.missing.isEmpty {
        done.append(
          Phrase("guide.done.platformProfile", text: ["platform": item.platform.displayName]))
        continue
      }
      missing.append(
        StepReview.Item(
          Phrase(
            "guide.missing.platformProfile",
            [
              "platform": .text(item.platform.displayName),
              "fields": .phrase(
                .list(values: item.missing.map { .profileField(item.platform, $0) })),
            ]),
          action: profileAction(state, item.platform, item.missing[0])))
    }
    for issue in check.issues {
      weak.append(
        StepReview.Item(
          Phrase("guide.weak.identity", ["issue": .phrase(issue)]),
          action: GuideAction(
            CommandRequest("profile", "check"), reason: Phrase("guide.why.identity"),
            sources: [methodSource])))
    }
    if let hours = state.profile.hours, !state.spaces.isEmpty {
      let needed = state.spaces.map { PlatformCatalog.entry($0).effort.hoursPerWeek }.reduce(0, +)
      if needed > hours {
        weak.append(
          StepReview.Item(
            Phrase(
              "guide.weak.hours",
              text: ["needed": SpaceScoring.format(needed), "hours": SpaceScoring.format(hours)]),
            action: hoursAction(
              state, needed: needed + (state.engagement?.hoursPerWeek ?? 0), hours: hours),
            blocking: true))
      }
    }
    let started =
      fields.count < ProfileField.profileQuestions.filter { $0 != .name && $0 != .team }.count
      || state.profile.team != nil || !state.spaces.isEmpty
      || !state.profiles.isEmpty
    return StepReview(
      step: .spaces, stage: stage(missing: missing, started: started), done: done,
      missing: missing, weak: weak)
  }

  /// The guide's question for `key` of `platform`'s profile.
  public static func profileAction(_ state: BrandState, _ platform: Platform, _ key: String)
    -> GuideAction
  {
    let rule = PlatformCatalog.entry(platform).profileFields.first { $0.key == key }
    let label = Phrase.Value.profileField(platform, key)
    let template = CommandRequest(
      ["profile"], arguments: [.value(platform.rawValue), .value("set"), .value(key), .answer])
    let reason = Phrase("guide.why.profileField", text: ["platform": platform.displayName])
    let sources = rule?.source.map { [$0.citation] } ?? [methodSource]
    if case .done? = rule?.kind {
      return GuideAction(
        template,
        kind: .ask(
          question: Phrase(
            "guide.ask.profileDone", ["label": label, "platform": .text(platform.displayName)]),
          suggestion: nil, shape: .yesNo),
        reason: reason, sources: sources)
    }
    var suggestion: String?
    var fittedLimit: Int?
    switch key {
    case "display-name":
      suggestion = state.name.value
      if case .text(let limit?, let unit)? = rule?.kind,
        TextLength.count(state.name.value, in: unit) > limit
      {
        // A suggestion is always valid for its field: the name cut to the limit, said so.
        suggestion = fitted(state.name.value, to: limit, in: unit)
        fittedLimit = limit
      }
    case "handle": suggestion = handle(for: state, on: platform)
    case "bio": suggestion = BioSuggestion.suggest(for: state, on: platform)
    default: suggestion = nil
    }
    let question =
      suggestion == nil
      ? Phrase("guide.ask.profileText", ["label": label, "platform": .text(platform.displayName)])
      : fittedLimit != nil
        ? Phrase(
          "guide.ask.profileTextFitted",
          [
            "label": label, "platform": .text(platform.displayName),
            "suggestion": .text(suggestion ?? ""), "limit": .number(fittedLimit ?? 0),
          ])
        : Phrase(
          "guide.ask.profileTextSuggested",
          [
            "label": label, "platform": .text(platform.displayName),
            "suggestion": .text(suggestion ?? ""),
          ])
    return GuideAction(
      template, kind: .ask(question: question, suggestion: suggestion, shape: .text),
      reason: reason, sources: sources)
  }

  /// `text` cut to `limit` in `unit`: whole words while they fit, else the characters that do.
  package static func fitted(_ text: String, to limit: Int, in unit: CountingUnit) -> String {
    var kept = ""
    for word in text.split(separator: " ") {
      let longer = kept.isEmpty ? String(word) : kept + " " + word
      guard TextLength.count(longer, in: unit) <= limit else { break }
      kept = longer
    }
    if kept.isEmpty {
      for character in text {
        guard TextLength.count(kept + String(character), in: unit) <= limit else { break }
        kept.append(character)
      }
    }
    return kept
  }

  /// A handle suggestion: the handle already used elsewhere, else the name the profile shows
  /// (its display name, or the brand's name) in lower case letters and digits, accents folded
  /// (« Médiathèque » → mediatheque, not mdiathque), cut to the platform's limit.
  static func handle(for state: BrandState, on platform: Platform) -> String {
    for other in state.spaces where other != platform {
      if let used = state.profiles[other]?.texts["handle"], !used.isEmpty {
        let bare = used.hasPrefix("@") ? String(used.dropFirst()) : used
        // Instagram's "le_fournil" is no Facebook username: the same name in Facebook's marks.
        if let conformed = handleRule(platform)?.conformed(bare) { return conformed }
      }
    }
    let shown = state.profiles[platform]?.texts["display-name"] ?? state.name.value
    return handle(from: shown, on: platform)
  }

  /// `name` as a handle of `platform`: lower case letters and digits, accents folded, cut to
  /// the platform's limit ("Bristol Bike Repair Shop" → bristolbikerepairshop).
  package static func handle(from name: String, on platform: Platform) -> String {
    var handle = String(
      name.lowercased().map { latinBase[$0] ?? String($0) }.joined()
        .unicodeScalars.filter {
          ("a"..."z").contains($0) || ("0"..."9").contains($0)
        }.map(Character.init))
    if handle.isEmpty { handle = "brand" }
    if let rule = handleRule(platform), case .text(let limit?, _) = rule.kind, handle.count > limit
    {
      handle = String(handle.prefix(limit))
    }
    return handle
  }

  /// The rule of `platform`'s handle field, if it has one.
  static func handleRule(_ platform: Platform) -> ProfileFieldRule? {
    PlatformCatalog.entry(platform).profileFields.first(where: { $0.key == "handle" })
  }

  /// Accented Latin letters and their base letters, for a handle ("é" → "e", "œ" → "oe"); a
  /// letter typed decomposed loses its accent anyway (the mark is no letter).
  static let latinBase: [Character: String] = {
    let groups: [(String, String)] = [
      ("àâäáãå", "a"), ("ç", "c"), ("éèêë", "e"), ("îïíì", "i"), ("ôöóòõø", "o"),
      ("ùûüú", "u"), ("ÿý", "y"), ("ñ", "n"), ("œ", "oe"), ("æ", "ae"), ("ß", "ss"),
    ]
    var table: [Character: String] = [:]
    for (letters, base) in groups { for letter in letters { table[letter] = base } }
    return table
  }()

  // MARK: - Step 2

  static func content(
    _ state: BrandState,
    fits: (String, Platform) -> Bool = { PlatformCounter.isValid($0, on: $1) }
  ) -> StepReview {
    let line = state.content
    var done: [Phrase] = []
    var missing: [StepReview.Item] = []
    var weak: [StepReview.Item] = []
    if line.pillars.count < EditorialLine.minimumPillars {
      missing.append(
        StepReview.Item(
          Phrase(
            "guide.missing.pillars",
            ["count": .number(EditorialLine.minimumPillars - line.pillars.count)]),
          action: GuideAction(
            CommandRequest(["content", "pillars", "add"], arguments: [.answer]),
            kind: .ask(
              question: Phrase(
                "guide.ask.pillar",
                [
                  "number": .number(line.pillars.count + 1),
                  "sector": .text(state.profile.sector ?? "—"),
                ]),
              suggestion: nil, shape: .text),
            reason: Phrase("guide.why.pillars"), sources: [methodSource])))
    } else {
      done.append(Phrase("guide.done.pillars", text: ["pillars": list(line.pillars)]))
    }
    if line.messages.isEmpty {
      missing.append(
        StepReview.Item(
          Phrase("guide.missing.messages"),
          action: GuideAction(
            CommandRequest(["content", "message", "add"], arguments: [.answer]),
            kind: .ask(question: Phrase("guide.ask.message"), suggestion: nil, shape: .text),
            reason: Phrase("guide.why.messages"), sources: [methodSource])))
    } else {
      done.append(Phrase("guide.done.messages", ["count": .number(line.messages.count)]))
    }
    for message in line.messages {
      let without = state.spaces.filter { message.variants[$0] == nil }
      if !without.isEmpty {
        missing.append(
          StepReview.Item(
            Phrase(
              "guide.missing.variants",
              ["id": .number(message.id), "platforms": .text(list(without.map(\.displayName)))]),
            action: GuideAction(
              CommandRequest("content", "adapt", values: [String(message.id)]),
              reason: Phrase("guide.why.adapt"),
              sources: [
                methodSource,
                "twitter-text v3 and each platform's documented limits (/platforms P)",
              ])))
      }
      for platform in message.variants.keys.sorted() {
        guard let variant = message.variants[platform],
          !variant.parts.allSatisfy({ fits($0, platform) })
        else { continue }
        weak.append(
          StepReview.Item(
            Phrase(
              "guide.weak.overLimit",
              ["id": .number(message.id), "platform": .text(platform.displayName)]),
            action: GuideAction(
              CommandRequest(
                "content", "adapt", values: [String(message.id), platform.rawValue]),
              reason: Phrase("guide.why.overLimit", text: ["platform": platform.displayName]),
              sources: [PlatformCatalog.entry(platform).post.text.source.citation])))
      }
    }
    if line.calendar == nil {
      missing.append(
        StepReview.Item(
          Phrase("guide.missing.calendar"),
          action: GuideAction(
            CommandRequest("calendar", "plan", values: ["4"]), reason: Phrase("guide.why.calendar"),
            sources: [methodSource])))
    } else {
      done.append(Phrase("guide.done.calendar"))
    }
    if let calendar = line.calendar, !line.messages.isEmpty, let densest = densest(calendar) {
      if densest.posts > line.messages.count {
        weak.append(
          StepReview.Item(
            Phrase(
              "guide.weak.repetition",
              [
                "posts": .number(densest.posts), "platform": .text(densest.platform.displayName),
                "weeks": .number(repeatWeeks), "messages": .number(line.messages.count),
                "more": .number(densest.posts - line.messages.count),
              ]),
            action: anotherMessage(state, calendar, densest), blocking: true))
      } else if let repeated = firstRepeat(calendar) {
        // Enough messages, but the calendar was planned before some of them.
        weak.append(
          StepReview.Item(
            Phrase(
              "guide.weak.staleCalendar",
              [
                "message": firstWords(state, repeated.messageID),
                "platform": .text(repeated.platform.displayName), "weeks": .number(repeatWeeks),
              ]),
            action: replan(state, calendar), blocking: true))
      }
    }
    let started = !line.pillars.isEmpty || !line.messages.isEmpty || line.calendar != nil
    return StepReview(
      step: .content, stage: stage(missing: missing, started: started), done: done,
      missing: missing, weak: weak)
  }

  // MARK: - Step 3

  public static let communitySource =
    "Richard Millington, FeverBee (2010): communities of interest, action, place, practice, circumstance"

  static func communities(_ state: BrandState) -> StepReview {
    var done: [Phrase] = []
    var missing: [StepReview.Item] = []
    var weak: [StepReview.Item] = []
    if state.communities.isEmpty {
      let action: GuideAction?
      if let first = CommunitySuggestions.suggest(state).first {
        action = GuideAction(
          CommandRequest(
            "community", "add", values: [first.name],
            options: [
              .init("platform", first.platform.rawValue), .init("type", first.type.rawValue),
            ]),
          reason: Phrase("guide.why.community", ["why": .phrase(first.reason)]),
          sources: [communitySource])
      } else {
        action = nil
      }
      missing.append(StepReview.Item(Phrase("guide.missing.communities"), action: action))
    } else {
      done.append(Phrase("guide.done.communities", ["count": .number(state.communities.count)]))
    }
    for community in state.communities {
      if (community.gives ?? "").isEmpty {
        missing.append(
          StepReview.Item(
            Phrase("guide.missing.gives", text: ["name": community.name]),
            action: GuideAction(
              CommandRequest(
                ["community", "set"], arguments: [.value(community.name), .value("gives"), .answer]),
              kind: .ask(
                question: Phrase("guide.ask.gives", text: ["name": community.name]),
                suggestion: nil, shape: .text),
              reason: Phrase("guide.why.exchange"), sources: [communitySource])))
      }
      if (community.gets ?? "").isEmpty {
        missing.append(
          StepReview.Item(
            Phrase("guide.missing.gets", text: ["name": community.name]),
            action: GuideAction(
              CommandRequest(
                ["community", "set"], arguments: [.value(community.name), .value("gets"), .answer]),
              kind: .ask(
                question: Phrase("guide.ask.gets", text: ["name": community.name]),
                suggestion: nil, shape: .text),
              reason: Phrase("guide.why.exchange"), sources: [communitySource])))
      }
    }
    let engageSource = "the method's create / share / spread cycle (shared/seed, step 3)"
    if let plan = state.engagement {
      let planned = Set(plan.actions.map { $0.community.lowercased() })
      let without = state.communities.filter { !planned.contains($0.name.lowercased()) }
      if without.isEmpty {
        done.append(Phrase("guide.done.engagement"))
      } else {
        missing.append(
          StepReview.Item(
            Phrase("guide.missing.engagementFor", text: ["names": list(without.map(\.name))]),
            action: GuideAction(
              CommandRequest("engage", "plan"), reason: Phrase("guide.why.engage"),
              sources: [engageSource])))
      }
    } else {
      missing.append(
        StepReview.Item(
          Phrase("guide.missing.engagement"),
          action: state.communities.isEmpty
            ? nil
            : GuideAction(
              CommandRequest("engage", "plan"), reason: Phrase("guide.why.engage"),
              sources: [engageSource])))
    }
    if let plan = state.engagement, let hours = state.profile.hours {
      let platforms = state.spaces.map { PlatformCatalog.entry($0).effort.hoursPerWeek }
        .reduce(0, +)
      // Over by more than a rounding: the platforms alone over is said on step 1.
      if platforms <= hours, platforms + plan.hoursPerWeek > hours + 0.05 {
        weak.append(
          StepReview.Item(
            Phrase(
              "guide.weak.engagementHours",
              text: [
                "needed": SpaceScoring.format(platforms + plan.hoursPerWeek),
                "platforms": SpaceScoring.format(platforms),
                "engagement": SpaceScoring.format(plan.hoursPerWeek),
                "hours": SpaceScoring.format(hours),
              ]),
            action: lighterEngagement(state, platforms: platforms, hours: hours, engageSource)
              ?? hoursAction(state, needed: platforms + plan.hoursPerWeek, hours: hours),
            blocking: true))
      }
    }
    if state.metrics.isEmpty && state.engagement != nil {
      weak.append(
        StepReview.Item(
          Phrase(
            "guide.weak.noMetrics",
            [
              "metricsAdd": .command(CommandRequest("metrics", "add")),
              "metricsImport": .command(
                CommandRequest(["metrics", "import"], arguments: [.word("csvFile")])),
            ])))
    }
    let started = !state.communities.isEmpty || state.engagement != nil || !state.metrics.isEmpty
    return StepReview(
      step: .communities, stage: stage(missing: missing, started: started), done: done,
      missing: missing, weak: weak)
  }

  // MARK: - Step 4

  public static let scctSource =
    "W. Timothy Coombs, Situational Crisis Communication Theory (2007), via reference/domain.md"

  static func crisis(_ state: BrandState) -> StepReview {
    var done: [Phrase] = []
    var missing: [StepReview.Item] = []
    var weak: [StepReview.Item] = []
    if state.risks.isEmpty {
      let action = RiskSuggestions.suggest(state).first.map { risk in
        GuideAction(
          CommandRequest(
            "crisis", "risk", "add", values: [risk.name],
            options: [
              .init("type", risk.type.rawValue), .init("likelihood", String(risk.likelihood)),
              .init("impact", String(risk.impact)),
            ]),
          reason: Phrase("guide.why.risk", text: ["name": risk.name]), sources: [scctSource])
      }
      missing.append(StepReview.Item(Phrase("guide.missing.risks"), action: action))
    } else {
      done.append(Phrase("guide.done.risks", ["count": .number(state.risks.count)]))
    }
    let unnamed = state.crisisRoles.filter { role in
      !state.crisisTeam.contains { $0.role == role }
    }
    if let role = unnamed.first {
      missing.append(
        StepReview.Item(
          Phrase("guide.missing.team", ["roles": .phrase(CrisisPlaybook.roleList(unnamed))]),
          action: GuideAction(
            CommandRequest(["crisis", "team"], arguments: [.value(role), .answer]),
            kind: .ask(
              question: Phrase("guide.ask.role", text: ["role": role]), suggestion: nil,
              shape: .nameAndContact),
            reason: Phrase("guide.why.team"), sources: [scctSource])))
    } else {
      done.append(Phrase("guide.done.team"))
    }
    for risk in state.risks.sorted(by: { $0.score > $1.score }) {
      let playbook = CrisisPlaybook.build(risk, for: state)
      if playbook.statements.isEmpty {
        missing.append(
          StepReview.Item(
            Phrase("guide.missing.channels", text: ["name": risk.name]),
            action: state.spaces.isEmpty
              ? nil
              : GuideAction(
                CommandRequest("crisis", "playbook", values: [risk.name]),
                reason: Phrase("guide.why.playbook"), sources: [scctSource])))
      } else if !playbook.statements.allSatisfy({ $0.valid }) {
        weak.append(
          StepReview.Item(
            Phrase("guide.weak.statements", text: ["name": risk.name]),
            action: GuideAction(
              CommandRequest("crisis", "playbook", values: [risk.name]),
              reason: Phrase("guide.why.playbook"), sources: [scctSource])))
      }
    }
    if state.drills.isEmpty {
      let riskiest = state.risks.max { $0.score < $1.score }
      missing.append(
        StepReview.Item(
          Phrase("guide.missing.drill"),
          action: riskiest.map {
            GuideAction(
              CommandRequest("crisis", "drill", values: [$0.name]),
              reason: Phrase("guide.why.drill", text: ["name": $0.name]), sources: [scctSource])
          }))
    } else {
      done.append(Phrase("guide.done.drills", ["count": .number(state.drills.count)]))
    }
    let started = !state.risks.isEmpty || !state.crisisTeam.isEmpty
    return StepReview(
      step: .crisis, stage: stage(missing: missing, started: started), done: done,
      missing: missing, weak: weak)
  }

  // MARK: - What fixes a plan that does not hold together

  /// The question that fixes a calendar with too few messages: another core message, whose
  /// text is the answer (the calendar is planned again once the messages are enough).
  static func anotherMessage(
    _ state: BrandState, _ calendar: ContentCalendar, _ densest: (platform: Platform, posts: Int)
  ) -> GuideAction {
    let repeated = firstRepeat(calendar)
    let count = state.content.messages.count
    return GuideAction(
      CommandRequest(["content", "message", "add"], arguments: [.answer]),
      kind: .ask(
        question: Phrase(
          "guide.ask.anotherMessage",
          [
            "message": firstWords(state, repeated?.messageID ?? state.content.messages[0].id),
            "platform": .text((repeated?.platform ?? densest.platform).displayName),
            "posts": .number(densest.posts), "weeks": .number(repeatWeeks),
            "messages": .number(count), "more": .number(densest.posts - count),
          ]),
        suggestion: nil, shape: .text),
      reason: Phrase("guide.why.anotherMessage", ["weeks": .number(repeatWeeks)]),
      sources: [methodSource])
  }

  /// Planning `calendar` again over the same weeks, from the same day, when that stops every
  /// message from coming back within ``repeatWeeks`` (nil when it would not: a variant is
  /// missing, which the guide asks for first).
  static func replan(_ state: BrandState, _ calendar: ContentCalendar) -> GuideAction? {
    guard
      let again = try? CalendarPlanner.plan(state, weeks: calendar.weeks, start: calendar.start),
      firstRepeat(again) == nil
    else { return nil }
    return GuideAction(
      CommandRequest(
        "calendar", "plan", values: [String(calendar.weeks)],
        options: [.init("start", calendar.start.description)]),
      reason: Phrase("guide.why.replan"), sources: [methodSource],
      offer: Phrase(
        "guide.offer.replan",
        ["weeks": .number(calendar.weeks), "start": .phrase(.longDate(calendar.start))]))
  }

  /// Planning the engagement again within the brand's hours, when the plan was made before
  /// they changed and a new one fits them (nil when even the lightest plan does not fit).
  static func lighterEngagement(
    _ state: BrandState, platforms: Double, hours: Double, _ source: String
  ) -> GuideAction? {
    guard let again = try? EngagementPlanner.plan(state),
      platforms + again.hoursPerWeek <= hours + 0.05
    else { return nil }
    return GuideAction(
      CommandRequest("engage", "plan"), reason: Phrase("guide.why.engage"), sources: [source],
      offer: Phrase(
        "guide.offer.lighterEngagement",
        ["engagement": .decimal(tenths(again.hoursPerWeek)), "hours": .decimal(hours)]))
  }

  /// The question that fixes hours that do not fit: give the plan the hours it needs (the
  /// suggestion, `needed` rounded up), or type the hours the brand can give; with more than
  /// one platform, the question names the one that takes the most hours, to drop.
  static func hoursAction(_ state: BrandState, needed: Double, hours: Double) -> GuideAction {
    let suggested = String(Int((needed - 0.05).rounded(.up)))
    let efforts = state.spaces.map { ($0, PlatformCatalog.entry($0).effort) }
    var values: [String: Phrase.Value] = [
      "needed": .decimal(tenths(needed)), "hours": .decimal(hours),
      "name": .text(state.name.value), "suggested": .text(suggested),
    ]
    var key = "guide.ask.hours"
    if state.spaces.count > 1,
      let costliest = efforts.max(by: { $0.1.hoursPerWeek < $1.1.hoursPerWeek })
    {
      key = "guide.ask.hoursOrDrop"
      values["platform"] = .text(costliest.0.displayName)
      values["platformHours"] = .decimal(costliest.1.hoursPerWeek)
    }
    var cited: [String] = []
    for (_, effort) in efforts where !cited.contains(effort.source.citation) {
      cited.append(effort.source.citation)
    }
    return GuideAction(
      CommandRequest(["brand", "set"], arguments: [.value("hours"), .answer]),
      kind: .ask(question: Phrase(key, values), suggestion: suggested, shape: .text),
      reason: Phrase("guide.why.hours"), sources: [methodSource] + cited)
  }

  /// The first message `calendar` brings back on a platform within ``repeatWeeks``, and where.
  static func firstRepeat(_ calendar: ContentCalendar) -> (platform: Platform, messageID: Int)? {
    var last: [Platform: [Int: Int]] = [:]
    for slot in calendar.slots.sorted(by: { $0.date.dayNumber < $1.date.dayNumber }) {
      guard let id = slot.messageID else { continue }
      let day = slot.date.dayNumber
      if let before = last[slot.platform]?[id], day - before < repeatWeeks * 7 {
        return (slot.platform, id)
      }
      last[slot.platform, default: [:]][id] = day
    }
    return nil
  }

  /// The first words of message `id` ("We groom every dog by hand…"), as a phrase value.
  static func firstWords(_ state: BrandState, _ id: Int, words: Int = 6) -> Phrase.Value {
    let text = state.content.messages.first { $0.id == id }?.text ?? ""
    let all = text.split(whereSeparator: \.isWhitespace)
    guard all.count > words else { return .text(text) }
    var head = all.prefix(words).joined(separator: " ")
    while let last = head.last, last.isPunctuation || last.isWhitespace { head.removeLast() }
    return .phrase(Phrase("export.content.firstWords", text: ["words": head]))
  }

  // MARK: - Helpers

  /// `hours` to the nearest tenth, as the guide says them.
  static func tenths(_ hours: Double) -> Double { (hours * 10).rounded() / 10 }

  static func stage(missing: [StepReview.Item], started: Bool) -> StepReview.Stage {
    missing.isEmpty ? .done : (started ? .inProgress : .notStarted)
  }

  static func list(_ items: [String]) -> String { items.joined(separator: ", ") }

  static func sources(for platforms: [Platform], profile: BrandProfile) -> [String] {
    var seen = Set<String>()
    var result: [String] = []
    for platform in platforms {
      let entry = PlatformCatalog.entry(platform)
      let cited =
        SpaceScoring.audienceSources(entry, profile) + entry.market.reasons.map(\.source)
      for source in cited where seen.insert(source.citation).inserted {
        result.append(source.citation)
      }
    }
    return [methodSource] + result
  }
}
