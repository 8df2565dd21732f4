import SMMCore

/// `/undo`: take back the open brand's last change.
public struct UndoCommand: ShellCommand {
  public static let spec = CommandSpec(
    name: "undo",
    abstract: "Take back the last change to the open brand",
    usage: "/undo",
    discussion:
      "Steps the brand's log back one command; /redo brings it back until a new change is made. The brand's creation is not undone: use /delete for that.",
    examples: ["/undo"],
    keywords: ["undo", "back", "revert", "cancel", "annuler", "defaire"])

  public init(_ arguments: ParsedArguments) throws(ShellError) {}

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let (brand, entry, notes) = try session.moveHead(forward: false)
    return CommandOutput(
      [
        session.strings(
          "undo.done",
          [
            "seq": String(entry.seq), "command": entry.command, "name": brand.state.name.value,
            "head": String(brand.record.head),
          ])
      ],
      notes: notes)
  }
}
