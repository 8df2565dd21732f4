import Foundation
import SMMCore

/// `/save FILE [--force]`: write the open brand's log as a replayable script.
public struct SaveCommand: ShellCommand {
  public static let spec = CommandSpec(
    name: "save",
    usage: "/save FILE [--force]",
    examples: ["/save acme.smm"],
    arguments: [ArgumentSpec("FILE", .filePath)],
    flags: [FlagSpec("--force")],
    keywords: ["save", "export", "script", "write", "file", "sauver", "enregistrer", "fichier"])

  let path: String
  let force: Bool

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    path = arguments[0] ?? ""
    force = arguments.flags.contains("--force")
  }

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let brand = try session.requireBrand()
    let (entries, head) = try session.log()
    // Unreadable entries are left out, as in `smm export --format script`.
    let damaged = Set(brand.damage.map(\.seq))
    let kept = entries.filter { $0.seq <= head && !damaged.contains($0.seq) }
    let environment = session.environment
    var text =
      "# smm script: brand \(brand.state.name), \(kept.count) command\(kept.count == 1 ? "" : "s"), saved \(environment.formatTime(environment.now()))\n"
    text += "# replay with: smm run FILE   (or /run FILE inside smm)\n"
    // A control character stored by an older smm is written visible (␛): the shell refuses
    // raw ones, so the script still replays, and `cat` of it is safe.
    for entry in kept { text += TerminalText.inert(entry.command) + "\n" }
    try TextFile.write(text, to: environment.resolve(path), shown: path, force: force)
    return CommandOutput(
      [
        session.strings.format(
          "save.done",
          [
            "count": .number(kept.count), "name": .text(brand.state.name.value),
            "path": .text(path),
          ])
      ],
      command: "/save \(CommandText.quote(path))\(force ? " --force" : "")")
  }
}
