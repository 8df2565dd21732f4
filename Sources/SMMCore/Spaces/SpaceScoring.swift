/// The transparent model that ranks platforms for a brand.
///
/// Score = 100 × Σ weight × value over five criteria, each valued 0 to 1, times a penalty of
/// 0.6 when the brand cannot produce a format the platform requires (TikTok without short
/// video). Unknown profile fields count as neutral (0.5) and say so.
///
/// | criterion | weight | value |
/// |---|---|---|
/// | audience | 0.30 | usage among the brand's age groups in its home market (percent ÷ the measure's full percent, capped at 1: 85 for US ever-use, about the most-used platform's reach), else in its other countries, else in the US, saying so; overall usage when ages are unknown |
/// | market | 0.20 | B2B or B2C strength ÷ 3 (for `both`, the stronger of the two) |
/// | goals | 0.20 | share of the brand's goals the platform serves well |
/// | formats | 0.20 | share of the platform's top three rewarded formats the brand can produce |
/// | reach | 0.10 | 1 when the platform is strong at the brand's reach, else 0.3 |
///
/// A platform that operates only in some countries (Nextdoor) scores 0 for a brand none of
/// whose countries it lists, and says so when the brand's countries are unknown.
///
/// The same profile always gives the same ranking: ties are broken by platform id.
public enum SpaceScoring {
  /// A criterion of the model.
  public enum Criterion: String, CaseIterable, Sendable {
    case audience, market, goals, formats, reach

    /// Its weight in the score.
    public var weight: Double {
      switch self {
      case .audience: return 0.30
      case .market, .goals, .formats: return 0.20
      case .reach: return 0.10
      }
    }
  }

  /// The multiplier applied when a required format is missing.
  public static let missingFormatPenalty = 0.6
  /// The most profiles proposed, however many hours the brand has.
  public static let maximumProposed = 5
  /// The lowest score a proposed platform may have.
  public static let minimumProposedScore = 50
  /// How far below the best score a proposed platform may be.
  public static let proposalScoreWindow = 25

  /// Every platform scored for `profile`, best first.
  public static func rank(_ profile: BrandProfile) -> [SpaceScore] {
    PlatformCatalog.all.map { score($0, for: profile) }
      .sorted { $0.score != $1.score ? $0.score > $1.score : $0.platform < $1.platform }
  }

  /// One platform's score, in full.
  public static func score(_ entry: PlatformEntry, for profile: BrandProfile) -> SpaceScore {
    var components = [
      audience(entry, profile), market(entry, profile), goals(entry, profile),
      formats(entry, profile), reach(entry, profile),
    ]
    var penalty = 1.0
    var penaltyNote: Phrase?
    if let area = entry.operatesIn {
      let listed = Phrase.Value.phrase(
        .list(
          values: area.value.map {
            .localized(ISOCountries.names[$0] ?? LocalizedText(english: $0, french: $0))
          }))
      if let home = profile.homeCountry {
        if !profile.countries.contains(where: area.value.contains) {
          penalty = 0
          penaltyNote = Phrase(
            "score.notOperating",
            [
              "platform": .text(entry.platform.displayName), "in": .phrase(inCountry(home)),
              "countries": listed, "source": .text(area.source.short),
            ])
        }
      } else {
        let reach = components.firstIndex { $0.criterion == .reach } ?? components.count - 1
        components[reach].notes.append(
          Phrase(
            "score.operatesIn",
            [
              "platform": .text(entry.platform.displayName), "countries": listed,
              "source": .text(area.source.short),
              "brandSetCountries": .command(
                CommandRequest(["brand", "set", "countries"], arguments: [.placeholder("FR,CH")])),
            ]))
      }
    }
    if penalty > 0, !entry.requiredFormats.isEmpty, !profile.formats.isEmpty,
      !entry.requiredFormats.contains(where: profile.formats.contains)
    {
      penalty = missingFormatPenalty
      penaltyNote = Phrase(
        "score.penalty",
        [
          "platform": .text(entry.platform.displayName),
          "formats": .phrase(.list(values: entry.requiredFormats.map(\.named), or: true)),
          "factor": .decimal(missingFormatPenalty),
        ])
    }
    let total = components.reduce(0) { $0 + $1.criterion.weight * $1.value }
    let score = Int((total * 100 * penalty).rounded())
    return SpaceScore(
      platform: entry.platform, score: max(0, min(100, score)), components: components,
      penalty: penalty, penaltyNote: penaltyNote, hoursPerWeek: entry.effort.hoursPerWeek)
  }

