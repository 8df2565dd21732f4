import SMMCore

/// `/brands`: the brands of the workspace.
package struct BrandsCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "brands",
    usage: "/brands",
    examples: ["/brands"],
    keywords: ["brands", "list", "all", "marques", "liste", "clients"])

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let records = try context.workspace.reading { store in try store.brands() }
    let strings = context.strings
    guard !records.isEmpty else {
      return .show(CommandOutput([strings.guidance("brands.none")]))
    }
    let brandHeader = strings("brands.header.brand")
    let commandsHeader = strings("brands.header.commands")
    let width =
      max(records.map { TextWidth.columns($0.name) }.max() ?? 0, TextWidth.columns(brandHeader))
      + 2
    let countWidth = max(TextWidth.columns(commandsHeader) + 2, 10)
    var lines = [
      "  " + TextWrap.pad(brandHeader, to: width) + TextWrap.pad(commandsHeader, to: countWidth)
        + strings("brands.header.lastChange")
    ]
    for record in records {
      let mark = record.id == context.brand?.record.id ? "* " : "  "
      let count = TextWrap.pad(String(record.head), to: countWidth)
      lines.append(
        mark + TextWrap.pad(record.name, to: width) + count
          + context.environment.formatTime(record.updatedAt))
    }
    return .show(CommandOutput(lines))
  }
}
