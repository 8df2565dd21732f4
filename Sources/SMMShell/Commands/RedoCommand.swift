import SMMCore

/// `/redo`: bring back what `/undo` took back.
public struct RedoCommand: ShellCommand {
  public static let spec = CommandSpec(
    name: "redo",
    abstract: "Bring back the change /undo took back",
    usage: "/redo",
    discussion:
      "Replays the next undone command of the brand's log. A new change after /undo drops what could have been redone.",
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
