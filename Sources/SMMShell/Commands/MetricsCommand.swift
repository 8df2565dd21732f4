import Foundation
import SMMCore

/// `/metrics`: weekly figures per platform, and engagement rates by reach, followers and
/// impressions, with the formulas named, the trend, and the bands as rules of thumb.
public struct MetricsCommand: BrandChangingCommand {
  public static let spec = CommandSpec(
    name: "metrics",
    usage:
      "/metrics [add PLATFORM --week YYYY-Www --followers N --reach N --impressions N --engagements N | import FILE.csv]",
    examples: [
      "/metrics add instagram --week 2026-W05 --followers 1200 --reach 3400 --impressions 5100 --engagements 160",
      "/metrics",
    ],
    arguments: [
      ArgumentSpec("ACTION", .choice(["add", "import"]), optional: true),
      ArgumentSpec("ARGUMENT", .filePathOrPlatform, optional: true, rest: true),
    ],
    flags: ["--week", "--followers", "--reach", "--impressions", "--engagements"].map {
      FlagSpec($0, values: [])
    },
    keywords: [
      "metrics", "engagement", "rate", "statistics", "reach", "followers", "statistiques",
      "mesures",
    ])

  enum Action: Equatable {
    case show
    case add([MetricsRecord], warnings: [Phrase])
    case importFile(String)
  }

