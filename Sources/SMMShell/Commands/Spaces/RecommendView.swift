import SMMCore

/// The text of the ranking of every platform for the brand, with the proposed choice.
enum SpacesRecommendView {
  /// The lines of `ranking` (``SpaceScoring/rank(_:)`` of the brand's profile) and its
  /// `proposal`, computed once by the caller, which also reports them as data.
  static func lines(
    _ state: BrandState, ranking: [SpaceScore], proposal: SpaceProposal, width: Int,
    _ s: Strings
  ) -> [String] {
    var lines: [String] = []
    let missing = state.profile.missingFields
    if !missing.isEmpty {
      lines.append(
        s.guidance(
          "spaces.recommend.incomplete",
          ["fields": PlanLabels(s).fields(missing)]))
    }
    lines.append(s("spaces.recommend.title", ["name": state.name.value]))
    let column = PlatformColumn.width(ranking.map(\.platform))
    for (index, item) in ranking.enumerated() {
      let chosen = state.spaces.contains(item.platform) ? "  " + s("spaces.recommend.chosen") : ""
      lines.append(
        TextWrap.pad("\(index + 1).", to: 4) + TextWrap.pad(item.platform.rawValue, to: column)
          + TextWrap.pad("\(item.score)", to: 5)
          + "\(s.decimal(item.hoursPerWeek)) h\(chosen)")
      for reason in item.notes.prefix(3) {
        lines += TextWrap.wrap(
          reason.render(s), width: width, firstIndent: "      · ", indent: "        ")
      }
    }
    lines.append("")
    lines.append(
      s(
        "spaces.recommend.proposed",
        ["platforms": proposal.platforms.map(\.rawValue).joined(separator: ", ")]))
    lines += TextWrap.wrap(proposal.note.render(s), width: width)
    lines.append(
      s.guidance(
        "spaces.recommend.record",
        [
          "choose": CommandRequest(
            "spaces", "choose", values: proposal.platforms.map(\.rawValue)
          ).shown
        ]))
    return lines
  }
}