  /// The set proposed for the brand's hours: platforms in ranking order whose hours still fit,
  /// scoring at least ``minimumProposedScore`` and within ``proposalScoreWindow`` points of the
  /// best one that fits, at most ``maximumProposed``. A better platform that does not fit is
  /// passed over for one that does, and the explanation says so; when nothing fits, the best
  /// one alone.
  public static func propose(_ ranking: [SpaceScore], hours: Double?) -> SpaceProposal {
    guard let best = ranking.first else {
      return SpaceProposal(
        platforms: [], hoursNeeded: 0, hoursAvailable: hours, note: .verbatim(""))
    }
    var chosen: [Platform] = []
    var passedOver: [SpaceScore] = []
    var needed = 0.0
    let budget = hours ?? Double.infinity
    // The window is measured from the best platform that fits: one passed over for lack of
    // time does not make the others look weak.
    var top: Int?
    for item in ranking
    where item.score >= minimumProposedScore
      && (top ?? best.score) - item.score <= proposalScoreWindow
      && chosen.count < maximumProposed
    {
      if needed + item.hoursPerWeek <= budget {
        if top == nil { top = item.score }
        chosen.append(item.platform)
        needed += item.hoursPerWeek
      } else if chosen.isEmpty
        || item.score > (ranking.first { $0.platform == chosen.last }?.score ?? 0)
      {
        passedOver.append(item)
      }
    }
    let names = Phrase.Value.phrase(.list(chosen.map(\.displayName)))
    guard let hours else {
      if chosen.isEmpty { chosen = [best.platform] }
      return SpaceProposal(
        platforms: chosen,
        hoursNeeded: chosen.map { PlatformCatalog.entry($0).effort.hoursPerWeek }.reduce(0, +),
        hoursAvailable: nil,
        note: Phrase(
          "proposal.unknownHours",
          [
            "count": .number(chosen.count), "minimum": .number(minimumProposedScore),
            "brandSetHours": .command(
              CommandRequest(["brand", "set", "hours"], arguments: [.placeholder("N")])),
          ]))
    }
    if chosen.isEmpty {
      return SpaceProposal(
        platforms: [best.platform], hoursNeeded: best.hoursPerWeek, hoursAvailable: hours,
        note: Phrase(
          "proposal.tooLittle",
          [
            "hours": .decimal(hours), "platform": .text(best.platform.displayName),
            "needed": .decimal(best.hoursPerWeek),
          ]))
    }
    var note = Phrase(
      chosen.count == 1 ? "proposal.one" : "proposal.several",
      ["hours": .decimal(hours), "names": names, "needed": .decimal(needed)])
    if let skipped = passedOver.first {
      note = Phrase(
        "proposal.passedOver",
        [
          "explanation": .phrase(note), "platform": .text(skipped.platform.displayName),
          "score": .number(skipped.score), "needed": .decimal(skipped.hoursPerWeek),
        ])
    }
    return SpaceProposal(platforms: chosen, hoursNeeded: needed, hoursAvailable: hours, note: note)
  }

  // MARK: - Criteria

  /// The country whose figures score `entry` for `profile`: the first of the brand's
  /// countries (home market first) with an overall figure of a scored measure, else the US
  /// (the catalog's broadest survey), else any country with one; nil when there is none.
  static func audienceCountry(_ entry: PlatformEntry, _ profile: BrandProfile) -> String? {
    let countries = entry.audience.filter { $0.measure.isScored && $0.ages == nil }
      .map(\.country)
    return (profile.countries + ["US"]).first(where: countries.contains) ?? countries.first
  }

  /// The sources of the figures that score `entry`'s audience for `profile`: those of the
  /// country ``audienceCountry(_:_:)`` picks.
  public static func audienceSources(_ entry: PlatformEntry, _ profile: BrandProfile)
    -> [Source]
  {
    guard let country = audienceCountry(entry, profile) else { return [] }
    return entry.audience.filter { $0.country == country && $0.measure.isScored }.map(\.source)
  }

