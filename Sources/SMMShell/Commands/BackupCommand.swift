import SMMCore

/// `/backup FILE [--force]`: a consistent single-file copy of the whole workspace, checked.
package struct BackupCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "backup",
    usage: "/backup FILE",
    examples: ["/backup ~/backups/smm-2026-01-15.sqlite"],
    arguments: [ArgumentSpec("FILE", .filePath)],
    flags: [FlagSpec("--force")],
    keywords: ["backup", "copy", "sauvegarde", "sauvegarder", "copie"])

  let path: String
  let force: Bool

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    path = arguments[0] ?? ""
    force = arguments.flags.contains("--force")
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    .session(
      .backup(path: context.environment.resolve(path), shown: path, replacing: force)
    ) { result in
      CommandOutput(result.backup.map { [Self.done($0, result.strings)] } ?? [])
    }
  }

  /// `Backed up the workspace to FILE: …`, in `strings`' language.
  package static func done(_ backup: WorkspaceBackup, _ strings: Strings) -> String {
    strings.format(
      "backup.done",
      [
        "path": .text(backup.path), "brands": .number(backup.brands),
        "entries": .number(backup.entries),
      ])
  }
}
