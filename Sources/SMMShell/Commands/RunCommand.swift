/// `/run FILE [--bail]`: replay a script inside the session.
package struct RunCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "run", aliases: ["source"],
    usage: "/run FILE [--bail]",
    examples: ["/run onboarding.smm"],
    arguments: [ArgumentSpec("FILE", .filePath)],
    flags: [FlagSpec("--bail")],
    keywords: ["run", "replay", "script", "load", "play", "rejouer", "lancer", "executer"])

  let path: String
  let bail: Bool

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    path = arguments[0] ?? ""
    bail = arguments.flags.contains("--bail")
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    .show(CommandOutput(effect: .runScript(path: path, bail: bail)))
  }
}
