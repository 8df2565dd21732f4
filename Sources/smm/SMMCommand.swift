import ArgumentParser
import SMMShell

/// Options every form of smm takes.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The workspace file (default: $SMM_WORKSPACE, else $XDG_DATA_HOME/smm/workspace.sqlite).",
      valueName: "path"))
  var workspace: String?

  @Flag(name: .long, help: "Print every result as one JSON object per line on stdout.")
  var json = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "A folder of platform files (<id>.yaml) overriding the built-in catalog (default: $XDG_CONFIG_HOME/smm/platforms).",
      valueName: "dir"))
  var catalog: String?
}

/// `smm`: the interactive shell, or `-c LINE` lines, or commands piped on stdin.
struct SMMCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "smm",
    abstract:
      "A guided shell for social media management: choose the spaces, adapt content, engage communities, prepare the crisis response.",
    discussion: """
      Without arguments on a terminal, smm opens the interactive shell (type /help there). \
      With stdin from a pipe or a file, it runs the lines it reads. Exit codes: 0 when every \
      command succeeded, 1 when one failed, 2 for a usage error.
      """,
    version: SMMVersion.current,
    subcommands: [
      RunCommandLine.self, ExportCommandLine.self, CountCommandLine.self, BackupCommandLine.self,
      WatchCommand.self, SentimentCommand.self,
    ])

  @OptionGroup var global: GlobalOptions

  @Option(
    name: .customShort("c"),
    help: ArgumentHelp("Run this line, then exit (repeatable; run in order).", valueName: "line"))
  var commands: [String] = []

  mutating func run() throws {
    try Self.run(LaunchOptions(global), commands: commands)
  }

  /// Runs the shell with `options`: the `-c` lines when there are some, else the interactive
  /// shell on a terminal, else the lines read from stdin.
  static func run(_ options: LaunchOptions, commands: [String]) throws -> Never {
    let launch = try Launch(options)
    if !commands.isEmpty {
      let lines = commands.flatMap {
        $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      }
      let runner = launch.runner(echo: false)
      _ = runner.run(ScriptedLineReader(lines), source: nil)
      runner.sink.flush()
      launch.end(status: runner.failures > 0 ? 1 : 0)
    }
    if launch.stdinIsTerminal {
      try launch.interactive()
      launch.end(status: 0)
    }
    let runner = launch.runner(echo: false)
    let reader = ByteLineReader(fileDescriptor: 0)
    reader.willWait = { [sink = runner.sink] in sink.flush() }
    _ = runner.run(reader, source: "stdin")
    runner.sink.flush()
    launch.end(status: runner.failures > 0 ? 1 : 0)
  }
}

/// `smm run SCRIPT... [--bail] [--echo] [--atomic]`.
struct RunCommandLine: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Replay .smm scripts non-interactively, in order.",
    discussion: """
      A script named - is read from standard input (error locations then say stdin:LINE). \
      Results are shown as the replay saves them, every 1,000 lines or tenth of a second. \
      With --atomic, the whole run is one transaction: the first line that fails stops it and \
      nothing is saved, so the fixed script can simply be run again.
      """)

  @Argument(
    help: ArgumentHelp("The scripts to replay (- reads standard input).", valueName: "script"))
  var scripts: [String]

  @Flag(help: "Stop at the first command that fails.")
  var bail = false

  @Flag(help: "Print each script line, after the prompt, before its output.")
  var echo = false

  @Flag(
    help:
      "Run everything in one transaction: a line that fails (it stops the run) leaves the workspace as it was."
  )
  var atomic = false

  @Option(
    name: .customLong("set"),
    help: ArgumentHelp(
      "Fill the {{NAME}} placeholders of the scripts with VALUE (repeatable).",
      valueName: "name=value"))
  var placeholderValues: [String] = []

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    if scripts.isEmpty { throw ValidationError("name at least one script to replay") }
    if scripts.filter({ $0 == "-" }).count > 1 {
      throw ValidationError("standard input (-) can be read once only; name it once")
    }
  }

  mutating func run() throws {
    let launch = try Launch(global)
    for script in scripts where script != "-" {
      if let problem = launch.problem(withScript: script) {
        launch.fail(problem.description)
        throw ExitCode(2)
      }
    }
    let runner = launch.runner(echo: echo)
    runner.readsStandardInputScript = true
    try ScriptPlaceholders.prepare(
      scripts, values: try ScriptPlaceholders.values(placeholderValues, launch: launch),
      runner: runner, launch: launch)
    if atomic {
      let saved = runner.runAtomically(scripts)
      runner.sink.flush()
      if !saved { throw ExitCode(1) }
      return
    }
    var failed = false
    for script in scripts {
      let (result, ending) = runner.runScript(script, bail: bail)
      if !result.ok {
        failed = true
        runner.sink.emit(result, at: nil)
      }
      if ending == .quit || (failed && bail) { break }
    }
    runner.sink.flush()
    if failed { throw ExitCode(1) }
  }
}
