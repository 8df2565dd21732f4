import SMMCore

/// `/redo`: bring back what `/undo` took back.
public struct RedoCommand: ShellCommand {
  public static let spec = CommandSpec(
    name: "redo",
    usage: "/redo",
    examples: ["/redo"],
    keywords: ["redo", "again", "refaire", "retablir"])

  public init(_ arguments: ParsedArguments) throws(ShellError) {}

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let (_, entry, notes) = try session.moveHead(forward: true)
    return CommandOutput(
      [session.strings("redo.done", ["seq": String(entry.seq), "command": entry.command])],
      notes: notes)
  }
}