  static func audience(_ entry: PlatformEntry, _ profile: BrandProfile) -> SpaceScore.Component {
    let figures = entry.audience.filter { $0.measure.isScored }
    guard let country = audienceCountry(entry, profile),
      let overall = figures.first(where: { $0.country == country && $0.ages == nil })
    else {
      return .init(
        criterion: .audience, value: 0.3,
        notes: [Phrase("score.audience.none", text: ["platform": entry.platform.displayName])])
    }
    // Only figures of one country and one measure are compared: the overall one's.
    let pool = figures.filter { $0.country == country && $0.measure == overall.measure }
    var notes: [Phrase] = []
    if let home = profile.homeCountry, home != country {
      notes.append(
        Phrase(
          "score.audience.fallback",
          [
            "platform": .text(entry.platform.displayName), "home": .phrase(inCountry(home)),
            "used": .phrase(inCountry(country)), "measure": .phrase(overall.measure.named),
          ]))
    }
    func value(_ figure: AudienceFigure) -> Double {
      min(1, figure.percent / figure.measure.fullPercent)
    }
    guard !profile.ages.isEmpty else {
      return .init(
        criterion: .audience, value: value(overall),
        notes: notes + [
          Phrase(
            "score.audience.overall",
            [
              "statement": .localized(overall.localizedStatement),
              "source": .text(overall.source.short),
            ])
        ])
    }
    var values: [Double] = []
    var used: [AudienceFigure] = []
    for band in profile.ages {
      let byAge = pool.filter { $0.ages.map { overlap($0, band.range) > 0 } ?? false }
      // The most recent figure for the group that best covers the band, else the overall one.
      let best = byAge.max {
        let (a, b) = (overlap($0.ages ?? 0...0, band.range), overlap($1.ages ?? 0...0, band.range))
        return a != b ? a < b : $0.year < $1.year
      }
      let figure = best ?? overall
      values.append(value(figure))
      if !used.contains(figure) { used.append(figure) }
    }
    let average = values.reduce(0, +) / Double(values.count)
    return .init(
      criterion: .audience, value: average,
      notes: notes
        + used.map {
          Phrase(
            "score.audience.figure",
            ["statement": .localized($0.localizedStatement), "source": .text($0.source.short)])
        })
  }

  /// "in France", « en France », « au Royaume-Uni »: the country with its preposition.
  public static func inCountry(_ code: String) -> Phrase {
    let key = "country.in.\(code.uppercased())"
    if Strings.english.has(key) { return Phrase(key) }
    return Phrase(
      "country.in.other",
      [
        "country": .localized(
          ISOCountries.names[code.uppercased()] ?? .init(english: code, french: code))
      ])
  }

  static func market(_ entry: PlatformEntry, _ profile: BrandProfile) -> SpaceScore.Component {
    guard let market = profile.market else {
      return .init(
        criterion: .market, value: 0.5,
        notes: [
          Phrase(
            "score.market.unset",
            [
              "brandSetMarket": .command(
                CommandRequest(
                  ["brand", "set", "market"], arguments: [.placeholder("b2c|b2b|both")]))
            ])
        ])
    }
    let strength: Int
    switch market {
    case .b2b: strength = entry.market.b2b
    case .b2c: strength = entry.market.b2c
    case .both: strength = max(entry.market.b2b, entry.market.b2c)
    }
    let label: Phrase.Value =
      market == .both ? .phrase(Phrase("score.market.both")) : .text(market.rawValue.uppercased())
    var note = Phrase(
      "score.market.strength",
      [
        "market": label, "strength": .number(strength),
        "platform": .text(entry.platform.displayName),
        // For the client document's wording: whom the brand sells to, and how well the
        // platform fits, in words rather than "B2C 3/3".
        "buyers": .phrase(Phrase("score.market.buyers.\(market.rawValue)")),
        "fit": .phrase(Phrase("score.market.fit.\(min(3, max(0, strength)))")),
      ])
    // The reason that speaks of this market, else the first one.
    let key = market == .b2c ? "b2c" : "b2b"
    let relevant =
      market == .both
      ? entry.market.reasons.first
      : entry.market.reasons.first { $0.text.lowercased().contains(key) }
        ?? entry.market.reasons.first
    if let relevant {
      note = Phrase(
        "score.market.strengthWhy",
        note.values.merging(
          [
            "reason": .localized(relevant.localized.continuingASentence),
            "source": .text(relevant.source.short),
          ]
        ) { a, _ in a })
    }
    return .init(criterion: .market, value: Double(strength) / 3, notes: [note])
  }

