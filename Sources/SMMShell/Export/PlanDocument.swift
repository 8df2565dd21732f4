import Foundation
import SMMCore

/// The plan as a document, before any format: sections of blocks, with numbered notes for the
/// sources. Markdown and HTML render the same document, so they carry the same content; HTML
/// adds charts (``Chart``) where a picture reads faster than a table.
package struct PlanDocument: Sendable {
  /// A piece of text within a line.
  package enum Inline: Equatable, Sendable {
    /// Plain text.
    case text(String)
    /// Strong text (a label).
    case strong(String)
    /// Emphasised text (a platform name before a statement).
    case emphasis(String)
    /// A command or a value to type, set in code.
    case code(String)
    /// A reference to note `n` (a source), 1-based.
    case note(Int)
  }

  /// One line of inline pieces.
  package typealias Line = [Inline]

  /// A chart, drawn by the HTML export only (the tables beside it carry the same data).
  package enum Chart: Equatable, Sendable {
    /// Horizontal bars: one per platform, score 0 to 100, chosen ones highlighted.
    case scores([ScoreBar])
    /// The content mix: each group's share now against its target, 0 to 1.
    case mix([MixBar])
    /// The calendar as a grid, weeks by days.
    case calendar(CalendarGrid)
    /// The risk matrix, likelihood × impact on 1 to 5, with the risks placed by number; the
    /// axes' labels (likelihood, impact).
    case risks([RiskPoint], likelihood: String, impact: String)
  }

  /// One bar of the score chart.
  package struct ScoreBar: Equatable, Sendable {
    package var label: String
    package var score: Int
    package var chosen: Bool
  }

  /// One group of the content mix.
  package struct MixBar: Equatable, Sendable {
    package var label: String
    package var share: Double
    package var target: Double
  }

  /// The calendar, laid out: one row per week, seven days each.
  package struct CalendarGrid: Equatable, Sendable {
    /// The day labels, Monday first.
    package var days: [String]
    /// The label of the week column.
    package var weekLabel: String
    /// Each week: its label and, per day, the date and the slots ("09:00 Instagram #1").
    package var weeks: [(label: String, days: [(date: String, slots: [String])])]

    package static func == (lhs: CalendarGrid, rhs: CalendarGrid) -> Bool {
      lhs.days == rhs.days && lhs.weekLabel == rhs.weekLabel && lhs.weeks.count == rhs.weeks.count
    }
  }

  /// One risk in the matrix.
  package struct RiskPoint: Equatable, Sendable {
    package var number: Int
    package var name: String
    package var likelihood: Int
    package var impact: Int
  }

  /// A block of the document.
  package enum Block: Equatable, Sendable {
    /// A heading inside a section (3: a part, 4: a sub-part).
    case heading(Int, Line)
    /// A label before what follows it (bold in Markdown).
    case label(String)
    /// A paragraph.
    case paragraph(Line)
    /// A list, numbered or not.
    case list([Line], ordered: Bool)
    /// A list of things to tick.
    case checklist([Line])
    /// A table: header cells and rows of cells.
    case table([String], [[Line]])
    /// Quoted text, line breaks kept (a message, a statement).
    case quote(String)
    /// What is missing here, each with the command that fills it.
    case missing(String, [Line])
    /// A chart (HTML only).
    case chart(String, Chart)
  }

  /// A section: a heading (level 2) and its blocks.
  package struct Section: Equatable, Sendable {
    /// Its id, for links and `--section`: `summary`, `brand`, `spaces`, … `sources`.
    package var id: String
    package var heading: String
    package var blocks: [Block]
  }

  /// The language the document is written in.
  package var language: Language
  /// The document title (level 1), nil for one section alone.
  package var title: String?
  /// The sections, in order.
  package var sections: [Section]
  /// The sources cited, in the order of their note numbers.
  package var notes: [String]
  /// The heading of the sources section.
  package var notesHeading: String
}

