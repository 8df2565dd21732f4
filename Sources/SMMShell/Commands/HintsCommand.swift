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

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    guard let setting else { return .show(Self.view(on: context.hintsOn, context.strings)) }
    return .session(.setHints(setting)) { Self.view(on: $0.hintsOn, $0.strings) }
  }

  /// Whether hints are on, and how to change it.
  static func view(on: Bool, _ strings: Strings) -> CommandOutput {
    CommandOutput([strings.guidance(on ? "hints.on" : "hints.off")])
  }
}
