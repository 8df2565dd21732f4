import SMMCore

/// `/rename NEW`: rename the open brand.
package struct RenameCommand: PrintedCommand {
  package static let spec = CommandSpec(
    name: "rename",
    usage: "/rename NEW",
    examples: ["/rename \"Acme Bakery\""],
    arguments: [ArgumentSpec("NEW", .newBrandName, rest: true)],
    keywords: ["rename", "name", "renommer", "nom"])

  let name: BrandName

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    do {
      name = try BrandName(arguments[0] ?? "")
    } catch {
      throw .domain(error)
    }
  }

  package var change: BrandChange? { .rename(name) }
  package var canonicalArguments: ParsedArguments { ParsedArguments([name.value]) }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let before = try context.requireState().name
    let s = context.strings
    return try proposal(context) { brand in
      CommandOutput([s("rename.done", ["old": before.value, "new": brand.state.name.value])])
    }
  }
}
