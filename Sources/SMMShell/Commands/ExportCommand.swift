import Foundation
import SMMCore

/// `/export FORMAT [FILE] [--section S] [--force]`: write the open brand's plan (md, html,
/// json), its calendar (ics, csv) or its script, from inside the shell.
package struct ExportCommand: FileWritingCommand {
  package static let spec = CommandSpec(
    name: "export",
    usage: "/export html|md|pdf|json|ics|csv|script [FILE] [--section S] [--notes] [--force]",
    examples: ["/export html", "/export md crisis-binder.md --section crisis"],
    arguments: [
      ArgumentSpec("FORMAT", .choice(PlanFormat.allCases.map(\.rawValue))),
      ArgumentSpec("FILE", .filePath, optional: true),
    ],
    flags: [
      FlagSpec("--section", values: MarkdownExport.sections),
      FlagSpec("--notes"),
      FlagSpec("--force"),
    ],
    keywords: [
      "export", "exporter", "exporte", "plan", "html", "markdown", "pdf", "deliverable",
      "livrable", "document", "print", "imprimer",
    ])

  let format: PlanFormat
  private(set) var file: String?
  let section: String?
  /// Whether the consultant's appendix (the commands that settle each open point) is added.
  let notes: Bool
  var force: Bool

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    guard let format = arguments[0].flatMap({ PlanFormat(rawValue: $0.lowercased()) }) else {
      throw .usage(Phrase("usage.export.format"), usage: Self.spec.usage)
    }
    self.format = format
    file = arguments[1]
    section = arguments.options["--section"]
    force = arguments.flags.contains("--force")
    notes = arguments.flags.contains("--notes")
    if section != nil && !format.takesSection {
      throw .usage(Phrase("usage.export.section"), usage: Self.spec.usage)
    }
    if notes && !format.takesNotes {
      throw .usage(Phrase("usage.export.notes"), usage: Self.spec.usage)
    }
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let brand = try context.requireBrand()
    let shown = try file(in: context)
    if let question = try replaceQuestion(shown, force: force, in: context) { return question }
    let text = try PlanExporter.text(
      format, state: brand.state, script: try context.script(), section: section,
      language: context.strings.language, now: context.environment.now(), notes: notes)
    var command = "/export \(format.rawValue) \(CommandText.quote(shown))"
    if let section { command += " --section \(section)" }
    if notes { command += " --notes" }
    if force { command += " --force" }
    let name = brand.state.name.value
    let write = FileWrite(
      text, to: context.environment.resolve(shown), shown: shown, replacing: force)
    // A PDF is printed by a headless browser from the HTML plan.
    return .session(format == .pdf ? .printPDF(write) : .writeFiles([write])) { result in
      CommandOutput(
        [
          result.strings.format(
            "export.shell.wrote",
            [
              "what": .phrase(Phrase("export.shell.what.\(format.rawValue)")),
              "name": .text(name), "path": .text(shown),
              "size": .text(
                PlanLabels(result.strings).size(result.written.first ?? text.utf8.count)),
            ])
        ], command: command)
    }
  }

  /// The file it writes, as the user gave it, or the name the brand gives.
  private func file(in context: CommandContext) throws(ShellError) -> String {
    if let file { return file }
    return format.defaultFileName(for: try context.requireState().name.value)
  }

  mutating func target(_ file: String) { self.file = file }
}