/// Builds the ``PlanDocument`` of a brand.
package enum PlanDocumentBuilder {
  /// The sections `--section` accepts, in the order of the method.
  package static let sections = ["brand", "spaces", "content", "communities", "crisis"]

  /// The plan of `state` in `language`, whole (summary, the four steps, sources) or one section.
  package static func build(_ state: BrandState, language: Language = .en, section: String? = nil)
    -> PlanDocument
  {
    build(PlanReport.Facts(state), of: state, language: language, section: section)
  }

  /// The document of `report`, the plan of `state`, in `language`: the ranking, the reviews,
  /// the risks and their playbooks come from the report, computed once.
  package static func build(
    _ report: PlanReport, of state: BrandState, language: Language = .en, section: String? = nil
  ) -> PlanDocument {
    build(report.facts ?? PlanReport.Facts(state), of: state, language: language, section: section)
  }

  /// The document from the report's facts alone (what Markdown and HTML need; the JSON's
  /// English texts are not rendered).
  static func build(
    _ facts: PlanReport.Facts, of state: BrandState, language: Language, section: String?
  ) -> PlanDocument {
    var builder = Builder(
      state: state, facts: facts, strings: Strings.of(language).printingCommands)
    var sections: [PlanDocument.Section] = []
    let chosen = section.map { [$0] } ?? (["summary"] + Self.sections)
    for part in chosen {
      switch part {
      case "summary": sections.append(builder.summary())
      case "brand": sections.append(builder.brand())
      case "spaces": sections.append(builder.spaces())
      case "content": sections.append(builder.content())
      case "communities": sections.append(builder.communities())
      case "crisis": sections.append(builder.crisis())
      default: break
      }
    }
    let strings = builder.strings
    return PlanDocument(
      language: language,
      title: section == nil ? strings("export.title", ["brand": state.name.value]) : nil,
      sections: sections, notes: builder.notes, notesHeading: strings("export.sources.heading"))
  }
}

private struct Builder {
  typealias Inline = PlanDocument.Inline
  typealias Line = PlanDocument.Line
  typealias Block = PlanDocument.Block

  let state: BrandState
  let facts: PlanReport.Facts
  let strings: Strings
  var reviews: [StepReview] { facts.reviews }
  var notes: [String] = []

  init(state: BrandState, facts: PlanReport.Facts, strings: Strings) {
    self.state = state
    self.facts = facts
    self.strings = strings
  }

  func s(_ key: String, _ values: KeyValuePairs<String, String> = [:]) -> String {
    strings(key, values)
  }

  /// The note number of `citation`, adding it the first time.
  mutating func note(_ citation: String) -> Int {
    if let index = notes.firstIndex(of: citation) { return index + 1 }
    notes.append(citation)
    return notes.count
  }

  mutating func notes(_ citations: [String]) -> Line {
    var seen = Set<Int>()
    return citations.map { note($0) }.filter { seen.insert($0).inserted }.map { .note($0) }
  }

  func review(_ step: MethodStep) -> StepReview {
    reviews.first { $0.step == step }
      ?? StepReview(
        step: step, stage: .notStarted, done: [], missing: [], weak: [])
  }

  /// A "still missing" block for the review items of `step` whose key is one of `keys`, or
  /// for `fallback` (a phrase key and a command) when the guide names none; an item the
  /// guide gives no command for takes the fallback's command.
  mutating func missing(
    _ step: MethodStep, _ keys: [String], fallback: (key: String, command: String)? = nil
  ) -> [Block] {
    var items = review(step).missing.filter { keys.contains($0.phrase.key) }
    if items.isEmpty, let fallback {
      items = [StepReview.Item(Phrase(fallback.key))]
    }
    var lines: [Line] = []
    for item in items {
      var line: Line = [.text(item.phrase.render(strings))]
      if let action = item.action {
        line += [
          .text(" — " + s("export.missing.run") + " "),
          .code(action.shownCommand),
        ]
        line += notes(action.sources)
      } else if let fallback {
        line += [.text(" — " + s("export.missing.run") + " "), .code(fallback.command)]
      }
      lines.append(line)
    }
    return lines.isEmpty ? [] : [.missing(s("export.missing.label"), lines)]
  }

  func stage(_ stage: StepReview.Stage) -> String { s(stage.key) }

  static func cell(_ text: String) -> Line { [.text(text)] }

  // MARK: - Summary

