import ArgumentParser
import Foundation
import SMMCore
import SMMShell

/// The formats `smm export` writes so far.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
  /// The plan as JSON, under `schemas/plan.schema.json`.
  case json
  /// The brand's log as a replayable `.smm` script.
  case script
  /// The calendar as iCalendar (RFC 5545).
  case ics
  /// The calendar as CSV, for schedulers.
  case csv
  /// The plan as Markdown (`--section` for one part, e.g. the crisis binder).
  case md
}

/// `smm export BRAND --format json|script [-o FILE]`.
struct ExportCommandLine: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write a brand's plan (json) or its replayable script.")

  @Argument(help: "The brand to export.")
  var brand: String

  @Option(
    help:
      "json (the plan, schemas/plan.schema.json), md (the plan as Markdown), script (the log as .smm), ics (the calendar) or csv (the calendar for a scheduler)."
  )
  var format: ExportFormat

  @Option(
    help: ArgumentHelp(
      "With md: only this part — brand, spaces, content, communities or crisis (the crisis binder).",
      valueName: "section"))
  var section: String?

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
  var output: String?

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    if let section, !MarkdownExport.sections.contains(section) {
      throw ValidationError(
        "--section takes \(MarkdownExport.sections.joined(separator: ", ")), not \"\(section)\"")
    }
    if section != nil && format != .md {
      throw ValidationError("--section goes with --format md")
    }
  }

  mutating func run() throws {
    let launch = try Launch(global)
    let text: String
    do {
      switch format {
      case .json:
        text = PlanExport.json(try launch.session.loadBrand(named: brand).state).text() + "\n"
      case .script:
        text = try launch.session.script(named: brand).map { $0 + "\n" }.joined()
      case .md:
        if let section, !MarkdownExport.sections.contains(section) {
          throw ShellError.usage(
            "--section takes \(MarkdownExport.sections.joined(separator: ", ")), not \"\(section)\"",
            usage: "")
        }
        text = MarkdownExport.plan(
          try launch.session.loadBrand(named: brand).state, section: section)
      case .ics, .csv:
        let state = try launch.session.loadBrand(named: brand).state
        guard state.content.calendar != nil else {
          throw ShellError.usage(
            "\(state.name) has no calendar yet; plan one with /calendar plan WEEKS first", usage: ""
          )
        }
        text =
          format == .ics
          ? CalendarExport.ics(state, stamp: launch.session.environment.now())
          : CalendarExport.csv(state)
      }
    } catch let error as ShellError {
      launch.fail(error.description)
      throw ExitCode(1)
    } catch {
      launch.fail("\(error)")
      throw ExitCode(1)
    }
    guard let output else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    do {
      try Data(text.utf8).write(
        to: URL(fileURLWithPath: launch.session.environment.resolve(output)), options: .atomic)
    } catch {
      launch.fail("cannot write \(output): \(error.localizedDescription)")
      throw ExitCode(1)
    }
  }
}
