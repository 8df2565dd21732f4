import SMMCore

/// The text of the metrics: per platform and week the figures, the three rates, the trend of
/// ERR and its band; then the formulas and where the bands come from.
enum MetricsView {
  private static let columns = [10, 9, 10, 8, 8, 6, 7, 9, 9, 9, 0]

  static func lines(_ state: BrandState, width: Int, _ s: Strings) -> [String] {
    guard !state.metrics.isEmpty else {
      return [s.guidance("metrics.none")]
    }
    var lines = [
      s("metrics.title", ["name": state.name.value]),
      row(
        [
          "platform", "week", "followers", "reach", "impressions", "engagements", "err",
          "byFollowers", "byImpressions", "trend", "band",
        ].map { s("metrics.header.\($0)") }),
    ]
    // One pass groups the rows by platform; each week is found by key, not by a search.
    var byPlatform: [Platform: [ISOWeek: MetricsRecord]] = [:]
    for record in state.metrics { byPlatform[record.platform, default: [:]][record.week] = record }
    for platform in byPlatform.keys.sorted() {
      let weeks = byPlatform[platform] ?? [:]
      let trend = EngagementRates.trend(Array(weeks.values))
      for point in trend {
        guard let record = weeks[point.week] else { continue }
        MetricsWork.touch()
        let band =
          point.rates.byReach.map { EngagementBand.band(forPercent: $0).phrase.render(s) } ?? "—"
        lines.append(
          row([
            platform.rawValue, point.week.description, String(record.followers),
            String(record.reach), String(record.impressions), String(record.engagements),
            s.decimalText(EngagementRates.percentText(point.rates.byReach)),
            s.decimalText(EngagementRates.percentText(point.rates.byFollowers)),
            s.decimalText(EngagementRates.percentText(point.rates.byImpressions)),
            s.decimalText(EngagementRates.pointsText(point.reachChange)), band,
          ]))
      }
    }
    lines.append(s("metrics.formulas"))
    for formula in EngagementRates.formulaPhrases {
      lines += TextWrap.wrap(formula.render(s), width: width, firstIndent: "  - ", indent: "    ")
    }
    lines += TextWrap.wrap(
      s("metrics.bands", ["source": EngagementBand.sourcePhrase.render(s)]), width: width)
    return lines
  }

  private static func row(_ cells: [String]) -> String {
    "  " + cells.enumerated().map { TextWrap.pad($0.element, to: columns[$0.offset]) }.joined()
  }
}
