import SMMCore

/// `/undo`: take back the open brand's last change.
package struct UndoCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "undo",
    usage: "/undo",
    examples: ["/undo"],
    keywords: ["undo", "back", "revert", "cancel", "annuler", "defaire"])

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    .session(.undo) { result in
      guard let (brand, entry, notes) = result.moved else { return CommandOutput([]) }
      return CommandOutput(
        [
          result.strings.guidance(
            "undo.done",
            [
              "seq": String(entry.seq), "command": entry.command, "name": brand.state.name.value,
              "head": String(brand.record.head),
            ])
        ],
        notes: notes)
    }
  }
}
