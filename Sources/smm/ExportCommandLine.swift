import ArgumentParser
import Foundation
import SMMCore
import SMMShell

extension PlanFormat: ExpressibleByArgument {}

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
      "json (the plan, schemas/plan.schema.json), md (the plan as Markdown), html (the plan as a printable page), pdf (the page printed by a headless Chromium, to -o FILE or BRAND-plan.pdf), script (the log as .smm), ics (the calendar) or csv (the calendar for a scheduler)."
  )
  var format: PlanFormat

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

  @Flag(
    help:
      "With md or html: add an appendix for the consultant with the smm commands that settle each open point (not for the client)."
  )
  var notes = false

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
    if section != nil && !format.takesSection {
      throw ValidationError("--section goes with --format md or html")
    }
    if notes && !format.takesNotes {
      throw ValidationError("--notes goes with --format md or html")
    }
    if force && output == nil && format != .pdf {
      throw ValidationError("--force goes with -o FILE")
    }
  }

  mutating func run() throws {
    let launch = try Launch(global)
    let session = launch.session
    let language = lang ?? session.language
    let target = output.map { session.environment.resolve($0) }
    if let output, let target, !force, FileManager.default.fileExists(atPath: target) {
      launch.fail(ShellError.fileExists(output).description)
      throw ExitCode(1)
    }
    do {
      let brand = try session.loadBrand(named: brand)
      for note in session.workspaceNotes() + session.damageNotes(for: brand) {
        FileHandle.standardError.write(Data((note + "\n").utf8))
      }
      let text = try PlanExporter.text(
        format, state: brand.state, script: try session.script(named: brand.state.name.value),
        section: section, language: language, now: session.environment.now(), notes: notes)
      if format == .pdf {
        // A PDF goes to a file: -o, or the name the brand gives.
        let shown = output ?? format.defaultFileName(for: brand.state.name.value)
        let path = target ?? session.environment.resolve(shown)
        try PDFPrinter.print(
          text, to: path, shown: shown, browser: PDFPrinter.browser(), force: force,
          strings: Strings.of(language))
        return
      }
      guard let output, let target else {
        FileHandle.standardOutput.write(Data(text.utf8))
        return
      }
      try TextFile.write(text, to: target, shown: output, force: force)
    } catch {
      launch.fail(error.description)
      throw ExitCode(1)
    }
  }
}
