import Foundation
import SMMCore

/// `/save FILE [--force] [--template]`: write the open brand's log as a replayable script;
/// `--template` writes the brand's name as `{{brand}}`, for `smm run FILE --set brand=NAME`.
package struct SaveCommand: FileWritingCommand {
  package static let spec = CommandSpec(
    name: "save",
    usage: "/save FILE [--force] [--compact] [--template]",
    examples: ["/save acme.smm", "/save acme.smm --compact", "/save onboarding.smm --template"],
    arguments: [ArgumentSpec("FILE", .filePath)],
    flags: [FlagSpec("--force"), FlagSpec("--compact"), FlagSpec("--template")],
    keywords: ["save", "export", "script", "write", "file", "sauver", "enregistrer", "fichier"])

  private(set) var path: String
  var force: Bool
  let template: Bool
  let compact: Bool

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    path = arguments[0] ?? ""
    force = arguments.flags.contains("--force")
    template = arguments.flags.contains("--template")
    compact = arguments.flags.contains("--compact")
  }

  /// Imported rows (`/metrics load --dataset …`) as CSV files beside the script, named after
  /// it (`plan.metrics-1.csv`), each read back by a `/metrics import FILE` line: the replay
  /// parses the rows once instead of a megabyte line. Returns the script's commands and the
  /// files to write.
  func datasets(_ commands: [String], brand: OpenBrand, context: CommandContext)
    throws(ShellError) -> (commands: [String], files: [FileWrite])
  {
    let stem = path.hasSuffix(".smm") ? String(path.dropLast(4)) : path
    var number = 0
    var out: [String] = []
    var files: [FileWrite] = []
    for command in commands {
      guard let hash = MetricsDataset.hash(in: command) else {
        out.append(command)
        continue
      }
      number += 1
      let csvPath = "\(stem).metrics-\(number).csv"
      guard
        let csv = try context.workspace.reading({ store in
          try store.dataset(ofBrand: brand.record.id, hash: hash)
        })
      else { continue }
      files.append(
        FileWrite(
          csv, to: context.environment.resolve(csvPath), shown: csvPath, replacing: force))
      out.append("/metrics import \(CommandText.quote(csvPath))")
    }
    return (out, files)
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let brand = try context.requireBrand()
    if let question = try replaceQuestion(path, force: force, in: context) { return question }
    var commands = try context.script()
    if compact { commands = (try? CompactScript.compact(commands)) ?? commands }
    commands = commands.map(BrandTemplate.literal)
    if template { commands = BrandTemplate.make(commands) }
    let (scriptCommands, files) = try datasets(commands, brand: brand, context: context)
    commands = scriptCommands
    let environment = context.environment
    var text =
      "# smm \(template ? "template" : "script"): brand \(brand.state.name), \(commands.count) command\(commands.count == 1 ? "" : "s"), saved \(environment.formatTime(environment.now()))\n"
    text +=
      template
      ? "# replay with: smm run FILE --set brand=\"New Client\"\n"
      : "# replay with: smm run FILE   (or /run FILE inside smm)\n"
    // A control character stored by an older smm is written visible (␛): the shell refuses
    // raw ones, so the script still replays, and `cat` of it is safe.
    for command in commands { text += TerminalText.inert(command) + "\n" }
    let script = FileWrite(text, to: environment.resolve(path), shown: path, replacing: force)
    let count = commands.count
    let name = brand.state.name.value
    let command =
      "/save \(CommandText.quote(path))\(force ? " --force" : "")\(compact ? " --compact" : "")\(template ? " --template" : "")"
    return .session(.writeFiles(files + [script])) { result in
      CommandOutput(
        [
          result.strings.format(
            "save.done",
            ["count": .number(count), "name": .text(name), "path": .text(path)])
        ], command: command)
    }
  }

  mutating func target(_ file: String) { path = file }
}
