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
  /// The day the document is written, in words, for its cover; nil for none.
  package var date: String? = nil
}

/// Builds the ``PlanDocument`` of a brand.
package enum PlanDocumentBuilder {
  /// The sections `--section` accepts, in the order of the method.
  package static let sections = ["brand", "spaces", "content", "communities", "crisis"]

  /// The plan of `state` in `language`, whole (summary, the four steps, sources) or one section;
  /// with `notes`, an appendix for the consultant lists the commands that settle each open point.
  package static func build(
    _ state: BrandState, language: Language = .en, section: String? = nil, notes: Bool = false
  ) -> PlanDocument {
    build(PlanReport.Facts(state), of: state, language: language, section: section, notes: notes)
  }

  /// The document of `report`, the plan of `state`, in `language`: the ranking, the reviews,
  /// the risks and their playbooks come from the report, computed once.
  package static func build(
    _ report: PlanReport, of state: BrandState, language: Language = .en, section: String? = nil,
    notes: Bool = false
  ) -> PlanDocument {
    build(
      report.facts ?? PlanReport.Facts(state), of: state, language: language, section: section,
      notes: notes)
  }

  /// The document from the report's facts alone (what Markdown and HTML need; the JSON's
  /// English texts are not rendered).
  static func build(
    _ facts: PlanReport.Facts, of state: BrandState, language: Language, section: String?,
    notes: Bool
  ) -> PlanDocument {
    var builder = PlanBuilder(state: state, facts: facts, language: language)
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
    if notes { sections.append(builder.consultantNotes()) }
    let strings = builder.strings
    return PlanDocument(
      language: language,
      title: section == nil ? strings("export.title", ["brand": state.name.value]) : nil,
      sections: sections, notes: builder.notes, notesHeading: strings("export.sources.heading"))
  }
}

struct PlanBuilder {
  typealias Inline = PlanDocument.Inline
  typealias Line = PlanDocument.Line
  typealias Block = PlanDocument.Block

  let state: BrandState
  let facts: PlanReport.Facts
  /// The strings of the consultant's notes: commands written as the shell takes them.
  let strings: Strings
  /// The strings of the client document: a command shows between markers that ``clean(_:)``
  /// takes out, with the words around it that only introduce it.
  let client: Strings
  let labels: PlanLabels
  var reviews: [StepReview] { facts.reviews }
  var notes: [String] = []
  /// The open points, each with the command that settles it, for the consultant's notes.
  var openPoints: [Line] = []

  static let commandStart = "\u{E000}"
  static let commandEnd = "\u{E001}"

  init(state: BrandState, facts: PlanReport.Facts, language: Language) {
    self.state = state
    self.facts = facts
    self.strings = Strings.of(language).printingCommands
    self.client = Strings.of(language).printingCommands { request, strings in
      Self.commandStart + request.shown(in: strings) + Self.commandEnd
    }
    self.labels = PlanLabels(Strings.of(language))
  }

  /// `phrase` for the client: its `.client` wording when the catalog has one (a sentence
  /// built around a command), else the phrase with its commands taken out.
  func text(_ phrase: Phrase) -> String {
    let variant = phrase.key + ".client"
    if client.has(variant) { return Self.clean(Phrase(variant, phrase.values).render(client)) }
    return Self.clean(phrase.render(client))
  }

  /// `text` without the commands ``client`` marks: "(step 1: X)" becomes "(step 1)", " (X)"
  /// goes, and a sentence still holding one goes whole.
  static func clean(_ text: String) -> String {
    guard text.contains(commandStart) else { return text }
    var out = text
    // " (prefix: COMMAND)" or " (COMMAND)".
    while let start = out.range(of: commandStart), let end = out.range(of: commandEnd),
      start.lowerBound < end.lowerBound
    {
      let after = out[end.upperBound...]
      let before = out[..<start.lowerBound]
      if after.hasPrefix(")"), let open = before.lastIndex(of: "("),
        !before[open...].contains(")")
      {
        var inside = String(before[before.index(after: open)...])
        while inside.hasSuffix(" ") || inside.hasSuffix(":") { inside.removeLast() }
        var head = String(before[..<open])
        let tail = String(after.dropFirst())
        if inside.isEmpty {
          while head.hasSuffix(" ") { head.removeLast() }
          out = head + tail
        } else {
          out = head + "(" + inside + ")" + tail
        }
      } else {
        // A sentence built on the command: drop the sentence.
        let sentences = out.components(separatedBy: ". ")
        let kept = sentences.filter { !$0.contains(commandStart) }
        if kept.count == sentences.count || kept.isEmpty {
          out = String(before) + String(after)
        } else {
          out = kept.joined(separator: ". ")
        }
      }
    }
    return out
  }

