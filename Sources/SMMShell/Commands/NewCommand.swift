import SMMCore

/// `/new NAME`: create a brand and switch to it.
package struct NewCommand: PrintedCommand {
  package static let spec = CommandSpec(
    name: "new",
    usage: "/new NAME",
    examples: ["/new acme", "/new \"Chez Paul\""],
    arguments: [ArgumentSpec("NAME", .newBrandName, rest: true)],
    keywords: ["new", "create", "brand", "start", "add", "nouveau", "nouvelle", "creer", "marque"])

  let name: BrandName

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    do {
      name = try BrandName(arguments[0] ?? "")
    } catch {
      throw .domain(error)
    }
  }

  package var change: BrandChange? { .create(name) }
  package var canonicalArguments: ParsedArguments { ParsedArguments([name.value]) }

  package func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let brand = try session.createBrand(name, canonical: canonical)
    let strings = session.strings
    return CommandOutput(
      [
        strings("new.created", ["name": brand.state.name.value]),
        strings("new.interview"),
      ] + (try session.startInterview()))
  }
}