  var action: Action

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    let words = arguments.words
    switch words.first?.lowercased() {
    case nil: action = .show
    case "add"?:
      guard words.count == 2 else {
        throw .usage(Phrase("usage.metrics.add"), usage: Self.spec.usage)
      }
      var missing: [String] = []
      func option(_ name: String) -> String {
        if let value = arguments.options[name] { return value }
        missing.append(name)
        return ""
      }
      let week = option("--week"), followers = option("--followers"), reach = option("--reach")
      let impressions = option("--impressions"), engagements = option("--engagements")
      guard missing.isEmpty else {
        throw .usage(
          Phrase("usage.metrics.missing", text: ["options": missing.joined(separator: ", ")]),
          usage: Self.spec.usage)
      }
      let (record, warnings) = try DomainArguments.domain {
        try MetricsRecord.validate(
          platform: words[1], week: week, followers: followers, reach: reach,
          impressions: impressions, engagements: engagements)
      }
      action = .add([record], warnings: warnings)
    case "import"?:
      guard words.count == 2 else {
        throw .usage(Phrase("usage.metrics.import"), usage: Self.spec.usage)
      }
      action = .importFile(words[1])
    case "load"?:
      // The canonical form of an import: the rows themselves, so a replay needs no file.
      guard words.count == 2 else {
        throw .usage(Phrase("usage.metrics.load"), usage: Self.spec.usage)
      }
      let (records, warnings) = try DomainArguments.domain {
        try MetricsCSV.parseWithWarnings(words[1])
      }
      action = .add(records, warnings: warnings)
    case let other?:
      throw .usage(
        ShellError.noAction(
          "metrics", other, among: [],
          actions: .phrase(Phrase("usage.metrics.actions"))),
        usage: Self.spec.usage)
    }
  }

  public var change: BrandChange? {
    if case .add(let records, _) = action { return .addMetrics(records) }
    return nil
  }

  public var canonical: String {
    switch action {
    case .show: return "/metrics"
    case .importFile(let path): return "/metrics import \(CommandText.quote(path))"
    case .add(let records, _):
      if records.count == 1, let r = records.first {
        return
          "/metrics add \(r.platform.rawValue) --week \(r.week) --followers \(r.followers) --reach \(r.reach) --impressions \(r.impressions) --engagements \(r.engagements)"
      }
      return "/metrics load \"\"\"\n" + Self.csv(records) + "\"\"\""
    }
  }

  static func csv(_ records: [MetricsRecord]) -> String {
    (["platform,week,followers,reach,impressions,engagements"]
      + records.map {
        "\($0.platform.rawValue),\($0.week),\($0.followers),\($0.reach),\($0.impressions),\($0.engagements)"
      }).map { $0 + "\n" }.joined()
  }

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let state = try session.requireBrand().state
    var records: [MetricsRecord]
    var warnings: [Phrase]
    var command = canonical
    var dataset: (hash: String, rows: Int, csv: String)?
    switch action {
    case .show:
      return CommandOutput(Self.show(state, width: session.environment.width, session.strings))
    case .add(let given, let notes):
      records = given
      warnings = notes
    case .importFile(let path):
      let full = session.environment.resolve(path)
      guard let data = FileManager.default.contents(atPath: full) else {
        throw .cannotReadFile(path, reason: "no such file, or it is a folder; check the path")
      }
      guard let text = String(data: data, encoding: .utf8) else {
        throw .cannotReadFile(path, reason: "it is not UTF-8 text; export the CSV as UTF-8")
      }
      (records, warnings) = try DomainArguments.domain { try MetricsCSV.parseWithWarnings(text) }
      command = MetricsCommand.canonical(for: records)
      if records.count > 1 {
        // The rows go beside the log, which records their hash: see MetricsDataset.
        let (csv, hash) = MetricsDataset.encode(records)
        command = MetricsDataset.command(hash: hash, rows: records.count)
        dataset = (hash, records.count, csv)
      }
    }
    let recorded = Set(state.metrics.map { "\($0.platform.rawValue) \($0.week)" })
    let replaced = records.filter { recorded.contains("\($0.platform.rawValue) \($0.week)") }
    let (brand, notes) = try session.commit(
      .addMetrics(records), canonical: command, dataset: dataset)
    let s = session.strings
    var lines = [
      s.format(
        replaced.isEmpty ? "metrics.recorded" : "metrics.recordedReplacing",
        ["count": .number(records.count), "replaced": .number(replaced.count)])
    ]
    lines += Self.show(brand.state, width: session.environment.width, s)
    return CommandOutput(
      lines, notes: notes + warnings.map { s("metrics.warning", ["warning": $0.render(s)]) },
      command: command)
  }

  static func canonical(for records: [MetricsRecord]) -> String {
    MetricsCommand(action: .add(records, warnings: [])).canonical
  }

  private init(action: Action) {
    self.action = action
  }

  static func show(_ state: BrandState, width: Int, _ s: Strings) -> [String] {
    guard !state.metrics.isEmpty else {
      return [s("metrics.none")]
    }
    var lines = [
      s("metrics.title", ["name": state.name.value]),
      "  "
        + [
          "platform", "week", "followers", "reach", "impressions", "engagements", "err",
          "byFollowers", "byImpressions", "trend", "band",
        ]
        .map { s("metrics.header.\($0)") }
        .enumerated().map {
          TextWrap.pad($0.element, to: [10, 9, 10, 8, 8, 6, 7, 9, 9, 9, 0][$0.offset])
        }.joined(),
    ]
    // One pass groups the rows by platform; each week is found by key, not by a search.
    var byPlatform: [Platform: [ISOWeek: MetricsRecord]] = [:]
    for record in state.metrics { byPlatform[record.platform, default: [:]][record.week] = record }
    for platform in byPlatform.keys.sorted() {
      let weeks = byPlatform[platform] ?? [:]
      let trend = EngagementRates.trend(Array(weeks.values))
      for point in trend {
        guard let record = weeks[point.week] else { continue }
        let band =
          point.rates.byReach.map { EngagementBand.band(forPercent: $0).phrase.render(s) } ?? "—"
        let cells = [
          platform.rawValue, point.week.description, String(record.followers), String(record.reach),
          String(record.impressions), String(record.engagements),
          s.decimalText(EngagementRates.percentText(point.rates.byReach)),
          s.decimalText(EngagementRates.percentText(point.rates.byFollowers)),
          s.decimalText(EngagementRates.percentText(point.rates.byImpressions)),
          s.decimalText(EngagementRates.pointsText(point.reachChange)), band,
        ]
        lines.append(
          "  "
            + cells.enumerated().map {
              TextWrap.pad($0.element, to: [10, 9, 10, 8, 8, 6, 7, 9, 9, 9, 0][$0.offset])
            }.joined())
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
}
