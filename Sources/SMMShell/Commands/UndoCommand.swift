import SMMCore

/// `/undo`: take back the open brand's last change.
package struct UndoCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "undo",
    usage: "/undo",
    examples: ["/undo"],
    keywords: ["undo", "back", "revert", "cancel", "annuler", "defaire"])

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let (brand, entry, notes) = try session.moveHead(forward: false)
    return CommandOutput(
      [
        session.strings.guidance(
          "undo.done",
          [
            "seq": String(entry.seq), "command": entry.command, "name": brand.state.name.value,
            "head": String(brand.record.head),
          ])
      ],
      notes: notes)
  }
}
