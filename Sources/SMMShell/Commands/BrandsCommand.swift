import SMMCore

/// `/brands`: the brands of the workspace.
public struct BrandsCommand: ShellCommand {
  public static let spec = CommandSpec(
    name: "brands",
    usage: "/brands",
    examples: ["/brands"],
    keywords: ["brands", "list", "all", "marques", "liste", "clients"])

  public init(_ arguments: ParsedArguments) throws(ShellError) {}

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let records = try session.workspace.read { db in try BrandTable.all(db) }
    guard !records.isEmpty else {
      return CommandOutput(["No brands yet. Create one with /new NAME."])
    }
    let width = max(records.map { TextWidth.columns($0.name) }.max() ?? 0, 5) + 2
    var lines = ["  " + TextWrap.pad("Brand", to: width) + "Commands  Last change"]
    for record in records {
      let mark = record.id == session.current?.record.id ? "* " : "  "
      let count = TextWrap.pad(String(record.head), to: 10)
      lines.append(
        mark + TextWrap.pad(record.name, to: width) + count
          + session.environment.formatTime(record.updatedAt))
    }
    return CommandOutput(lines)
  }
}
