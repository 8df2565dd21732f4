import SMMCore

/// `/history`: the open brand's log, numbered, with times.
public struct HistoryCommand: ShellCommand {
  public static let spec = CommandSpec(
    name: "history", aliases: ["log"],
    usage: "/history",
    examples: ["/history"],
    keywords: ["history", "log", "changes", "journal", "historique"])

  public init(_ arguments: ParsedArguments) throws(ShellError) {}

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let brand = try session.requireBrand()
    let (entries, head) = try session.log()
    // The widest number, not the count: a damaged log may have gaps (entries 1, 2, 1002).
    let digits = entries.map { String($0.seq).count }.max() ?? 1
    let strings = session.strings
    var lines = [strings("history.title", ["name": brand.state.name.value])]
    for entry in entries {
      let seq = String(entry.seq)
      let number = String(repeating: " ", count: max(0, digits - seq.count)) + seq
      let undone = entry.seq > head ? "  " + strings.guidance("history.undone") : ""
      lines.append(
        "  \(number)  \(session.environment.formatTime(entry.recordedAt))  \(entry.command)\(undone)"
      )
    }
    return CommandOutput(lines)
  }
}