  /// Records an open point for the consultant's notes: what is open and the command.
  mutating func open(_ phrase: Phrase, _ command: String?) {
    var line: Line = [.text(phrase.render(strings))]
    if let command { line += [.text(" — " + s("export.notes.command") + " "), .code(command)] }
    if !openPoints.contains(line) { openPoints.append(line) }
  }

  /// The appendix `--notes` adds: each open point and the command that settles it.
  func consultantNotes() -> PlanDocument.Section {
    var blocks: [Block] = [.paragraph([.text(s("export.notes.intro"))])]
    blocks.append(
      openPoints.isEmpty
        ? .paragraph([.text(s("export.notes.none"))]) : .list(openPoints, ordered: false))
    return .init(id: "notes", heading: s("export.notes.heading"), blocks: blocks)
  }

  func s(_ key: String, _ values: KeyValuePairs<String, String> = [:]) -> String {
    strings(key, values)
  }

  /// The note number of `citation`, adding its bibliography entry the first time: works
  /// cited by the same entry share a number, and every figure without a published source
  /// points to the one "our assessment" note.
  mutating func note(_ citation: String) -> Int {
    let entry = Bibliography.entry(for: citation, labels.strings)
    if let index = notes.firstIndex(of: entry) { return index + 1 }
    notes.append(entry)
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
      var line: Line = [.text(text(item.phrase))]
      if let action = item.action {
        line += notes(action.sources)
        open(item.phrase, action.shownCommand)
      } else {
        open(item.phrase, fallback?.command)
      }
      lines.append(line)
    }
    return lines.isEmpty ? [] : [.missing(s("export.missing.label"), lines)]
  }

  /// Who holds `role` while nobody is named: in a small team the person the playbooks name
  /// ("person 1", "you", legal found outside), else "to name".
  func holder(of role: String) -> String {
    guard let size = state.profile.team, size.isSmall else { return s("crisis.team.toName") }
    guard let person = size.person(for: role) else { return s("crisis.role.legalOutside") }
    return size.people == 1 ? s("crisis.person.you") : s("crisis.person", ["n": String(person)])
  }

  func stage(_ stage: StepReview.Stage) -> String { s(stage.key) }

  static func cell(_ text: String) -> Line { [.text(text)] }

  /// `text` with its first letter in capitals: the sector as typed, as a label.
  /// `items` grouped by `key`, each group in the order its key first appears: one block per
  /// distinct text (variants, holding statements), naming everything that shares it.
  static func grouped<Item>(
    _ items: [Item], by key: (Item) -> String
  ) -> [(key: String, items: [Item])] {
    var groups: [(key: String, items: [Item])] = []
    for item in items {
      let itemKey = key(item)
      if let index = groups.firstIndex(where: { $0.key == itemKey }) {
        groups[index].items.append(item)
      } else {
        groups.append((itemKey, [item]))
      }
    }
    return groups
  }

  static func sentenceCase(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }

  // MARK: - Summary

  mutating func summary() -> PlanDocument.Section {
    var blocks: [Block] = []
    let p = state.profile
    var facts: [String] = []
    if let sector = p.sector, !sector.isEmpty { facts.append(Self.sentenceCase(sector)) }
    if let market = p.market { facts.append(labels.market(market)) }
    if let reach = p.reach { facts.append(labels.reachLine(reach)) }
    blocks.append(
      .paragraph(
        [.strong(state.name.value)]
          + (facts.isEmpty ? [] : [.text(" — " + facts.joined(separator: ", "))])))
    var rows: [[Line]] = []
    for review in reviews {
      let done = review.done.map { text($0) }.joined(separator: s("export.separator"))
      let missing = review.missing.map { text($0.phrase) }.joined(
        separator: s("export.separator"))
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
    let weak = reviews.flatMap(\.weak).filter { !$0.blocking }
    if !weak.isEmpty {
      blocks.append(.label(s("export.summary.weak")))
      blocks.append(.list(weak.map { [.text(text($0.phrase))] }, ordered: false))
      for item in weak { open(item.phrase, item.action?.shownCommand) }
    }
    // What keeps the plan from holding together, with what fixes it: said whether or not the
    // steps are done, and the plan is called ready only without it.
    let blockers = Guidance.blockers(reviews)
    if !blockers.isEmpty {
      blocks.append(
        .label(s(self.facts.next == nil ? "export.summary.notReady" : "export.summary.blockers")))
      blocks.append(.list(blockers.map { [.text(text($0.phrase))] }, ordered: false))
      for item in blockers { open(item.phrase, item.action?.shownCommand) }
    }
    if let next = self.facts.next {
      var line: Line = [.strong(s("export.summary.next")), .text(" " + text(next.reason))]
      line += notes(next.sources)
      blocks.append(.paragraph(line))
      open(next.reason, next.shownCommand)
    } else if blockers.isEmpty {
      blocks.append(.paragraph([.text(s("export.summary.complete"))]))
    }
    return .init(id: "summary", heading: s("export.summary.heading"), blocks: blocks)
  }

  // MARK: - The brand

  mutating func brand() -> PlanDocument.Section {
    let p = state.profile
    func value(_ text: String?) -> Line { Self.cell((text?.isEmpty ?? true) ? "—" : text ?? "") }
    var rows: [[Line]] = [
      [Self.cell(s("export.field.sector")), value(p.sector.map(Self.sentenceCase))],
      [Self.cell(s("export.field.market")), value(p.market.map(labels.market))],
      [Self.cell(s("export.field.ages")), value(labels.ages(p.ages))],
      [Self.cell(s("export.field.goals")), value(labels.list(p.goals.map(labels.goal)))],
      [Self.cell(s("export.field.hours")), value(p.hours.map { ProfileValue.format($0) })],
      [Self.cell(s("export.field.formats")), value(labels.list(p.formats.map(labels.format)))],
      [Self.cell(s("export.field.reach")), value(p.reach.map(labels.reach))],
      [Self.cell(s("export.field.countries")), value(labels.countries(p.countries))],
      [
        Self.cell(s("export.field.languages")),
        value(labels.list(p.languages.map(labels.language))),
      ],
    ]
    // The team and the opening hours, once said.
    if let team = p.team {
      rows.append([
        Self.cell(s("export.field.team")),
        value(strings.format("brand.show.team", ["count": .number(team.people)])),
      ])
    }
    if let open = p.open {
      rows.append([Self.cell(s("export.field.open")), value(open.text(in: strings.language))])
    }
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

  /// A catalog reason as the client reads it, with its notes: the short source name it ends
  /// with ("— Pew 2025") and smm's "judgement" prefix go, the note says where it comes from.
  mutating func reason(_ reason: String, entry: PlatformEntry) -> Line {
    let line = notes(for: [reason], entry: entry)
    var text = reason
    for source in Self.sources(of: entry) {
      text = text.replacingOccurrences(of: " — " + source.short, with: "")
    }
    for prefix in [s("export.judgement.prefix"), Strings.english("export.judgement.prefix")] {
      if let range = text.range(of: prefix) {
        text.removeSubrange(range)
        if range.lowerBound == text.startIndex { text = Self.sentenceCase(text) }
      }
    }
    return [.text(text)] + line
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
        for reason in item.notes.map({ text($0) }) {
          reasons.append(self.reason(reason, entry: entry))
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
      let first = item.notes.first.map { text($0) } ?? ""
      rows.append([
        Self.cell(String(index + 1)), Self.cell(item.platform.displayName),
        Self.cell(String(item.score)), Self.cell(SpaceScoring.format(item.hoursPerWeek)),
        Self.cell(state.spaces.contains(item.platform) ? s("export.yes") : ""),
        reason(first, entry: PlatformCatalog.entry(item.platform)),
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
            let count = text.map { t in length(TextLength.count(t, in: unit), limit, unit) } ?? "—"
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
          for item in own { open(item.phrase, item.action?.shownCommand) }
          blocks.append(
            .missing(s("export.missing.label"), own.map { [.text(text($0.phrase))] }))
        }
      }
    }
    return .init(id: "spaces", heading: s("export.spaces.heading"), blocks: blocks)
  }

  /// A length in the reader's words: "21 of 30 characters", « 21 sur 30 caractères ».
  func length(_ length: Int, _ limit: Int?, _ unit: CountingUnit) -> String {
    let noun = unit.nounPhrase.render(strings)
    let language = strings.language
    guard let limit else {
      return s("export.content.variantLength", ["length": language.grouped(length), "unit": noun])
    }
    return s(
      "export.content.variantLimit",
      ["length": language.grouped(length), "limit": language.grouped(limit), "unit": noun])
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
            [
              .strong($0.displayName),
              .text(s("export.labelValue", ["label": ""]) + text(line.tonePhrase(on: $0))),
            ]
          },
          ordered: false))
    }
    if !line.messages.isEmpty {
      let rule = line.mixRule ?? .thirds
      let mix = ContentMix.evaluate(line.messages, rule: rule)
      blocks.append(
        .heading(
          4,
          [.text(s("export.content.mix", ["rule": s("mix.rule.\(rule)")]))]
            + notes([rule.source])))
      if line.mixRule == nil {
        blocks.append(.paragraph([.text(s("export.content.noRule.client"))]))
        open(Phrase("export.content.noRule.client"), "/content mix RULE")
      }
      blocks.append(
        .chart(
          s("export.chart.mix"),
          .mix(
            mix.groups.map {
              .init(label: text($0.group.label), share: $0.share, target: $0.group.target)
            }
          )))
      func percent(_ value: Double) -> String {
        s("export.percent", ["n": String(Int((value * 100).rounded()))])
      }
      blocks.append(
        .table(
          [s("export.col.group"), s("export.col.now"), s("export.col.target")],
          mix.groups.map {
            [
              Self.cell(text($0.group.label)), Self.cell(percent($0.share)),
              Self.cell(percent($0.group.target)),
            ]
          }))
      if !mix.adviceNotes.isEmpty {
        blocks.append(
          .list(mix.adviceNotes.map { [.text(text($0))] }, ordered: false))
      }
    }
    // WhatsApp among the spaces: messaging needs each person's opt-in first (issue 15 §6), the
    // same rule and text /content check gives.
    if PrivacyRules.needsOptIn(state.spaces) {
      blocks.append(
        .paragraph(
          [
            .text(
              s("content.check.whatsappOptIn", ["source": PrivacyRules.optInSource.short]))
          ] + notes([PrivacyRules.optInSource.citation])))
    }
    // A contest among the messages: the market's rule and Meta's (issue 15 §6).
    let contests = ContestNotes(state, strings)
    if !contests.lines.isEmpty {
      var items: [Line] = contests.lines.map { [.text($0)] }
      items[items.count - 1] += notes(contests.sources.map(\.citation))
      blocks.append(.list(items, ordered: false))
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
              s(
                "export.content.message",
                ["id": String(message.id), "tag": labels.tag(message.tag)]))
          ]
        ))
      blocks.append(.quote(message.text))
      if message.sponsored {
        // A paid partnership, a gift or an ad: the home market's rule, and any variant that
        // breaks it.
        let rule = DisclosureRule.of(state.profile.homeCountry)
        blocks.append(
          .paragraph(
            [.text(s("export.content.sponsored", ["rule": rule.summary.render(labels.strings)]))]
              + notes([rule.source.citation])))
        let undisclosed = message.variants.keys.sorted().filter {
          !rule.isDisclosed(message.variants[$0]?.text ?? "")
        }
        if !undisclosed.isEmpty {
          blocks.append(
            .missing(
              s("export.missing.label"),
              [
                [
                  .text(
                    s(
                      "export.content.undisclosed",
                      [
                        "platforms": labels.list(undisclosed.map(\.displayName)),
                        "label": rule.label,
                      ]))
                ]
              ]))
          open(
            Phrase(
              "export.content.undisclosed",
              text: [
                "platforms": labels.list(undisclosed.map(\.displayName)), "label": rule.label,
              ]),
            "/content adapt \(message.id)")
        }
      }
      blocks += media(message)
      // One block per distinct text: platforms sharing a text are named together, and a
      // variant identical to the core message is not printed again.
      let groups = Self.grouped(message.variants.keys.sorted()) {
        message.variants[$0]?.text ?? ""
      }.map { (text: $0.key, platforms: $0.items) }
      for group in groups {
        var label: Line = []
        if group.platforms.count > 1 {
          label.append(
            .strong(
              Self.sentenceCase(
                s(
                  "export.content.sameText",
                  ["platforms": labels.list(group.platforms.map(\.displayName))]))))
        }
        for (index, platform) in group.platforms.enumerated() {
          guard let variant = message.variants[platform] else { continue }
          let count = PlatformCounter.count(variant.text, on: platform)
          if group.platforms.count > 1 || index > 0 {
            label.append(.text(index == 0 ? " — " : s("export.separator")))
          }
          if group.platforms.count > 1 {
            label.append(.text(platform.displayName + " "))
          } else {
            label.append(.strong(platform.displayName))
            label.append(.text(" — "))
          }
          label.append(
            .text(
              length(count.length, count.limit, count.unit)
                + (count.valid ? "" : " (" + s("export.content.over") + ")")))
          if variant.parts.count > 1 {
            label.append(
              .text(" · " + s("export.content.parts", ["count": String(variant.parts.count)])))
          }
          label += notes([PlatformCatalog.entry(platform).post.text.source.citation])
        }
        blocks.append(.paragraph(label))
        if group.text != message.text { blocks.append(.quote(group.text)) }
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
                    ["platforms": labels.list(without.map(\.displayName))]))
              ]
            ]))
        open(
          Phrase(
            "export.content.notAdapted",
            text: ["platforms": labels.list(without.map(\.displayName))]),
          "/content adapt \(message.id)")
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
              ["start": .text(labels.long(calendar.start)), "weeks": .number(calendar.weeks)]))
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
              Self.cell(labels.long($0.date)), Self.cell($0.time),
              Self.cell($0.platform.displayName),
              Self.cell(firstWords($0.messageID) ?? s("export.calendar.toWrite")),
            ]
          }))
      if !calendar.notes.isEmpty {
        blocks.append(.list(calendar.notes.map { [.text(text($0))] }, ordered: false))
      }
    } else {
      blocks += missing(.content, ["guide.missing.calendar"])
    }
    return .init(id: "content", heading: s("export.content.heading"), blocks: blocks)
  }

  /// The first words of message `id` ("Notre pain au levain fermente…"), nil for none.
  func firstWords(_ id: Int?, words: Int = 8) -> String? {
    guard let id, let message = state.content.messages.first(where: { $0.id == id }) else {
      return nil
    }
    let all = message.text.split(whereSeparator: \.isWhitespace)
    guard all.count > words else { return message.text }
    var head = all.prefix(words).joined(separator: " ")
    while let last = head.last, last.isPunctuation || last.isWhitespace { head.removeLast() }
    return s("export.content.firstWords", ["words": head])
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
          "\($0.time) " + s("export.labelValue", ["label": $0.platform.displayName])
            + (firstWords($0.messageID, words: 4) ?? s("export.calendar.toWrite"))
        }
        days.append((date: labels.dayMonth(date), slots: slots))
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
              Self.cell($0.name), Self.cell($0.platform.displayName),
              Self.cell(labels.communityType($0.type)),
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
              Self.cell($0.community), Self.cell(labels.kind($0.kind)),
              Self.cell("\($0.perMonth)×"),
              Self.cell($0.owner), Self.cell(text($0.task)),
            ]
          }))
      if !plan.notes.isEmpty {
        blocks.append(.list(plan.notes.map { [.text(text($0))] }, ordered: false))
      }
      blocks += missing(.communities, ["guide.missing.engagementFor"])
    } else {
      blocks += missing(
        .communities, ["guide.missing.engagement"],
        fallback: ("guide.missing.engagement", "/engage plan"))
    }
    blocks += responseTargets()
    blocks += replyGuide()
    return .init(id: "communities", heading: s("export.communities.heading"), blocks: blocks)
  }

  /// How to answer each kind of negative post (the Air Force's four kinds), with a first reply
  /// in the brand's own language, fitted to its first platform.
  mutating func replyGuide() -> [Block] {
    guard let platform = state.spaces.first else { return [] }
    let confidentialSector = SectorKind.of(state).flatMap { $0.isConfidential ? $0 : nil }
    let rows: [[Line]] = NegativePost.allCases.map { kind in
      let reply = kind.fittedReply(
        brand: state.name.value, platform: platform, language: state.publishingLanguage,
        confidential: confidentialSector != nil)
      return [
        Self.cell(s("export.replyGuide.kind.\(kind.rawValue)")),
        Self.cell(text(kind.advice(confidential: confidentialSector != nil))),
        Self.cell(reply ?? s("export.replyGuide.noReply")),
      ]
    }
    var blocks: [Block] = [
      .heading(
        3, [.text(s("export.replyGuide.heading"))] + notes([Bibliography.webPostingAssessment])),
      .paragraph([.text(s("export.replyGuide.intro", ["platform": platform.displayName]))]),
    ]
    if let confidentialSector {
      blocks.append(.paragraph([.text(s("reply.confidential.\(confidentialSector.rawValue)"))]))
    }
    if let reviews = state.reviewsNote {
      blocks.append(.paragraph([.text(reviews.render(strings))]))
    }
    blocks.append(
      .table(
        [s("export.col.postKind"), s("export.col.whatToDo"), s("export.col.firstReply")], rows))
    return blocks
  }

  /// How fast to answer each kind of message, and why, with the works behind the figures.
  mutating func responseTargets() -> [Block] {
    guard !state.spaces.isEmpty else { return [] }
    let lithium = Bibliography.platforms.values.first { $0.short.hasPrefix("Lithium") }?.citation
    var rows: [[Line]] = []
    for kind in [MessageKind.question, .complaint, .criticism, .praise] {
      let target = ResponseTargets.target(kind)
      var why: Line = [.text(s("export.replies.basis.\(kind.rawValue)"))]
      switch kind {
      case .question, .complaint: why += notes(lithium.map { [$0] } ?? [])
      case .criticism: why += notes((lithium.map { [$0] } ?? []) + [Bibliography.assessment])
      case .praise: why += notes([Bibliography.sprout2016, Bibliography.assessment])
      }
      rows.append([
        Self.cell(s("export.replies.kind.\(kind.rawValue)")),
        Self.cell(ResponseTargets.describe(minutes: target.minutes)), why,
      ])
    }
    var blocks: [Block] = [
      .heading(3, [.text(s("export.replies.heading"))]),
      .table(
        [s("export.col.messageKind"), s("export.col.answerWithin"), s("export.col.why")], rows),
    ]
    // Opening hours: the targets count in them, the away message answers outside them.
    if let open = state.profile.open {
      blocks.append(
        .paragraph([.text(s("reply.targets.open", ["hours": open.text(in: strings.language)]))]))
      blocks.append(.label(s("reply.targets.away")))
      blocks.append(.quote(ResponseTargets.awayMessage(state) ?? ""))
    } else if let team = state.profile.team, team.isSmall {
      blocks.append(
        .paragraph([.text(s("export.replies.smallNoHours", ["people": String(team.people)]))]))
    }
    return blocks
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
              Self.cell(String($0.offset + 1)), Self.cell(risk.name),
              Self.cell(labels.crisisType(risk.type)), Self.cell(labels.cluster(risk.type.cluster)),
              Self.cell("\(risk.likelihood) × \(risk.impact) = \(risk.score)"),
            ]
          }))
    }
    // The team once, every seat (named or still to name); each playbook refers to it.
    blocks.append(.heading(3, [.text(s("export.crisis.team"))]))
    let seats = CrisisSeat.seats(of: state.crisisTeam, team: state.profile.team)
    if !state.crisisTeam.isEmpty || !risks.isEmpty {
      blocks.append(
        .table(
          [s("export.col.role"), s("export.col.name"), s("export.col.contact")],
          seats.map {
            [
              Self.cell(labels.role($0.role)),
              Self.cell($0.member?.name ?? holder(of: $0.role)),
              Self.cell($0.member?.contact ?? "—"),
            ]
          }))
    }
    blocks += missing(.crisis, ["guide.missing.team"])
    blocks += watch()
    for (risk, playbook) in zip(risks, facts.playbooks) {
      blocks.append(.heading(3, [.text(s("export.crisis.playbook", ["risk": risk.name]))]))
      blocks.append(.paragraph([.text(s("export.crisis.teamRef"))]))
      blocks.append(.label(s("export.crisis.escalation")))
      blocks.append(.list(playbook.escalation.map { [.text(text($0))] }, ordered: true))
      blocks.append(.label(s("export.crisis.firstHour")))
      blocks.append(.checklist(playbook.checklist.map { [.text(text($0))] }))
      blocks.append(.label(s("export.crisis.statements")))
      if playbook.statements.isEmpty {
        let own = review(.crisis).missing.filter {
          $0.phrase.key == "guide.missing.channels" && $0.phrase.values["name"] == .text(risk.name)
        }
        for item in own { open(item.phrase, item.action?.shownCommand ?? "/spaces choose …") }
        blocks.append(.missing(s("export.missing.label"), own.map { [.text(text($0.phrase))] }))
      }
      // Identical statements once, with every channel that carries them.
      let groups = Self.grouped(playbook.statements, by: \.text).map {
        (text: $0.key, statements: $0.items)
      }
      for group in groups {
        var line: Line = []
        if group.statements.count > 1 {
          line.append(
            .strong(
              Self.sentenceCase(
                s(
                  "export.crisis.sameStatement",
                  ["platforms": labels.list(group.statements.map(\.platform.displayName))])))
          )
          line.append(.text(" — "))
        }
        for (index, statement) in group.statements.enumerated() {
          if index > 0 { line.append(.text(s("export.separator"))) }
          let unit = PlatformCatalog.entry(statement.platform).post.text.unit
          line.append(.emphasis(statement.platform.displayName))
          line.append(
            .text(
              " " + length(statement.length, statement.limit, unit)
                + (statement.valid ? "" : " (" + s("export.crisis.notValid") + ")")))
        }
        blocks.append(.paragraph(line))
        blocks.append(.quote(group.text))
      }
      if let darkSite = playbook.darkSite {
        blocks.append(.label(s("export.crisis.darkSite")))
        blocks.append(.quote(darkSite))
      }
      blocks.append(.label(s("export.crisis.internal")))
      blocks.append(.quote(playbook.internalMessage))
      if let last = state.drills.last(where: { $0.risk == risk.name }) {
        blocks.append(
          .paragraph([
            .strong(s("export.crisis.lastDrill")),
            .text(" " + s("export.crisis.drillResult", ["score": String(last.score)])),
          ]))
        if !last.fixes.isEmpty {
          blocks.append(.list(last.fixes.map { [.text(text($0))] }, ordered: false))
          for fix in last.fixes { open(fix, nil) }
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
            s("export.col.risk"), s("export.col.drillScore"),
            s("export.col.firstResponse"), s("export.col.strategy"),
          ],
          state.drills.map { drill in
            [
              Self.cell(drill.risk), Self.cell("\(drill.score)/100"),
              Self.cell(
                (drill.minutesToFirstResponse.map { "\($0) min" } ?? "—")
                  + " / \(drill.targetMinutes) min"),
              Self.cell(
                (drill.strategyFit ? "✓ " : "✗ ") + labels.strategy(drill.expectedStrategy)),
            ]
          }))
    }
    blocks += triages()
    return .init(
      id: "crisis", heading: s("export.crisis.heading", ["brand": state.name.value]), blocks: blocks
    )
  }

  /// The triages run in the session, each situation once, with what the method answers.
  mutating func triages() -> [Block] {
    var seen: [TriageRecord] = []
    for record in state.triages where !seen.contains(record) { seen.append(record) }
    let rows: [[Line]] = seen.compactMap { record in
      guard let assessment = try? record.assessment(for: state) else { return nil }
      var strategy = labels.strategy(assessment.strategy.rawValue)
      if assessment.bolstering { strategy += s("export.triages.bolstering") }
      return [
        Self.cell(labels.crisisType(record.type)), Self.cell(labels.veracity(record.veracity)),
        Self.cell(labels.harm(record.harm)),
        Self.cell(record.reach.map { strings.language.grouped($0) } ?? "—"),
        Self.cell(strategy), Self.cell(String(assessment.level)),
        Self.cell(ResponseTargets.describe(minutes: assessment.respondWithinMinutes)),
      ]
    }
    guard !rows.isEmpty else { return [] }
    return [
      .heading(3, [.text(s("export.triages.heading")), .note(note(Guidance.scctSource))]),
      .paragraph([.text(s("export.triages.intro"))]),
      .table(
        [
          s("export.col.crisisType"), s("export.col.information"), s("export.col.harm"),
          s("export.col.seenBy"), s("export.col.triageStrategy"), s("export.col.level"),
          s("export.col.answerWithin"),
        ], rows),
    ]
  }

  // MARK: Accessibility (issue 15 §6)

  /// A message's image or video in the plan: what it is, its alt text, and what it still lacks
  /// on each platform (an open point with the command that settles it).
  mutating func media(_ message: ContentMessage) -> [Block] {
    guard let media = message.media else { return [] }
    let source =
      media.kind == .image ? MediaAccessibility.altSource : MediaAccessibility.captionsSource
    var blocks: [Block] = [
      .paragraph(
        [
          .text(
            media.alt.map {
              s("export.content.media.\(media.kind.rawValue).alt", ["alt": $0])
            } ?? s("export.content.media.\(media.kind.rawValue)"))
        ] + notes([source.citation]))
    ]
    var lacks: [Line] = []
    for platform in message.variants.keys.sorted() {
      for finding in MediaAccessibility.findings(message, on: platform) {
        let name = platform.displayName
        let phrase: Phrase
        let command: String?
        switch finding {
        case .noAlt:
          phrase = Phrase("export.content.noAlt")
          command = "/content message alt \(message.id) …"
        case .altTooLong(let field, let length, let limit):
          phrase = Phrase(
            "export.content.altTooLong",
            [
              "platform": .text(name), "field": .phrase(PostLimit.fieldPhrase(field)),
              "length": .number(length), "limit": .number(limit),
            ])
          command = "/content message alt \(message.id) …"
        case .noAltField:
          phrase = Phrase("export.content.noAltField", text: ["platform": name])
          command = nil
        case .noCaptions:
          phrase = Phrase("export.content.noCaptions")
          command = "/content message captions \(message.id) yes"
        }
        let line: Line = [.text(phrase.render(strings))]
        if !lacks.contains(line) { lacks.append(line) }
        open(phrase, command)
      }
    }
    if !lacks.isEmpty { blocks.append(.missing(s("export.missing.label"), lacks)) }
    return blocks
  }
}
