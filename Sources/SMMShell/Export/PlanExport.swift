import SMMCore

/// The brand's plan as the documented JSON (`schemas/plan.schema.json`).
public enum PlanExport {
  /// The schema version written in every export.
  public static let version = 1

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
    return .object([
      ("smm_plan_version", .number(Double(version))),
      ("brand", brand),
      ("spaces", spaces),
      ("profiles", .object(profiles)),
    ])
  }
}
