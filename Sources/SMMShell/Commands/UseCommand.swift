import SMMCore

/// `/use NAME`: open an existing brand.
package struct UseCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "use", aliases: ["open", "switch"],
    usage: "/use NAME",
    examples: ["/use acme"],
    arguments: [ArgumentSpec("NAME", .brandName, rest: true)],
    keywords: ["use", "open", "switch", "select", "ouvrir", "changer", "choisir"])

  let name: String

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    name = arguments[0] ?? ""
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    .session(.openBrand(name)) { result in
      CommandOutput(
        result.lines,
        command: "/use \(CommandText.quote(result.brand?.state.name.value ?? name))")
    }
  }
}
