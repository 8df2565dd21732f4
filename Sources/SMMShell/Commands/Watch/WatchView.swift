import SMMCore

/// What `/watch` and `/watch import` show: an import's alerts with the last 48 hours as a
/// sparkline, the top mentions (negative first, by reach) and the triage offered; the last
/// 7 days stored.
enum WatchView {
  /// Alerts listed one a line before the rest are counted.
  static let listed = 5

  /// What an import found: its alerts, and for the strongest one (``strongest(_:)``) the 48
  /// hours before it from the brand's stored series, the top mentions of its hour, and the
  /// figures the triage is offered with.
  static func imported(
    _ summary: WatchSummary, brand: BrandState, width: Int, _ s: Strings
  ) -> [String] {
    guard let alert = strongest(summary.alerts) else { return [s("watch.noAlert")] }
    var lines = [s.format("watch.alerts", ["count": .number(summary.alerts.count)])]
    lines += summary.alerts.prefix(listed).map { "  " + alertLine($0, in: summary, s) }
    if summary.alerts.count > listed {
      lines.append(
        "  " + s.format("watch.moreAlerts", ["count": .number(summary.alerts.count - listed)]))
    }
    let counts = brand.watch.counts(hours: 48, endingAt: alert.at)
    lines.append(
      s(
        "watch.last48",
        [
          "at": WatchTime.minute(WatchHour.start(of: alert.at)),
          "line": Sparkline.line(counts),
          "max": s.language.grouped(counts.max() ?? 0),
        ]))
    lines.append(s("watch.strongest", ["alert": alertLine(alert, in: summary, s)]))
    let top = brand.watch.hour(at: WatchHour.start(of: alert.at))?.top ?? []
    if !top.isEmpty {
      lines.append(s("watch.top"))
      for mention in top { lines += topLines(mention, width: width, s) }
    }
    return lines
  }

  /// The alert the triage is offered for: the highest level, then the most mentions, then
  /// the first.
  static func strongest(_ alerts: [WatchAlert]) -> WatchAlert? {
    alerts.enumerated().max {
      ($0.element.level, $0.element.value, -$0.offset) < (
        $1.element.level, $1.element.value, -$1.offset
      )
    }?.element
  }

  /// The triage with the strongest alert's figures: the velocity is its hour's mentions (a
  /// spike's value; for a `negative` alert, the mentions of its hour), the reach the summed
  /// reach of the mentions of the hour holding it (the volume when no mention has a reach).
  static func triageFigures(_ summary: WatchSummary) -> (reach: Int, velocity: Int)? {
    guard let alert = strongest(summary.alerts) else { return nil }
    let hour = summary.hour(at: WatchHour.start(of: alert.at))
    let velocity =
      alert.kind == .negative ? hour?.count ?? 0 : Int(alert.value.rounded())
    let reach = hour?.reach ?? 0
    return (reach > 0 ? reach : velocity, velocity)
  }

  /// The guide's offer of `/crisis triage --reach N --velocity M` for an import with an alert.
  static func triageOffer(_ summary: WatchSummary) -> GuideAction? {
    guard let (reach, velocity) = triageFigures(summary) else { return nil }
    let request = CommandRequest(
      ["crisis", "triage"], arguments: [],
      options: [.init("reach", String(reach)), .init("velocity", String(velocity))])
    return GuideAction(
      request, reason: Phrase("watch.offer.reason"),
      offer: Phrase("watch.offer", text: ["command": request.text]))
  }

  /// One alert on one line, as `smm watch` prints it; a `negative` alert names its hour's
  /// share from `summary`.
  static func alertLine(_ alert: WatchAlert, in summary: WatchSummary, _ s: Strings) -> String {
    let count = summary.hour(at: WatchHour.start(of: alert.at))?.count ?? 0
    return WatchAlertText.line(alert, mentions: count, s)
  }

  /// A kept mention: its reach, who and where, whether it read negative, then its text,
  /// wrapped.
  static func topLines(_ mention: WatchTopMention, width: Int, _ s: Strings) -> [String] {
    let who = [mention.author, mention.platform.map { "(\($0))" }].compactMap { $0 }
      .joined(separator: " ")
    let text = s(
      mention.negative ? "watch.topLine.negative" : "watch.topLine",
      [
        "reach": s.language.grouped(mention.reach),
        "who": who.isEmpty ? s("watch.someone") : who,
        "text": TerminalText.inert(mention.text),
      ])
    return TextWrap.wrap(text, width: width, firstIndent: "  - ", indent: "    ")
  }

  /// `/watch` alone: one sparkline per day of the last 7 days stored (24 hours, UTC), with
  /// the day's mentions, then the alerts of those days; or how to import when nothing is.
  static func week(_ state: BrandState, width: Int, _ s: Strings) -> [String] {
    guard let last = state.watch.hours.last?.start else {
      return TextWrap.wrap(s("watch.nothing"), width: width)
    }
    let lastDay = last - ((last % 86_400) + 86_400) % 86_400
    let firstDay = lastDay - 6 * 86_400
    var lines = [
      s(
        "watch.week",
        [
          "first": String(WatchTime.iso(firstDay).prefix(10)),
          "last": String(WatchTime.iso(lastDay).prefix(10)),
        ])
    ]
    let days = (0..<7).map { day in
      let start = firstDay + Int64(day) * 86_400
      return (start, state.watch.counts(hours: 24, endingAt: start + 23 * 3600))
    }
    // One scale for the week: a quiet day looks quiet beside a loud one.
    let scale = days.flatMap(\.1).max() ?? 0
    for (start, counts) in days {
      lines.append(
        "  " + String(WatchTime.iso(start).prefix(10)) + "  "
          + Sparkline.line(counts, scale: scale) + "  "
          + s.format("watch.day", ["count": .number(counts.reduce(0, +))]))
    }
    let alerts = state.watch.alerts.filter { $0.at >= firstDay }
    if alerts.isEmpty {
      lines.append(s("watch.weekNoAlert"))
    } else {
      lines.append(s.format("watch.alerts", ["count": .number(alerts.count)]))
      lines += alerts.prefix(listed).map { "  " + alertLine($0, in: state.watch, s) }
      if alerts.count > listed {
        lines.append("  " + s.format("watch.moreAlerts", ["count": .number(alerts.count - listed)]))
      }
    }
    return lines
  }
}
