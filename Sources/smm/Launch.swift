import ArgumentParser
import EditLineShim
import Foundation
import SMMCore
import SMMPlatformOverrides
import SMMShell
import SMMStore

#if canImport(Glibc)
  import Glibc
#endif

/// Everything a run of smm sets up: where the workspace is, the session on it, and how results
/// are shown.
struct Launch {
  let session: ShellSession
  /// The workspace the session works on, closed by ``end(status:)``.
  let workspace: SQLiteWorkspace
  let json: Bool
  let stdinIsTerminal: Bool
  let stderrIsTerminal: Bool
  let processEnvironment: [String: String]

  init(_ options: GlobalOptions) throws {
    try self.init(LaunchOptions(options))
  }

  init(_ options: LaunchOptions) throws {
    processEnvironment = ProcessEnvironment.current
    json = options.json
    stdinIsTerminal = isatty(0) == 1
    stderrIsTerminal = isatty(2) == 1
    PlatformFilesAtLaunch.install(option: options.catalog, processEnvironment)
    let path = Self.workspacePath(options.workspace, processEnvironment)
    var environment = ShellEnvironment(
      width: Terminal.width(processEnvironment), isInteractive: stdinIsTerminal,
      homeDirectory: XDG.home(processEnvironment),
      language: Language.fromLocale(processEnvironment))
    environment.languageFromLocale = Language.namedByLocale(processEnvironment) != nil
    if stdinIsTerminal && isatty(1) == 1 {
      let env = processEnvironment
      environment.measureWidth = { Terminal.width(env) }
    }
    do {
      workspace = try SQLiteWorkspace(path: path)
      session = try ShellSession(workspace: workspace, environment: environment)
    } catch {
      Self.report(ShellError.fromStore(error).description, json: options.json)
      throw ExitCode(1)
    }
  }

  /// `--workspace`, else `SMM_WORKSPACE`, else `$XDG_DATA_HOME/smm/workspace.sqlite`, else
  /// `~/.local/share/smm/workspace.sqlite`. Empty variables count as unset.
  static func workspacePath(_ option: String?, _ env: [String: String]) -> String {
    if let option, !option.isEmpty { return option }
    if let value = env["SMM_WORKSPACE"], !value.isEmpty { return value }
    return XDG.directory("XDG_DATA_HOME", default: ".local/share", env) + "/smm/workspace.sqlite"
  }

  /// Ends the process with `status` once the workspace is closed (its -wal file checkpointed),
  /// without tearing down the session's objects one by one: the database queue's teardown alone
  /// unregisters from Foundation's notification centre through a cast that cost 0.8 million
  /// instructions, a twentieth of a start (issue 16). Output must be flushed before.
  func end(status: Int32) -> Never {
    try? workspace.close()
    exit(status)
  }

  /// A runner writing text or JSON.
  func runner(echo: Bool, flushEachCommand: Bool = false) -> ShellRunner {
    let sink: any OutputSink
    if json {
      sink = JSONLinesSink()
    } else {
      let text = FileDescriptorSink(useColor: Terminal.useColor(processEnvironment, fd: 2))
      if isatty(1) == 1 {
        // On a terminal every line is wrapped to its width at word boundaries.
        let env = processEnvironment
        text.width = { Terminal.width(env) }
      }
      sink = text
    }
    return ShellRunner(session: session, sink: sink, echo: echo, flushEachCommand: flushEachCommand)
  }

  /// Why a script given to `smm run` cannot be read, if it cannot.
  func problem(withScript path: String) -> ShellError? {
    do {
      _ = try ScriptFile.open(session.environment.resolve(path), shownAs: path)
      return nil
    } catch {
      return error
    }
  }

  func fail(_ message: String) {
    Self.report(message, json: json)
  }

  static func report(_ message: String, json: Bool) {
    if json {
      print(JSONLinesSink.encode(CommandResult(command: "", ok: false, error: message), at: nil))
    } else {
      FileHandle.standardError.write(Data("error: \(TerminalText.inert(message))\n".utf8))
    }
  }

  /// The interactive shell on a terminal: libedit, history, Tab completion, Ctrl-C and Ctrl-D.
  func interactive() throws {
    let historyPath = Self.historyPath(processEnvironment)
    var completer = Completer(
      brandNames: { [session] in session.brandNames() },
      resolve: session.environment.resolve)
    completer.communityNames = { [session] in session.current?.state.communities.map(\.name) ?? [] }
    completer.brandItems = { [session] item in
      guard let state = session.current?.state else { return [] }
      switch item {
      case .risk: return state.risks.map(\.name)
      case .pillar: return state.content.pillars
      case .crisisRole: return CrisisPlaybook.roles + state.crisisTeam.map(\.role)
      }
    }
    let reader = EditLineReader(historyPath: historyPath, completer: completer)
    // A copy made with cp while this shell is open still holds every brand.
    session.workspace.checkpointsAfterCommit = true
    let runner = self.runner(echo: false, flushEachCommand: true)
    runner.interruptRequested = { smm_take_interrupt() == 1 }
    runner.sink.message(
      Self.banner + "\n" + session.welcome().joined(separator: "\n"), isError: false)
    runner.sink.flush()
    let ending = runner.run(reader, source: nil)
    // What this session logged is not news the next time the brand is opened here.
    session.markCurrentSeen()
    // Ctrl-D leaves ^D on the prompt's line: the goodbye starts on a line of its own.
    if ending == .endOfInput { print("") }
    if ending != .bailed {
      let goodbye = TextWrap.wrap(
        session.strings("shell.goodbye"), width: session.environment.width, indent: "  ")
      runner.sink.message(goodbye.joined(separator: "\n"), isError: false)
      runner.sink.flush()
    }
    reader.close()
  }

  static var banner: String {
    // Short enough for one line of 80 columns.
    "smm \(SMMVersion.current) — /help, /next, or just say what you need. Ctrl-D leaves, all saved."
  }

  /// `SMM_HISTORY`, else `$XDG_STATE_HOME/smm/history`, else `~/.local/state/smm/history`.
  static func historyPath(_ env: [String: String]) -> String {
    if let value = env["SMM_HISTORY"], !value.isEmpty { return value }
    return XDG.directory("XDG_STATE_HOME", default: ".local/state", env) + "/smm/history"
  }
}

/// XDG base directories, with empty variables treated as unset.
enum XDG {
  static func directory(_ variable: String, default relative: String, _ env: [String: String])
    -> String
  {
    if let value = env[variable], !value.isEmpty, value.hasPrefix("/") { return value }
    return home(env) + "/" + relative
  }

  /// `$HOME`, else the account's home folder.
  static func home(_ env: [String: String]) -> String {
    env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
  }
}

/// Facts about the terminal.
enum Terminal {
  /// Columns of the terminal on stdout, else `$COLUMNS`, else 80.
  static func width(_ env: [String: String]) -> Int {
    var size = winsize()
    if isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return Int(size.ws_col)
    }
    if let columns = env["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
    return 80
  }

  /// Colour only on a terminal, with `NO_COLOR` unset or empty and `TERM` not `dumb`.
  static func useColor(_ env: [String: String], fd: Int32) -> Bool {
    if let noColor = env["NO_COLOR"], !noColor.isEmpty { return false }
    if env["TERM"] == "dumb" || env["TERM"] == nil { return false }
    return isatty(fd) == 1
  }
}
