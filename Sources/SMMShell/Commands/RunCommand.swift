/// `/run FILE [--bail]`: replay a script inside the session.
public struct RunCommand: ShellCommand {
  public static let spec = CommandSpec(
    name: "run", aliases: ["source"],
    abstract: "Replay a .smm script inside this session",
    usage: "/run FILE [--bail]",
    discussion:
      "Runs each line of the file as if typed, in one transaction per 1,000 commands. Errors name the file and line; the replay goes on after an error unless --bail is given.",
    examples: ["/run onboarding.smm"],
    arguments: [ArgumentSpec("FILE", .filePath)],
    flags: [FlagSpec("--bail", "Stop at the first command that fails")],
    keywords: ["run", "replay", "script", "load", "play", "rejouer", "lancer", "executer"])

  let path: String
  let bail: Bool

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    path = arguments[0] ?? ""
    bail = arguments.flags.contains("--bail")
  }

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    CommandOutput(effect: .runScript(path: path, bail: bail))
  }
}
