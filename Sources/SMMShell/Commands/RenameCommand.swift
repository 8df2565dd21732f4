import SMMCore

/// `/rename NEW`: rename the open brand.
public struct RenameCommand: PrintedCommand {
  public static let spec = CommandSpec(
    name: "rename",
    usage: "/rename NEW",
    examples: ["/rename \"Acme Bakery\""],
    arguments: [ArgumentSpec("NEW", .newBrandName, rest: true)],
    keywords: ["rename", "name", "renommer", "nom"])

  let name: BrandName

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    do {
      name = try BrandName(arguments[0] ?? "")
    } catch {
      throw .domain(error)
    }
  }

  public var change: BrandChange? { .rename(name) }
  public var canonicalArguments: ParsedArguments { ParsedArguments([name.value]) }

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let before = try session.requireBrand().state.name
    let (brand, notes) = try commit(in: session)
    return CommandOutput(
      [session.strings("rename.done", ["old": before.value, "new": brand.state.name.value])],
      notes: notes)
  }
}
