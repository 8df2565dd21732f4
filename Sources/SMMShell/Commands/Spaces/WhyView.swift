import SMMCore

/// The text of one platform's score, criterion by criterion, with its effort.
enum SpacesWhyView {
  static func lines(_ platform: Platform, _ state: BrandState, width: Int, _ s: Strings) -> [String]
  {
    let ranking = SpaceScoring.rank(state.profile)
    guard let index = ranking.firstIndex(where: { $0.platform == platform }) else { return [] }
    let item = ranking[index]
    var lines = [
      s(
        "spaces.why.title",
        [
          "platform": platform.displayName, "score": String(item.score),
          "rank": String(index + 1), "count": String(ranking.count), "name": state.name.value,
        ])
    ]
    var sum = 0.0
    for component in item.components {
      let weight = component.criterion.weight
      let points = weight * component.value * 100
      sum += points
      lines.append(
        "  \(TextWrap.pad(s("spaces.criterion.\(component.criterion.rawValue)"), to: 9)) "
          + s(
            "spaces.why.component",
            [
              "weight": String(Int(weight * 100)), "value": s.decimal(component.value),
              "points": s.decimal(points),
            ]))
      for reason in component.notes {
        lines += TextWrap.wrap(
          reason.render(s), width: width, firstIndent: "      · ", indent: "        ")
      }
    }
    var total = "  " + s("spaces.why.total", ["sum": s.decimal(sum)])
    if let reason = item.penaltyNote {
      lines += TextWrap.wrap(
        reason.render(s), width: width, firstIndent: "  " + s("spaces.why.penalty") + " ",
        indent: "    ")
      total += " × \(s.decimal(item.penalty))"
    }
    lines.append(total + " = \(item.score)")
    let effort = PlatformCatalog.entry(platform).effort
    lines.append(
      s(
        "spaces.why.effort",
        [
          "low": String(effort.postsPerWeek.lowerBound),
          "high": String(effort.postsPerWeek.upperBound), "hours": s.decimal(effort.hoursPerWeek),
          "source": effort.source.short,
        ]))
    return lines
  }
}
