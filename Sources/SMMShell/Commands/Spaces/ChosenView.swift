import SMMCore

/// The text of the chosen platforms, with the posts and hours a week each needs.
enum SpacesChosenView {
  static func lines(_ state: BrandState, _ s: Strings) -> [String] {
    let name = state.name.value
    guard !state.spaces.isEmpty else {
      return [s.guidance("spaces.none", ["name": name])]
    }
    let hours = state.spaces.map { PlatformCatalog.entry($0).effort.hoursPerWeek }.reduce(0, +)
    var lines = [s("spaces.chosen.title", ["name": name])]
    let column = PlatformColumn.width(state.spaces)
    for platform in state.spaces {
      let effort = PlatformCatalog.entry(platform).effort
      lines.append(
        "  " + TextWrap.pad(platform.rawValue, to: column)
          + s(
            "spaces.chosen.effort",
            [
              "low": String(effort.postsPerWeek.lowerBound),
              "high": String(effort.postsPerWeek.upperBound),
              "hours": s.decimal(effort.hoursPerWeek),
            ]))
    }
    if let available = state.profile.hours {
      lines.append(
        s.guidance(
          "spaces.chosen.totalOf",
          ["hours": s.decimal(hours), "available": s.decimal(available)]))
    } else {
      lines.append(s.guidance("spaces.chosen.total", ["hours": s.decimal(hours)]))
    }
    return lines
  }
}
