import Foundation
import SMMCore

/// `/calendar`: the publishing calendar as a week grid; `/calendar plan WEEKS` plans it.
package struct CalendarCommand: PrintedCommand {
  package static let spec = CommandSpec(
    name: "calendar",
    usage: "/calendar [plan WEEKS [--start YYYY-MM-DD]]",
    examples: ["/calendar plan 4 --start 2026-12-07", "/calendar"],
    arguments: [
      ArgumentSpec("plan", .choice(["plan"]), optional: true),
      ArgumentSpec("WEEKS", .text, optional: true),
    ],
    flags: [
      FlagSpec("--start", values: [])
    ],
    keywords: ["calendar", "schedule", "plan", "weeks", "calendrier", "planning", "semaines"])

  let weeks: Int?
  let start: CivilDate?

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    guard let action = arguments[0] else {
      weeks = nil
      start = nil
      return
    }
    guard action.lowercased() == "plan", let text = arguments[1], let weeks = Int(text) else {
      throw .usage(Phrase("usage.calendar.plan"), usage: Self.spec.usage)
    }
    self.weeks = weeks
    start = try arguments.options["--start"].map { text throws(ShellError) in
      try DomainArguments.domain { try CivilDate(parsing: text) }
    }
  }

  package var change: BrandChange? {
    guard let weeks, let start else { return nil }
    return .planCalendar(weeks: weeks, start: start)
  }

  package var canonicalArguments: ParsedArguments {
    guard let weeks else { return ParsedArguments() }
    return ParsedArguments(
      ["plan", String(weeks)], options: start.map { ["--start": "\($0)"] } ?? [:])
  }

  private init(weeks: Int, start: CivilDate) {
    self.weeks = weeks
    self.start = start
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let state = try context.requireState()
    let s = context.strings
    guard let weeks else { return .show(CommandOutput(Self.grid(state, s))) }
    // A --start the user gave is kept as given; without one, the next Monday from today,
    // written into the log.
    let first = start ?? Self.today(context.environment).nextMonday
    let canonical = CalendarCommand(weeks: weeks, start: first).canonical
    return .change(
      ProposedChange(.planCalendar(weeks: weeks, start: first), canonical: canonical) {
        CommandOutput(Self.grid($0.state, s), command: canonical)
      })
  }

  static func today(_ environment: ShellEnvironment) -> CivilDate {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = environment.timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: environment.now())
    return (try? CivilDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1))
      ?? CivilDate(dayNumber: 0)
  }

  /// Each platform's code in the grid (its platform file's `calendar-code`).
  static var codes: [Platform: String] {
    Dictionary(uniqueKeysWithValues: PlatformCatalog.all.map { ($0.platform, $0.calendarCode) })
  }

  static func grid(_ state: BrandState, _ s: Strings) -> [String] {
    guard let plan = state.content.calendar else {
      return [s.guidance("calendar.none")]
    }
    let cadence = state.spaces.compactMap { platform in
      plan.cadence[platform].map { "\(platform.rawValue) \($0)" }
    }.joined(separator: ", ")
    let days = ["mon", "tue", "wed", "thu", "fri", "sat"].map {
      TextWrap.pad(s("calendar.day.\($0)"), to: 9)
    }
    var lines = [
      s.format(
        "calendar.title",
        [
          "name": .text(state.name.value), "weeks": .number(plan.weeks),
          "start": .phrase(.longDate(plan.start)), "cadence": .text(cadence),
        ]),
      TextWrap.pad(s("calendar.weekOf"), to: 12) + days.joined() + s("calendar.day.sun"),
    ]
    let byDay = Dictionary(grouping: plan.slots, by: \.date)
    // The rows are Monday weeks: from the Monday on or before the start, one row more when
    // the start is not a Monday (the days before the start and after the end stay empty).
    let firstMonday = plan.start.adding(days: -plan.start.weekday)
    let rows = plan.weeks + (plan.start.weekday == 0 ? 0 : 1)
    for week in 0..<rows {
      let monday = firstMonday.adding(days: week * 7)
      var row = TextWrap.pad(monday.description, to: 12)
      for day in 0..<7 {
        let slots = byDay[monday.adding(days: day)] ?? []
        let cells = slots.map { slot in
          (codes[slot.platform] ?? "?") + (slot.messageID.map { String($0) } ?? "✎")
        }
        var cell = cells.joined(separator: " ")
        if cell.count > 8, let first = cells.first { cell = first + " +\(cells.count - 1)" }
        row += TextWrap.pad(cell, to: 9)
      }
      lines.append(String(row.reversed().drop(while: { $0 == " " }).reversed()))
    }
    let toWrite = plan.slots.filter { $0.messageID == nil }.count
    let codeList = state.spaces.map { "\(codes[$0] ?? "?") \($0.rawValue)" }.joined(
      separator: ", ")
    // The legend's example is a real slot of this calendar (ig1: message 1's Instagram post).
    let sample = plan.slots.first { $0.messageID != nil }
    let example: [String: Phrase.Value] = [
      "example": .text(
        sample.map { (codes[$0.platform] ?? "?") + String($0.messageID ?? 0) } ?? "ig1"),
      "id": .number(sample?.messageID ?? 1),
      "platform": .text(sample?.platform.displayName ?? "Instagram"),
    ]
    lines.append(
      s.format(
        toWrite > 0 ? "calendar.legendToWrite" : "calendar.legend",
        example.merging(
          [
            "posts": .number(plan.slots.count), "toWrite": .number(toWrite),
            "codes": .text(codeList),
          ], uniquingKeysWith: { first, _ in first })))
    lines += plan.notes.map { $0.render(s) }
    return lines
  }
}
