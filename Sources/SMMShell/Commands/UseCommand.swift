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

  package func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    if let previous = session.current { session.markSeen(previous) }
    let brand = try session.open(named: name)
    let lines = session.summary(of: brand)
    session.markSeen(brand)
    return CommandOutput(lines, command: "/use \(CommandText.quote(brand.state.name.value))")
  }
}
