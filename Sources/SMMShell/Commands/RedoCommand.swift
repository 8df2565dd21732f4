import SMMCore

/// `/redo`: bring back what `/undo` took back.
package struct RedoCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "redo",
    usage: "/redo",
    examples: ["/redo"],
    keywords: ["redo", "again", "refaire", "retablir"])

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let (_, entry, notes) = try session.moveHead(forward: true)
    return CommandOutput(
      [session.strings("redo.done", ["seq": String(entry.seq), "command": entry.command])],
      notes: notes)
  }
}
