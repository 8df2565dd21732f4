import Foundation
import SMMCore

/// `/save FILE [--force] [--template]`: write the open brand's log as a replayable script;
/// `--template` writes the brand's name as `{{brand}}`, for `smm run FILE --set brand=NAME`.
package struct SaveCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "save",
    usage: "/save FILE [--force] [--compact] [--template]",
    examples: ["/save acme.smm", "/save acme.smm --compact", "/save onboarding.smm --template"],
    arguments: [ArgumentSpec("FILE", .filePath)],
    flags: [FlagSpec("--force"), FlagSpec("--compact"), FlagSpec("--template")],
    keywords: ["save", "export", "script", "write", "file", "sauver", "enregistrer", "fichier"])

  let path: String
  let force: Bool
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
  /// parses the rows once instead of a megabyte line.
  func writeDatasets(
    _ commands: [String], brand: OpenBrand, script: String, in session: ShellSession
  ) throws(ShellError) -> [String] {
    let stem = script.hasSuffix(".smm") ? String(script.dropLast(4)) : script
    var number = 0
    var out: [String] = []
    for command in commands {
      guard let hash = MetricsDataset.hash(in: command) else {
        out.append(command)
        continue
      }
      number += 1
      let csvPath = "\(stem).metrics-\(number).csv"
      guard
        let csv = try session.workspace.reading({ store in
          try store.dataset(ofBrand: brand.record.id, hash: hash)
        })
      else { continue }
      try TextFile.write(
        csv, to: session.environment.resolve(csvPath), shown: csvPath, force: force)
      out.append("/metrics import \(CommandText.quote(csvPath))")
    }
    return out
  }

  package func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let brand = try session.requireBrand()
    let (entries, head) = try session.log()
    // Unreadable entries are left out, as in `smm export --format script`.
    let damaged = Set(brand.damage.map(\.seq))
    let kept = entries.filter { $0.seq <= head && !damaged.contains($0.seq) }
    var commands = kept.map(\.command)
    if compact { commands = (try? CompactScript.compact(commands)) ?? commands }
    commands = commands.map(BrandTemplate.literal)
    if template { commands = BrandTemplate.make(commands) }
    commands = try writeDatasets(commands, brand: brand, script: path, in: session)
    let environment = session.environment
    var text =
      "# smm \(template ? "template" : "script"): brand \(brand.state.name), \(commands.count) command\(commands.count == 1 ? "" : "s"), saved \(environment.formatTime(environment.now()))\n"
    text +=
      template
      ? "# replay with: smm run FILE --set brand=\"New Client\"\n"
      : "# replay with: smm run FILE   (or /run FILE inside smm)\n"
    // A control character stored by an older smm is written visible (␛): the shell refuses
    // raw ones, so the script still replays, and `cat` of it is safe.
    for command in commands { text += TerminalText.inert(command) + "\n" }
    try TextFile.write(text, to: environment.resolve(path), shown: path, force: force)
    return CommandOutput(
      [
        session.strings.format(
          "save.done",
          [
            "count": .number(commands.count), "name": .text(brand.state.name.value),
            "path": .text(path),
          ])
      ],
      command:
        "/save \(CommandText.quote(path))\(force ? " --force" : "")\(compact ? " --compact" : "")\(template ? " --template" : "")"
    )
  }
}