  mutating func summary() -> PlanDocument.Section {
    var blocks: [Block] = []
    let p = state.profile
    var facts: [String] = []
    if let sector = p.sector, !sector.isEmpty { facts.append(sector) }
    if let market = p.market { facts.append(market.rawValue.uppercased()) }
    if let reach = p.reach { facts.append(reach.rawValue) }
    blocks.append(
      .paragraph(
        [.strong(state.name.value)]
          + (facts.isEmpty ? [] : [.text(" — " + facts.joined(separator: ", "))])))
    var rows: [[Line]] = []
    for review in reviews {
      let done = review.done.map { $0.render(strings) }.joined(separator: "; ")
      let missing = review.missing.map { $0.phrase.render(strings) }.joined(separator: "; ")
      rows.append([
        Self.cell("\(review.step.number). " + s(review.step.key("title"))),
        Self.cell(stage(review.stage)),
        Self.cell(done.isEmpty ? "—" : done),
        Self.cell(missing.isEmpty ? "—" : missing),
      ])
    }
    blocks.append(
      .table(
        [
          s("export.col.step"), s("export.col.stage"), s("export.col.done"),
          s("export.col.missing"),
        ], rows))
    let weak = reviews.flatMap(\.weak)
    if !weak.isEmpty {
      blocks.append(.label(s("export.summary.weak")))
      blocks.append(.list(weak.map { [.text($0.described(strings))] }, ordered: false))
    }
    if let next = self.facts.next {
      var line: Line = [
        .strong(s("export.summary.next")), .text(" "),
        .code(next.shownCommand),
        .text(" — " + next.reason.render(strings)),
      ]
      line += notes(next.sources)
      blocks.append(.paragraph(line))
    } else {
      blocks.append(.paragraph([.text(s("export.summary.complete"))]))
    }
    return .init(id: "summary", heading: s("export.summary.heading"), blocks: blocks)
  }

  // MARK: - The brand

  mutating func brand() -> PlanDocument.Section {
    let p = state.profile
    func value(_ text: String?) -> Line { Self.cell((text?.isEmpty ?? true) ? "—" : text ?? "") }
    let rows: [[Line]] = [
      [Self.cell(s("export.field.sector")), value(p.sector)],
      [Self.cell(s("export.field.market")), value(p.market?.rawValue)],
      [Self.cell(s("export.field.ages")), value(p.ages.map(\.rawValue).joined(separator: ", "))],
      [Self.cell(s("export.field.goals")), value(p.goals.map(\.rawValue).joined(separator: ", "))],
      [Self.cell(s("export.field.hours")), value(p.hours.map { ProfileValue.format($0) })],
      [
        Self.cell(s("export.field.formats")),
        value(p.formats.map(\.rawValue).joined(separator: ", ")),
      ],
      [Self.cell(s("export.field.reach")), value(p.reach?.rawValue)],
      [Self.cell(s("export.field.languages")), value(p.languages.joined(separator: ", "))],
    ]
    var blocks: [Block] = [.table([s("export.col.field"), s("export.col.value")], rows)]
    blocks += missing(.spaces, ["guide.missing.profile"])
    return .init(id: "brand", heading: s("export.brand.heading"), blocks: blocks)
  }

  // MARK: - Step 1

  /// Every source behind a platform's catalog entry.
  static func sources(of entry: PlatformEntry) -> [Source] {
    entry.audience.map(\.source) + entry.market.reasons.map(\.source)
      + entry.goals.map(\.reason.source) + entry.reach.map(\.reason.source) + [entry.effort.source]
  }

  /// The notes for the sources a reason names (by their short name).
  mutating func notes(for reasons: [String], entry: PlatformEntry) -> Line {
    let sources = Self.sources(of: entry)
    var citations: [String] = []
    for reason in reasons {
      for source in sources where reason.contains(source.short) {
        citations.append(source.citation)
      }
    }
    return notes(citations)
  }

