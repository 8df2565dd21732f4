import SMMCore

/// `/use NAME`: open an existing brand.
public struct UseCommand: ShellCommand {
  public static let spec = CommandSpec(
    name: "use", aliases: ["open", "switch"],
    abstract: "Open an existing brand",
    usage: "/use NAME",
    discussion:
      "Switches the session to another brand of the workspace; its state is loaded from its log. The case of the name does not matter.",
    examples: ["/use acme"],
    arguments: [ArgumentSpec("NAME", .brandName, rest: true)],
    keywords: ["use", "open", "switch", "select", "ouvrir", "changer", "choisir"])

  let name: String

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    name = arguments[0] ?? ""
  }

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let brand = try session.open(named: name)
    let count = brand.record.head == 1 ? "1 logged command" : "\(brand.record.head) logged commands"
    return CommandOutput(
      [
        "Opened \(brand.state.name) (\(count), last change \(session.environment.formatTime(brand.record.updatedAt))); step \(brand.step.number)/4: \(brand.step.title.lowercased())."
      ], command: "/use \(ShellQuoting.quote(brand.state.name.value))")
  }
}
