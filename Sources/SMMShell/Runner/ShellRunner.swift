import SMMCore

/// The read–run–show loop: reads physical lines, assembles logical lines, runs them in the
/// session, shows results, and carries out effects (`/quit`, `/run`).
public final class ShellRunner {
  /// How a run ended.
  public enum Ending: Equatable, Sendable {
    /// The input ran out.
    case endOfInput
    /// `/quit` was run.
    case quit
    /// A command failed and `bail` was set.
    case bailed
  }

  /// The session lines run in.
  public let session: ShellSession
  /// Where results go.
  public let sink: any OutputSink
  /// Whether each line read is shown after its prompt (`--echo`).
  public var echo: Bool
  /// Whether to flush output after every command (a person is watching).
  public var flushEachCommand: Bool
  /// Logical lines that failed so far.
  public private(set) var failures = 0
  /// Logical lines run so far.
  public private(set) var commandsRun = 0
  /// Tells whether the user asked to stop (Ctrl-C) since the last call; checked between the
  /// commands of a script, so a long replay can be cancelled (what ran stays saved).
  public var interruptRequested: (() -> Bool)?
  /// The deepest `/run` nesting allowed.
  public static let maximumScriptDepth = 16
  private var running: [(path: String, shown: String)] = []

  /// A runner for `session`, writing to `sink`.
  public init(
    session: ShellSession, sink: any OutputSink, echo: Bool = false, flushEachCommand: Bool = false
  ) {
    self.session = session
    self.sink = sink
    self.echo = echo
    self.flushEachCommand = flushEachCommand
  }

  /// Reads and runs every line of `reader`.
  /// - Parameters:
  ///   - source: the script's name for error messages, or nil for a person typing or `-c`.
  ///   - bail: stop at the first failure.
  public func run(_ reader: any LineReader, source: String?, bail: Bool = false) -> Ending {
    var assembler = LineAssembler()
    var lineNumber = 0
    while true {
      // The prompt folds the brand's progress: compute it only when someone sees it.
      let prompt =
        assembler.isPending
        ? ShellSession.continuationPrompt
        : (echo || reader.showsPrompt ? session.prompt : "")
      let input = reader.read(prompt: prompt)
      var logical: LogicalLine?
      switch input {
      case .endOfInput:
        if case .failed(let error, let line)? = assembler.finish() {
          report(error, line: line, source: source)
          if bail { return .bailed }
        }
        sink.flush()
        return .endOfInput
      case .interrupted:
        assembler.reset()
        if let output = session.cancelQuestion() {
          sink.emit(
            CommandResult(
              command: output.command ?? "", ok: true, output: output.lines, notes: output.notes),
            at: nil)
          if flushEachCommand { sink.flush() }
        }
        continue
      case .malformed(let error):
        lineNumber += 1
        assembler.reset()
        report(
          error, line: LogicalLine(text: "", physicalLines: [], lineNumber: lineNumber),
          source: source)
        if bail { return .bailed }
        continue
      case .line(let text):
        lineNumber += 1
        if echo { sink.echo(prompt: prompt, line: text) }
        switch assembler.feed(text, lineNumber: lineNumber) {
        case .skip
        where reader.showsPrompt && session.hasOffer && text.allSatisfy({ $0 == " " || $0 == "\t" }):
          // Enter on an empty line at a terminal takes up what the guide just offered.
          logical = LogicalLine(text: "", physicalLines: [text], lineNumber: lineNumber)
        case .skip, .needsMore:
          continue
        case .failed(let error, let line):
          reader.remember(line.text)
          report(error, line: line, source: source)
          if bail { return .bailed }
          continue
        case .line(let line):
          logical = line
        }
      }
      guard let line = logical else { continue }
      reader.remember(line.text)
      let location = source.map { SourceLocation(source: $0, line: line.lineNumber) }
      let (result, effect) = session.execute(line.text)
      commandsRun += 1
      var ok = result.ok
      switch effect {
      case .quit?:
        sink.emit(result, at: location)
        sink.flush()
        return .quit
      case .runScript(let path, let scriptBail)?:
        let (scriptResult, ending) = runScript(path, bail: scriptBail, command: result.command)
        ok = scriptResult.ok
        sink.emit(labelled(scriptResult), at: ok ? nil : location)
        if ending == .quit {
          sink.flush()
          return .quit
        }
      case nil:
        sink.emit(result, at: location)
      }
      if !ok { failures += 1 }
      if flushEachCommand { sink.flush() }
      if !ok && bail { return .bailed }
      if source != nil && !running.isEmpty, interruptRequested?() == true {
        failures += 1
        let strings = session.strings
        sink.message(
          strings(
            "runner.interrupted",
            [
              "script": source ?? strings("runner.theScript"), "line": String(line.lineNumber),
            ]),
          isError: true)
        return .bailed
      }
    }
  }

  /// Runs a script file as one batch. Used by `smm run` and by `/run`.
  public func runScript(_ path: String, bail: Bool, command: String? = nil) -> (
    CommandResult, Ending
  ) {
    let shown = command ?? "/run \(CommandText.quote(path))"
    let resolved = session.environment.resolve(path)
    if running.contains(where: { $0.path == resolved }) {
      let chain = running.map(\.shown) + [path]
      return (
        CommandResult(
          command: shown, ok: false, error: ShellError.scriptLoop(chain).message(session.strings)),
        .endOfInput
      )
    }
    guard running.count < Self.maximumScriptDepth else {
      return (
        CommandResult(
          command: shown, ok: false,
          error: ShellError.scriptNestedTooDeep(path, limit: Self.maximumScriptDepth).message(
            session.strings)),
        .endOfInput
      )
    }
    let reader: ByteLineReader
    do {
      reader = try ScriptFile.open(resolved, shownAs: path)
      try session.workspace.beginBatch()
    } catch {
      return (
        CommandResult(command: shown, ok: false, error: error.message(session.strings)),
        .endOfInput
      )
    }
    let failuresBefore = failures
    let commandsBefore = commandsRun
    running.append((resolved, path))
    let ending = run(reader, source: path, bail: bail)
    running.removeLast()
    var batchError: ShellError?
    do {
      try session.workspace.endBatch()
    } catch {
      batchError = error
    }
    let failed = failures - failuresBefore
    let ran = commandsRun - commandsBefore
    failures = failuresBefore
    commandsRun = commandsBefore
    if let batchError {
      return (
        CommandResult(command: shown, ok: false, error: batchError.message(session.strings)), ending
      )
    }
    let summary = session.strings.format(
      failed == 0 ? "runner.ran" : ending == .bailed ? "runner.ran.bailed" : "runner.ran.failed",
      ["count": .number(ran), "path": .text(path), "failed": .number(failed)])
    if failed > 0 {
      return (CommandResult(command: shown, ok: false, error: summary), ending)
    }
    return (CommandResult(command: shown, ok: true, output: [summary]), ending)
  }

  private func report(_ error: ShellError, line: LogicalLine, source: String?) {
    failures += 1
    let location = source.map { SourceLocation(source: $0, line: line.lineNumber) }
    sink.emit(
      labelled(
        CommandResult(command: line.text, ok: false, error: error.message(session.strings))),
      at: location)
    if flushEachCommand { sink.flush() }
  }

  /// `result` with its error tagged in the session's language.
  private func labelled(_ result: CommandResult) -> CommandResult {
    var result = result
    result.errorLabel = session.strings("label.error")
    return result
  }
}