  mutating func spaces() -> PlanDocument.Section {
    var blocks: [Block] = []
    let ranking = facts.ranking
    // The choice and why.
    blocks.append(.heading(3, [.text(s("export.spaces.chosen"))]))
    if state.spaces.isEmpty {
      blocks += missing(
        .spaces, ["guide.missing.spaces"], fallback: ("guide.missing.spaces", "/spaces recommend"))
    } else {
      for platform in state.spaces {
        guard let item = ranking.first(where: { $0.platform == platform }) else { continue }
        let entry = PlatformCatalog.entry(platform)
        blocks.append(
          .paragraph([
            .strong(platform.displayName),
            .text(
              " — "
                + s(
                  "export.spaces.scoreLine",
                  [
                    "score": String(item.score),
                    "hours": SpaceScoring.format(item.hoursPerWeek),
                  ])),
          ]))
        var reasons: [Line] = []
        for reason in item.notes.map({ $0.render(strings) }) {
          reasons.append([.text(reason)] + notes(for: [reason], entry: entry))
        }
        blocks.append(.list(reasons, ordered: false))
      }
    }
    // The ranking.
    blocks.append(.heading(3, [.text(s("export.spaces.ranking"))]))
    blocks.append(
      .chart(
        s("export.chart.scores"),
        .scores(
          ranking.map {
            .init(
              label: $0.platform.displayName, score: $0.score,
              chosen: state.spaces.contains($0.platform))
          })))
    var rows: [[Line]] = []
    for (index, item) in ranking.enumerated() {
      let first = item.notes.first?.render(strings) ?? ""
      rows.append([
        Self.cell(String(index + 1)), Self.cell(item.platform.displayName),
        Self.cell(String(item.score)), Self.cell(SpaceScoring.format(item.hoursPerWeek)),
        Self.cell(state.spaces.contains(item.platform) ? s("export.yes") : ""),
        [.text(first)] + notes(for: [first], entry: PlatformCatalog.entry(item.platform)),
      ])
    }
    blocks.append(
      .table(
        [
          s("export.col.rank"), s("export.col.platform"), s("export.col.score"),
          s("export.col.hours"), s("export.col.chosen"), s("export.col.reason"),
        ], rows))
    // The profiles.
    if !state.spaces.isEmpty {
      blocks.append(.heading(3, [.text(s("export.spaces.profiles"))]))
      for platform in state.spaces {
        let entry = PlatformCatalog.entry(platform)
        let profile = state.profiles[platform] ?? PlatformProfile()
        blocks.append(.heading(4, [.text(platform.displayName)]))
        var rows: [[Line]] = []
        for rule in entry.profileFields {
          var label: Line = [.text(rule.label(in: strings.language))]
          if let source = rule.source { label += notes([source.citation]) }
          switch rule.kind {
          case .text(let limit, let unit):
            let text = profile.texts[rule.key]
            let count =
              text.map { t in
                "\(TextLength.count(t, in: unit))\(limit.map { "/\($0)" } ?? "") \(unit.noun)"
              } ?? "—"
            rows.append([label, Self.cell(text ?? "—"), Self.cell(count)])
          case .done:
            let done = profile.done[rule.key]
            rows.append([
              label,
              Self.cell(done == true ? s("export.yes") : done == false ? s("export.no") : "—"),
              Self.cell(""),
            ])
          }
        }
        blocks.append(
          .table([s("export.col.field"), s("export.col.value"), s("export.col.length")], rows))
        let own = review(.spaces).missing.filter {
          $0.phrase.key == "guide.missing.platformProfile"
            && $0.phrase.values["platform"] == .text(platform.displayName)
        }
        if !own.isEmpty {
          blocks.append(
            .missing(
              s("export.missing.label"),
              own.map { item in
                var line: Line = [.text(item.phrase.render(strings))]
                if let action = item.action {
                  line += [
                    .text(" — " + s("export.missing.run") + " "),
                    .code(action.shownCommand),
                  ]
                }
                return line
              }))
        }
      }
    }
    return .init(id: "spaces", heading: s("export.spaces.heading"), blocks: blocks)
  }

  // MARK: - Step 2

