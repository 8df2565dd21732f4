import Foundation
import SMMCore

/// The formats a brand's plan is written in, shared by `smm export` and `/export`.
package enum PlanFormat: String, CaseIterable, Sendable {
  /// The plan as JSON, under `schemas/plan.schema.json`.
  case json
  /// The plan as Markdown.
  case md
  /// The plan as one printable HTML page with charts.
  case html
  /// The HTML plan printed to PDF by a headless Chromium (cover, page numbers).
  case pdf
  /// The brand's log as a replayable `.smm` script.
  case script
  /// The calendar as iCalendar (RFC 5545).
  case ics
  /// The calendar as CSV, for schedulers.
  case csv

  /// Whether `--section` applies (the plan documents).
  package var takesSection: Bool { self == .md || self == .html || self == .pdf }

  /// Whether `--notes` applies (the plan documents).
  package var takesNotes: Bool { takesSection }

  /// The file name `/export` proposes: `le-fournil-plan.html`, `le-fournil.ics`…
  package func defaultFileName(for brand: String) -> String {
    var slug = ""
    for character in brand.lowercased() {
      if character.isLetter || character.isNumber {
        slug.append(character)
      } else if slug.last != "-" {
        slug.append("-")
      }
    }
    slug = String(slug.drop(while: { $0 == "-" }).reversed().drop(while: { $0 == "-" }).reversed())
    if slug.isEmpty { slug = "brand" }
    switch self {
    case .json: return slug + "-plan.json"
    case .md: return slug + "-plan.md"
    case .html: return slug + "-plan.html"
    case .pdf: return slug + "-plan.pdf"
    case .script: return slug + ".smm"
    case .ics: return slug + ".ics"
    case .csv: return slug + "-calendar.csv"
    }
  }
}

/// A brand's plan as text in a format (`TextFile` writes it).
///
/// No format carries a raw control character from the brand's data: Markdown and scripts pass
/// through ``TerminalText/inert(_:)`` (a script line holding one could not be replayed anyway:
/// the shell refuses control characters), HTML, CSV and iCalendar escape their values, JSON
/// writes `\u00XX`.
package enum PlanExporter {
  /// The text of `brand`'s plan in `format`; `script` is the brand's log, for `.script`.
  /// - Throws: ``ShellError/usage(_:usage:)`` for a calendar format when there is no calendar.
  package static func text(
    _ format: PlanFormat, state: BrandState, script: @autoclosure () throws(ShellError) -> [String],
    section: String?, language: Language, now: Date, notes: Bool = false
  ) throws(ShellError) -> String {
    switch format {
    case .json: return PlanExport.json(state)
    case .script: return try script().map { TerminalText.inert($0) + "\n" }.joined()
    case .md:
      return TerminalText.inert(
        MarkdownExport.plan(state, section: section, language: language, notes: notes))
    case .html, .pdf:
      return HTMLExport.plan(
        state, section: section, language: language, notes: notes,
        date: PlanLabels(Strings.of(language)).long(day(now)))
    case .ics, .csv:
      guard state.content.calendar != nil else {
        throw .usage(
          Phrase("usage.export.noCalendar", text: ["brand": state.name.value]), usage: "")
      }
      return format == .ics ? CalendarExport.ics(state, stamp: now) : CalendarExport.csv(state)
    }
  }

  /// The day of `now` in UTC, for the document's date.
  static func day(_ now: Date) -> CivilDate {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
    let parts = calendar.dateComponents([.year, .month, .day], from: now)
    return (try? CivilDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1))
      ?? CivilDate(dayNumber: 0)
  }
}
