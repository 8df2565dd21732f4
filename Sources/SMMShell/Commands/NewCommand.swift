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

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    .session(.createBrand(name, canonical: canonical)) { result in
      CommandOutput(
        [
          result.strings("new.created", ["name": result.brand?.state.name.value ?? name.value]),
          result.strings("new.interview"),
        ] + result.lines)
    }
  }
}