  mutating func content() -> PlanDocument.Section {
    var blocks: [Block] = []
    let line = state.content
    // Editorial line.
    blocks.append(.heading(3, [.text(s("export.content.line"))]))
    if line.pillars.isEmpty {
      blocks += missing(.content, ["guide.missing.pillars"])
    } else {
      blocks.append(
        .paragraph([
          .strong(s("export.content.pillars")), .text(" " + line.pillars.joined(separator: " · ")),
        ]))
      blocks += missing(.content, ["guide.missing.pillars"])
    }
    let platforms = state.spaces.isEmpty ? Array(line.tones.keys).sorted() : state.spaces
    if !platforms.isEmpty {
      blocks.append(.label(s("export.content.tones")))
      blocks.append(
        .list(
          platforms.map {
            [.strong($0.displayName), .text(": " + line.tonePhrase(on: $0).render(strings))]
          },
          ordered: false))
    }
    if !line.messages.isEmpty {
      let rule = line.mixRule ?? .thirds
      let mix = ContentMix.evaluate(line.messages, rule: rule)
      blocks.append(
        .heading(
          4,
          [.text(s("export.content.mix", ["rule": rule.rawValue]))] + notes([rule.source])))
      if line.mixRule == nil {
        blocks.append(.paragraph([.text(strings.guidance("export.content.noRule"))]))
      }
      blocks.append(
        .chart(
          s("export.chart.mix"),
          .mix(
            mix.groups.map {
              .init(label: $0.group.label.render(strings), share: $0.share, target: $0.group.target)
            }
          )))
      func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
      blocks.append(
        .table(
          [s("export.col.group"), s("export.col.now"), s("export.col.target")],
          mix.groups.map {
            [
              Self.cell($0.group.label.render(strings)), Self.cell(percent($0.share)),
              Self.cell(percent($0.group.target)),
            ]
          }))
      if !mix.adviceNotes.isEmpty {
        blocks.append(
          .list(mix.adviceNotes.map { [.text($0.render(strings))] }, ordered: false))
      }
    }
    // Messages.
    blocks.append(.heading(3, [.text(s("export.content.messages"))]))
    if line.messages.isEmpty {
      blocks += missing(.content, ["guide.missing.messages"])
    }
    for message in line.messages {
      blocks.append(
        .heading(
          4,
          [
            .text(
              s("export.content.message", ["id": String(message.id), "tag": message.tag.rawValue]))
          ]
        ))
      blocks.append(.quote(message.text))
      for platform in message.variants.keys.sorted() {
        guard let variant = message.variants[platform] else { continue }
        let count = PlatformCounter.count(variant.text, on: platform)
        var label: Line = [
          .strong(platform.displayName),
          .text(
            " — \(count.length)\(count.limit.map { "/\($0)" } ?? "") \(count.unit.noun)"
              + (count.valid ? "" : " (" + s("export.content.over") + ")")),
        ]
        if variant.parts.count > 1 {
          label.append(
            .text(" · " + s("export.content.parts", ["count": String(variant.parts.count)])))
        }
        label += notes([PlatformCatalog.entry(platform).post.text.source.citation])
        blocks.append(.paragraph(label))
        blocks.append(.quote(variant.text))
      }
      let without = state.spaces.filter { message.variants[$0] == nil }
      if !without.isEmpty {
        blocks.append(
          .missing(
            s("export.missing.label"),
            [
              [
                .text(
                  s(
                    "export.content.notAdapted",
                    ["platforms": without.map(\.displayName).joined(separator: ", ")])),
                .text(" — " + s("export.missing.run") + " "), .code("/content adapt \(message.id)"),
              ]
            ]))
      }
    }
    // Calendar.
    blocks.append(.heading(3, [.text(s("export.content.calendarHeading"))]))
    if let calendar = line.calendar {
      blocks.append(
        .paragraph([
          .text(
            strings.format(
              "export.content.calendar",
              ["start": .text(calendar.start.description), "weeks": .number(calendar.weeks)]))
        ]))
      blocks.append(.chart(s("export.chart.calendar"), .calendar(grid(calendar))))
      blocks.append(
        .table(
          [
            s("export.col.date"), s("export.col.time"), s("export.col.platform"),
            s("export.col.message"),
          ],
          calendar.slots.map {
            [
              Self.cell($0.date.description), Self.cell($0.time),
              Self.cell($0.platform.displayName),
              Self.cell($0.messageID.map { "#\($0)" } ?? s("export.calendar.toWrite")),
            ]
          }))
      if !calendar.notes.isEmpty {
        blocks.append(.list(calendar.notes.map { [.text($0.render(strings))] }, ordered: false))
      }
    } else {
      blocks += missing(.content, ["guide.missing.calendar"])
    }
    return .init(id: "content", heading: s("export.content.heading"), blocks: blocks)
  }

