import SMMCore

/// The text of the content pillars, numbered, with how many more are needed.
enum ContentPillarsView {
  static func lines(_ state: BrandState, _ s: Strings) -> [String] {
    let pillars = state.content.pillars
    guard !pillars.isEmpty else {
      return [s.guidance("content.pillars.none")]
    }
    var lines = [
      s(
        "content.pillars.title",
        [
          "name": state.name.value, "count": String(pillars.count),
          "min": String(EditorialLine.minimumPillars), "max": String(EditorialLine.maximumPillars),
        ])
    ]
    lines += pillars.enumerated().map { "  \($0.offset + 1). \($0.element)" }
    if pillars.count < EditorialLine.minimumPillars {
      lines.append(
        s.format(
          "content.pillars.more",
          ["count": .number(EditorialLine.minimumPillars - pillars.count)]))
    }
    return lines
  }
}
