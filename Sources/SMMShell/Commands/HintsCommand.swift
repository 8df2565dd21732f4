import SMMCore

/// `/hints on|off`: the one-line hint on what comes next, after each command.
package struct HintsCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "hints",
    usage: "/hints [on|off]",
    examples: ["/hints off"],
    arguments: [ArgumentSpec("SETTING", .choice(["on", "off"]), optional: true)],
    keywords: ["hints", "hint", "tips", "astuces", "conseils", "aide"])

  let setting: Bool?

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    setting = arguments[0].map { $0.lowercased() == "on" }
  }

  package func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    if let setting { session.setHints(setting) }
    return CommandOutput([session.strings.guidance(session.hintsOn ? "hints.on" : "hints.off")])
  }
}
