import SMMCore

/// `/redo`: bring back what `/undo` took back.
package struct RedoCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "redo",
    usage: "/redo",
    examples: ["/redo"],
    keywords: ["redo", "again", "refaire", "retablir"])

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    .session(.redo) { result in
      guard let (_, entry, notes) = result.moved else { return CommandOutput([]) }
      return CommandOutput(
        [result.strings("redo.done", ["seq": String(entry.seq), "command": entry.command])],
        notes: notes)
    }
  }
}
