import SMMCore

/// The crisis binder's watch: what is watched, when an alert is raised (the detectors' own
/// constants, and the brand's fast velocity), who is alerted (the escalation chain), and the
/// recent alerts.
extension PlanBuilder {
  /// Alerts listed in the binder, the latest first.
  static let watchAlertsListed = 5

  mutating func watch() -> [Block] {
    var blocks: [Block] = [.heading(3, [.text(s("export.watch.heading"))])]
    let summary = state.watch
    if summary.hours.isEmpty {
      let phrase = Phrase("export.watch.none")
      blocks.append(.paragraph([.text(text(phrase))]))
      open(phrase, "/watch import FILE")
    } else {
      blocks.append(.paragraph([.text(watched(summary))]))
    }
    blocks.append(.label(s("export.watch.rules")))
    blocks.append(.list(rules().map { [.text($0)] }, ordered: false))
    blocks.append(.label(s("export.watch.who")))
    blocks.append(
      .list(CrisisPlaybook.escalation(for: state).map { [.text(text($0))] }, ordered: false))
    blocks.append(.label(s("export.watch.recent")))
    let recent = summary.alerts.suffix(Self.watchAlertsListed).reversed()
    if recent.isEmpty {
      blocks.append(.paragraph([.text(s("export.watch.noAlert"))]))
    } else {
      blocks.append(
        .list(
          recent.map { alert in
            let count = summary.hour(at: WatchHour.start(of: alert.at))?.count ?? 0
            return [.text(WatchAlertText.line(alert, mentions: count, strings))]
          }, ordered: false))
    }
    return blocks
  }

  /// "Mentions from 2 March to 9 March 2026: 3,120 over 168 hours, seen on Bluesky, Mastodon
  /// and X."
  private func watched(_ summary: WatchSummary) -> String {
    let first = summary.hours.first?.start ?? 0
    let last = summary.hours.last?.start ?? 0
    let mentions = summary.hours.map(\.count).reduce(0, +)
    var platforms: [String] = []
    for hour in summary.hours {
      for mention in hour.top {
        guard let id = mention.platform, !platforms.contains(id) else { continue }
        platforms.append(id)
      }
    }
    let names = platforms.sorted().map { Platform(rawValue: $0)?.displayName ?? $0 }
    let day = { (seconds: Int64) in labels.long(CivilDate(dayNumber: Int(seconds / 86_400))) }
    return s(
      names.isEmpty ? "export.watch.watched" : "export.watch.watchedOn",
      [
        "first": day(first), "last": day(last),
        "mentions": strings.language.grouped(mentions),
        "hours": strings.language.grouped(summary.hours.count),
        "platforms": labels.list(names),
      ])
  }

  /// The rules the watch applies, with the numbers it uses for this brand.
  private func rules() -> [String] {
    let spike = SpikeDetector.Settings()
    let negative = NegativeShareDetector.Settings()
    let audience = BrandAudience.of(state)
    let language = strings.language
    func number(_ value: Double) -> String {
      value == value.rounded() ? language.grouped(Int(value)) : language.decimal(value)
    }
    let thresholds = spike.spans.map { number($0.threshold) }
    let ratios = WatchAlert.levelRatios.map(number)
    return [
      s(
        "export.watch.rule.spike",
        [
          "days": String(spike.days), "warmup": String(spike.warmupDays),
          "t15": thresholds[0], "t60": thresholds[1], "t180": thresholds[2],
        ]),
      s(
        "export.watch.rule.negative",
        [
          "minimum": String(negative.minimumMentions), "ratio": number(negative.ratio),
          "margin": String(Int((negative.margin * 100).rounded())),
          "floor": String(Int((negative.floor * 100).rounded())),
          "days": String(negative.windowHours / 24), "z": number(negative.threshold),
        ]),
      s(
        "export.watch.rule.levels",
        [
          "r2": ratios[0], "r5": ratios[1], "r10": ratios[2],
          "fast": language.grouped(audience.fastVelocity),
          "basis": text(audience.basisPhrase),
        ]),
    ]
  }
}