  func grid(_ calendar: ContentCalendar) -> PlanDocument.CalendarGrid {
    let first = calendar.start.adding(days: -calendar.start.weekday)
    let last = calendar.slots.map(\.date).max() ?? calendar.start
    let weekCount = max(calendar.weeks, (last.dayNumber - first.dayNumber) / 7 + 1)
    var weeks: [(label: String, days: [(date: String, slots: [String])])] = []
    for week in 0..<weekCount {
      var days: [(date: String, slots: [String])] = []
      for day in 0..<7 {
        let date = first.adding(days: week * 7 + day)
        let slots = calendar.slots.filter { $0.date == date }.map {
          "\($0.time) \($0.platform.displayName) " + ($0.messageID.map { "#\($0)" } ?? "…")
        }
        let label = date.description.dropFirst(5)
        days.append((date: String(label), slots: slots))
      }
      weeks.append((label: String(week + 1), days: days))
    }
    let dayLabels = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map { s("export.day.\($0)") }
    return .init(days: dayLabels, weekLabel: s("export.col.week"), weeks: weeks)
  }

  // MARK: - Step 3

  mutating func communities() -> PlanDocument.Section {
    var blocks: [Block] = []
    blocks.append(
      .heading(3, [.text(s("export.communities.map"))] + notes([Guidance.communitySource])))
    if state.communities.isEmpty {
      blocks += missing(
        .communities, ["guide.missing.communities"],
        fallback: ("guide.missing.communities", "/community"))
    } else {
      blocks.append(
        .table(
          [
            s("export.col.community"), s("export.col.platform"), s("export.col.type"),
            s("export.col.size"), s("export.col.gives"), s("export.col.gets"),
          ],
          state.communities.map {
            [
              Self.cell($0.name), Self.cell($0.platform.displayName), Self.cell($0.type.rawValue),
              Self.cell($0.size.map(String.init) ?? "—"), Self.cell($0.gives ?? "—"),
              Self.cell($0.gets ?? "—"),
            ]
          }))
      blocks += missing(.communities, ["guide.missing.gives", "guide.missing.gets"])
    }
    blocks.append(.heading(3, [.text(s("export.communities.engagement"))]))
    if let plan = state.engagement {
      blocks.append(
        .paragraph([
          .text(s("export.communities.hours", ["hours": SpaceScoring.format(plan.hoursPerWeek)]))
        ]))
      blocks.append(
        .table(
          [
            s("export.col.community"), s("export.col.action"), s("export.col.perMonth"),
            s("export.col.owner"), s("export.col.what"),
          ],
          plan.actions.map {
            [
              Self.cell($0.community), Self.cell($0.kind.rawValue), Self.cell("\($0.perMonth)×"),
              Self.cell($0.owner), Self.cell($0.task.render(strings)),
            ]
          }))
      if !plan.notes.isEmpty {
        blocks.append(.list(plan.notes.map { [.text($0.render(strings))] }, ordered: false))
      }
      blocks += missing(.communities, ["guide.missing.engagementFor"])
    } else {
      blocks += missing(
        .communities, ["guide.missing.engagement"],
        fallback: ("guide.missing.engagement", "/engage plan"))
    }
    return .init(id: "communities", heading: s("export.communities.heading"), blocks: blocks)
  }

  // MARK: - Step 4