  static func goals(_ entry: PlatformEntry, _ profile: BrandProfile) -> SpaceScore.Component {
    guard !profile.goals.isEmpty else {
      return .init(
        criterion: .goals, value: 0.5, notes: [Phrase("score.goals.unset")])
    }
    let served = entry.goals.filter { profile.goals.contains($0.goal) }
    let value = Double(served.count) / Double(profile.goals.count)
    var notes = served.map {
      Phrase(
        "score.goals.serves",
        [
          "goal": $0.goal.named, "reason": .localized($0.reason.localized.continuingASentence),
          "source": .text($0.reason.source.short),
        ])
    }
    let missed = profile.goals.filter { goal in !served.contains { $0.goal == goal } }
    if !missed.isEmpty {
      notes.append(
        Phrase(
          "score.goals.missed",
          [
            "goals": .phrase(.list(values: missed.map(\.named))), "served": .number(served.count),
            "count": .number(profile.goals.count),
          ]))
    }
    return .init(criterion: .goals, value: value, notes: notes)
  }

  static func formats(_ entry: PlatformEntry, _ profile: BrandProfile) -> SpaceScore.Component {
    guard !profile.formats.isEmpty else {
      return .init(
        criterion: .formats, value: 0.5, notes: [Phrase("score.formats.unset")])
    }
    let top = Array(entry.formats.prefix(3))
    guard !top.isEmpty else {
      return .init(criterion: .formats, value: 0.5, notes: [])
    }
    let can = top.filter(profile.formats.contains)
    let value = Double(can.count) / Double(top.count)
    let note = Phrase(
      can.isEmpty ? "score.formats.none" : "score.formats.some",
      [
        "platform": .text(entry.platform.displayName),
        "top": .phrase(.list(values: top.map(\.named))),
        "can": .phrase(.list(values: can.map(\.named))),
      ])
    return .init(criterion: .formats, value: value, notes: [note])
  }

  static func reach(_ entry: PlatformEntry, _ profile: BrandProfile) -> SpaceScore.Component {
    guard let reach = profile.reach else {
      return .init(criterion: .reach, value: 0.5, notes: [Phrase("score.reach.unset")])
    }
    if let fit = entry.reach.first(where: { $0.reach == reach }) {
      return .init(
        criterion: .reach, value: 1,
        notes: [
          Phrase(
            "score.reach.strong",
            [
              "brands": .phrase(brands(reach)),
              "reason": .localized(fit.reason.localized.continuingASentence),
              "source": .text(fit.reason.source.short),
            ])
        ])
    }
    return .init(
      criterion: .reach, value: 0.3,
      notes: [Phrase("score.reach.weak", ["brands": .phrase(brands(reach))])])
  }

  /// "local brands", "les marques locales".
  static func brands(_ reach: Reach) -> Phrase {
    switch reach {
    case .local: return Phrase("score.brands.local")
    case .national: return Phrase("score.brands.national")
    case .international: return Phrase("score.brands.international")
    }
  }

  /// Years two age ranges share.
  static func overlap(_ a: ClosedRange<Int>, _ b: ClosedRange<Int>) -> Int {
    max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound) + 1)
  }

  /// `0.6` → `0.6`, `3.0` → `3`.
  public static func format(_ number: Double) -> String {
    ProfileValue.format((number * 10).rounded() / 10)
  }
}

extension Goal {
  /// The goal's name in the user's language (`awareness`, « notoriété »).
  public var named: Phrase.Value { .phrase(Phrase("goal.\(rawValue)")) }
}

extension ContentFormat {
  /// The format's name in the user's language (`short-video`, « vidéo courte »).
  public var named: Phrase.Value { .phrase(Phrase("format.\(rawValue)")) }
}
