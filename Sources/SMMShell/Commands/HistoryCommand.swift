import SMMCore

/// `/history`: the open brand's log, numbered, with times.
package struct HistoryCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "history", aliases: ["log"],
    usage: "/history",
    examples: ["/history"],
    keywords: ["history", "log", "changes", "journal", "historique"])

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let brand = try context.requireBrand()
    let (entries, head) = try context.log()
    // The widest number, not the count: a damaged log may have gaps (entries 1, 2, 1002).
    let digits = entries.map { String($0.seq).count }.max() ?? 1
    let strings = context.strings
    var lines = [strings("history.title", ["name": brand.state.name.value])]
    for entry in entries {
      let seq = String(entry.seq)
      let number = String(repeating: " ", count: max(0, digits - seq.count)) + seq
      let undone = entry.seq > head ? "  " + strings.guidance("history.undone") : ""
      lines.append(
        "  \(number)  \(context.environment.formatTime(entry.recordedAt))  \(entry.command)\(undone)"
      )
    }
    return .show(CommandOutput(lines))
  }
}
