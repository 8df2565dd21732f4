import SMMCore

/// The warnings after a choice: more hours than the brand has, the best platform left out.
enum SpacesWarningsView {
  static func lines(_ state: BrandState, afterChoosing: Bool, _ s: Strings) -> [String] {
    var warnings: [String] = []
    let needed = state.spaces.map { PlatformCatalog.entry($0).effort.hoursPerWeek }.reduce(0, +)
    if let hours = state.profile.hours, needed > hours {
      warnings.append(
        s(
          "spaces.warning.hours",
          ["needed": s.decimal(needed), "name": state.name.value, "hours": s.decimal(hours)]))
    }
    // The best-ranked platform left out is worth a warning, unless the brand's hours are what
    // leave it out (the proposal passes it over for one that fits, and says so).
    let ranking = SpaceScoring.rank(state.profile)
    if afterChoosing, let best = ranking.first, !state.spaces.contains(best.platform),
      SpaceScoring.propose(ranking, hours: state.profile.hours).platforms.contains(best.platform)
    {
      warnings.append(
        s.guidance(
          "spaces.warning.best",
          [
            "platform": best.platform.rawValue, "name": state.name.value,
            "score": String(best.score),
            "explain": CommandRequest("spaces", "why", values: [best.platform.rawValue]).shown,
          ]))
    }
    return warnings
  }
}
