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
  /// The plan as one printable HTML page with charts (`--section` works too).
  case html
}

extension Language: ExpressibleByArgument {}

/// `smm export BRAND --format json|md|html|script|ics|csv [--lang en|fr] [-o FILE [--force]]`.
struct ExportCommandLine: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract:
      "Write a brand's plan (md, html, json), its calendar (ics, csv) or its replayable script.")

  @Argument(help: "The brand to export.")
  var brand: String

  @Option(
    help:
      "json (the plan, schemas/plan.schema.json), md (the plan as Markdown), html (the plan as a printable page), script (the log as .smm), ics (the calendar) or csv (the calendar for a scheduler)."
  )
  var format: ExportFormat

  @Option(
    help: ArgumentHelp(
      "With md or html: only this part — brand, spaces, content, communities or crisis (the crisis binder).",
      valueName: "section"))
  var section: String?

  @Option(
    help: ArgumentHelp(
      "The language of the md and html plan: en or fr (default: the workspace's /lang choice, else LC_ALL, LC_MESSAGES, LANG).",
      valueName: "language"))
  var lang: Language?

  @Flag(help: "With -o: replace the file when it exists.")
  var force = false

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
    if section != nil && format != .md && format != .html {
      throw ValidationError("--section goes with --format md or html")
    }
    if force && output == nil {
      throw ValidationError("--force goes with -o FILE")
    }
  }

  mutating func run() throws {
    let launch = try Launch(global)
    let language = lang ?? launch.session.language
    var target: String?
    if let output {
      let path = launch.session.environment.resolve(output)
      if !force && FileManager.default.fileExists(atPath: path) {
        launch.fail("\(output) already exists: nothing was written; add --force to replace it")
        throw ExitCode(1)
      }
      target = path
    }
    let text: String
    do {
      switch format {
      case .json:
        text = PlanExport.json(try launch.session.loadBrand(named: brand).state).text() + "\n"
      case .script:
        text = try launch.session.script(named: brand).map { $0 + "\n" }.joined()
      case .md:
        text = MarkdownExport.plan(
          try launch.session.loadBrand(named: brand).state, section: section, language: language)
      case .html:
        text = HTMLExport.plan(
          try launch.session.loadBrand(named: brand).state, section: section, language: language)
      case .ics, .csv:
        let state = try launch.session.loadBrand(named: brand).state
        guard state.content.calendar != nil else {
          throw ShellError.usage(
            Phrase("usage.export.noCalendar", text: ["brand": state.name.value]), usage: "")
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
    guard let output, let target else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    do {
      // Without --force, the file must still not exist when it is written (no race with
      // another writer): create it exclusively.
      if force {
        try Data(text.utf8).write(to: URL(fileURLWithPath: target), options: .atomic)
      } else {
        try Data(text.utf8).write(to: URL(fileURLWithPath: target), options: .withoutOverwriting)
      }
    } catch {
      launch.fail("cannot write \(output): \(error.localizedDescription)")
      throw ExitCode(1)
    }
  }
}