  mutating func crisis() -> PlanDocument.Section {
    var blocks: [Block] = []
    let risks = facts.risks
    let scct = note(Guidance.scctSource)
    blocks.append(.heading(3, [.text(s("export.crisis.register")), .note(scct)]))
    if risks.isEmpty {
      blocks += missing(.crisis, ["guide.missing.risks"])
    } else {
      blocks.append(
        .chart(
          s("export.chart.risks"),
          .risks(
            risks.enumerated().map {
              .init(
                number: $0.offset + 1, name: $0.element.name, likelihood: $0.element.likelihood,
                impact: $0.element.impact)
            }, likelihood: s("export.chart.likelihood"), impact: s("export.chart.impact"))))
      blocks.append(
        .table(
          [
            "#", s("export.col.risk"), s("export.col.type"), s("export.col.cluster"),
            s("export.col.riskScore"),
          ],
          risks.enumerated().map {
            let risk = $0.element
            return [
              Self.cell(String($0.offset + 1)), Self.cell(risk.name), Self.cell(risk.type.rawValue),
              Self.cell(risk.type.cluster.rawValue),
              Self.cell("\(risk.likelihood) × \(risk.impact) = \(risk.score)"),
            ]
          }))
    }
    blocks.append(.heading(3, [.text(s("export.crisis.team"))]))
    if !state.crisisTeam.isEmpty {
      blocks.append(
        .table(
          [s("export.col.role"), s("export.col.name"), s("export.col.contact")],
          state.crisisTeam.map { [Self.cell($0.role), Self.cell($0.name), Self.cell($0.contact)] }))
    }
    blocks += missing(.crisis, ["guide.missing.team"])
    for (risk, playbook) in zip(risks, facts.playbooks) {
      blocks.append(.heading(3, [.text(s("export.crisis.playbook", ["risk": risk.name]))]))
      blocks.append(.label(s("export.crisis.team")))
      blocks.append(
        .table(
          [s("export.col.role"), s("export.col.name"), s("export.col.contact")],
          playbook.team.map {
            [
              Self.cell($0.role), Self.cell($0.member?.name ?? s("crisis.team.toName")),
              Self.cell($0.member?.contact ?? "—"),
            ]
          }))
      blocks.append(.label(s("export.crisis.escalation")))
      blocks.append(.list(playbook.escalation.map { [.text($0.render(strings))] }, ordered: true))
      blocks.append(.label(s("export.crisis.firstHour")))
      blocks.append(.checklist(playbook.checklist.map { [.text($0.render(strings))] }))
      blocks.append(.label(s("export.crisis.statements")))
      if playbook.statements.isEmpty {
        let own = review(.crisis).missing.filter {
          $0.phrase.key == "guide.missing.channels" && $0.phrase.values["name"] == .text(risk.name)
        }
        blocks.append(
          .missing(
            s("export.missing.label"),
            own.map { item in
              [.text(item.phrase.render(strings))]
                + (item.action.map {
                  [.text(" — " + s("export.missing.run") + " "), .code($0.command)]
                } ?? [.text(" — " + s("export.missing.run") + " "), .code("/spaces choose …")])
            }))
      }
      for statement in playbook.statements {
        blocks.append(
          .paragraph([
            .emphasis(statement.platform.displayName),
            .text(
              " — \(statement.length)\(statement.limit.map { "/\($0)" } ?? "")"
                + (statement.valid ? "" : " (" + s("export.crisis.notValid") + ")")),
          ]))
        blocks.append(.quote(statement.text))
      }
      blocks.append(.label(s("export.crisis.darkSite")))
      blocks.append(.quote(playbook.darkSite))
      blocks.append(.label(s("export.crisis.internal")))
      blocks.append(.quote(playbook.internalMessage))
      if let last = state.drills.last(where: { $0.risk == risk.name }) {
        blocks.append(
          .paragraph([
            .strong(s("export.crisis.lastDrill")),
            .text(
              " "
                + s(
                  "export.crisis.drillScore",
                  ["seed": String(last.seed), "score": String(last.score)])),
          ]))
        if !last.fixes.isEmpty {
          blocks.append(.list(last.fixes.map { [.text($0.render(strings))] }, ordered: false))
        }
      }
    }
    blocks.append(.heading(3, [.text(s("export.crisis.drills"))]))
    if state.drills.isEmpty {
      blocks += missing(
        .crisis, ["guide.missing.drill"], fallback: ("guide.missing.drill", "/crisis drill RISK"))
    } else {
      blocks.append(
        .table(
          [
            s("export.col.risk"), s("export.col.seed"), s("export.col.drillScore"),
            s("export.col.firstResponse"), s("export.col.strategy"),
          ],
          state.drills.map { drill in
            [
              Self.cell(drill.risk), Self.cell(String(drill.seed)), Self.cell("\(drill.score)/100"),
              Self.cell(
                (drill.minutesToFirstResponse.map { "\($0) min" } ?? "—")
                  + " / \(drill.targetMinutes) min"),
              Self.cell((drill.strategyFit ? "✓ " : "✗ ") + drill.expectedStrategy),
            ]
          }))
    }
    return .init(
      id: "crisis", heading: s("export.crisis.heading", ["brand": state.name.value]), blocks: blocks
    )
  }
}
