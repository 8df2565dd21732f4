import SMMCore

/// The read–run–show loop: reads physical lines, assembles logical lines, runs them in the
/// session, shows results, and carries out effects (`/quit`, `/run`).
///
/// A script runs as one batch of the workspace: its results are held until the batch that
/// holds them is committed (every ``batchSize`` commands or
/// ``batchInterval``, whichever comes first), so a result shown is always durable.
package final class ShellRunner {
  /// How a run ended.
  package enum Ending: Equatable, Sendable {
    /// The input ran out.
    case endOfInput
    /// `/quit` was run.
    case quit
    /// A command failed and `bail` was set.
    case bailed
  }

  /// The session lines run in.
  package let session: ShellSession
  /// Where results go.
  package let sink: any OutputSink
  /// Whether each line read is shown after its prompt (`--echo`).
  package var echo: Bool
  /// Whether to flush output after every command (a person is watching).
  package var flushEachCommand: Bool
  /// Logical lines that failed so far.
  package private(set) var failures = 0
  /// Logical lines run so far.
  package private(set) var commandsRun = 0
  /// Tells whether the user asked to stop (Ctrl-C) since the last call; checked between the
  /// commands of a script, so a long replay can be cancelled (what ran stays saved).
  package var interruptRequested: (() -> Bool)?
  /// Whether a script named `-` is read from standard input (`smm run -`).
  package var readsStandardInputScript = false
  /// Scripts read and filled in advance (`smm run --set`), by the path given: run from these
  /// lines instead of the file, when run at the top level.
  package var preparedScripts: [String: [LineInput]] = [:]
  /// The deepest `/run` nesting allowed.
  package static let maximumScriptDepth = 16
  /// Commands per transaction during a script's batch, at most.
  package static let batchSize = 1000
  /// How long, at most, a batch transaction stays open before it is committed.
  package static let batchInterval: Duration = .milliseconds(100)
  private var running: [(path: String, shown: String)] = []
  /// What the runner shows, held during a batch until it is committed.
  private let output: HeldOutputSink
  /// Whether the batch commits only at its end (`smm run --atomic`).
  private var atomic = false
  /// Lines run since the batch last committed, and when it did.
  private var linesSinceCommit = 0
  private var lastCommit = ContinuousClock.now
  /// The script line run last, and the last one whose batch was committed.
  private var lastLine: SourceLocation?
  private var savedThrough: SourceLocation?
  /// The first script line that failed in this batch.
  private var firstFailure: SourceLocation?

  /// A runner for `session`, writing to `sink`.
  package init(
    session: ShellSession, sink: any OutputSink, echo: Bool = false, flushEachCommand: Bool = false
  ) {
    self.session = session
    self.sink = sink
    self.output = HeldOutputSink(sink)
    self.echo = echo
    self.flushEachCommand = flushEachCommand
  }

  /// Reads and runs every line of `reader`.
  /// - Parameters:
  ///   - source: the script's name for error messages, or nil for a person typing or `-c`.
  ///   - bail: stop at the first failure.
  package func run(_ reader: any LineReader, source: String?, bail: Bool = false) -> Ending {
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
        output.flush()
        return .endOfInput
      case .interrupted:
        assembler.reset()
        if let dropped = session.cancelQuestion() {
          output.emit(
            CommandResult(
              command: dropped.command ?? "", ok: true, output: dropped.lines,
              notes: dropped.notes),
            at: nil)
          if flushEachCommand { output.flush() }
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
        if echo { output.echo(prompt: prompt, line: text) }
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
        output.emit(result, at: location)
        output.flush()
        return .quit
      case .runScript(let path, let scriptBail)?:
        // In an atomic run the first failure stops everything, in nested scripts too.
        let (scriptResult, ending) = runScript(
          path, bail: scriptBail || atomic, command: result.command)
        ok = scriptResult.ok
        output.emit(labelled(scriptResult), at: ok ? nil : location)
        if ending == .quit {
          output.flush()
          return .quit
        }
      case nil:
        output.emit(result, at: location)
      }
      if !ok {
        failures += 1
        if firstFailure == nil { firstFailure = location }
      }
      if flushEachCommand { output.flush() }
      if !settle(after: location) { return .bailed }
      if !ok && bail { return .bailed }
      if source != nil && !running.isEmpty, interruptRequested?() == true {
        failures += 1
        let strings = session.strings
        output.message(
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

  /// After each line of a script: counts it, and commits the batch (showing what it held) when
  /// it is due. False when the batch could not be saved and the replay must stop.
  private func settle(after location: SourceLocation?) -> Bool {
    guard output.isHolding else { return true }
    if let location { lastLine = location }
    if session.workspace.batchFailure != nil { return false }
    linesSinceCommit += 1
    guard !atomic,
      linesSinceCommit >= Self.batchSize
        || ContinuousClock.now - lastCommit >= Self.batchInterval
    else { return true }
    return commitHeld()
  }

  /// Commits the batch and shows what it held; false when the commit failed.
  private func commitHeld() -> Bool {
    do {
      try session.workspace.commitBatch()
    } catch {
      return false
    }
    savedThrough = lastLine
    linesSinceCommit = 0
    lastCommit = .now
    output.release()
    return true
  }

  /// Runs a script file as one batch. Used by `smm run` and by `/run`.
  package func runScript(_ path: String, bail: Bool, command: String? = nil) -> (
    CommandResult, Ending
  ) {
    let fromStandardInput = readsStandardInputScript && path == "-"
    let name = fromStandardInput ? "stdin" : path
    let shown = command ?? "/run \(CommandText.quote(path))"
    let resolved = fromStandardInput ? "-" : session.environment.resolve(path)
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
    let reader: any LineReader
    do {
      if running.isEmpty, let prepared = preparedScripts[path] {
        reader = PreparedLineReader(prepared)
      } else {
        reader =
          fromStandardInput
          ? ByteLineReader(fileDescriptor: 0) : try ScriptFile.open(resolved, shownAs: path)
      }
    } catch {
      return (
        CommandResult(command: shown, ok: false, error: error.message(session.strings)),
        .endOfInput
      )
    }
    let outermost = !session.workspace.inBatch
    if outermost { beginHolding() }
    let failuresBefore = failures
    let commandsBefore = commandsRun
    running.append((resolved, path))
    let ending = run(reader, source: name, bail: bail)
    running.removeLast()
    let failed = failures - failuresBefore
    let ran = commandsRun - commandsBefore
    failures = failuresBefore
    commandsRun = commandsBefore
    if outermost, let unsaved = endHolding() {
      return (CommandResult(command: shown, ok: false, error: unsaved), .bailed)
    }
    let summary = session.strings.format(
      failed == 0 ? "runner.ran" : ending == .bailed ? "runner.ran.bailed" : "runner.ran.failed",
      ["count": .number(ran), "path": .text(name), "failed": .number(failed)])
    if failed > 0 {
      return (CommandResult(command: shown, ok: false, error: summary), ending)
    }
    return (CommandResult(command: shown, ok: true, output: [summary]), ending)
  }

  /// Runs `paths` in order as one transaction (`smm run --atomic`): the first line that fails
  /// stops the run and nothing of it is saved; results are shown once all of it is committed.
  /// - Returns: whether the whole run succeeded and was saved.
  package func runAtomically(_ paths: [String]) -> Bool {
    atomic = true
    defer { atomic = false }
    beginHolding()
    var failedScript = false
    for path in paths {
      let (result, ending) = runScript(path, bail: true)
      if !result.ok {
        failedScript = true
        if firstFailure == nil { output.emit(labelled(result), at: nil) }
        break
      }
      if ending == .quit { break }
    }
    let strings = session.strings
    if let failure = session.workspace.batchFailure {
      abandonBatch(keepingErrors: false)
      output.message(
        strings(
          failure.diskFull ? "runner.atomic.diskFull" : "runner.atomic.writeFailed",
          ["reason": failure.reason]), isError: true)
      return false
    }
    if failedScript {
      let location = firstFailure
      abandonBatch(keepingErrors: true)
      output.message(
        location.map {
          strings("runner.atomic.failed", ["line": String($0.line), "script": $0.source])
        } ?? strings("runner.atomic.notRun"), isError: true)
      return false
    }
    if let unsaved = endHolding(atomicRun: true) {
      output.message(unsaved, isError: true)
      return false
    }
    return true
  }

  /// Starts the outermost batch: results are held from now on until it commits.
  private func beginHolding() {
    session.workspace.beginBatch()
    output.isHolding = true
    linesSinceCommit = 0
    lastCommit = .now
    lastLine = nil
    savedThrough = nil
    firstFailure = nil
  }

  /// Ends the outermost batch: commits it and shows what it held. When a write or the commit
  /// failed, drops what was not saved, takes the session back to what is stored, and returns
  /// the error to show.
  private func endHolding(atomicRun: Bool = false) -> String? {
    // The failure, if any, stays recorded until the batch is rolled back below.
    try? session.workspace.commitBatch()
    guard let failure = session.workspace.batchFailure else {
      try? session.workspace.endBatch()
      output.isHolding = false
      output.release()
      return nil
    }
    abandonBatch(keepingErrors: false)
    let strings = session.strings
    if atomicRun {
      return strings(
        failure.diskFull ? "runner.atomic.diskFull" : "runner.atomic.writeFailed",
        ["reason": failure.reason])
    }
    let line = String(savedThrough?.line ?? 0)
    let script = savedThrough?.source ?? lastLine?.source ?? ""
    let key: String
    switch (failure.diskFull, savedThrough != nil) {
    case (true, true): key = "runner.unsaved.diskFull.after"
    case (true, false): key = "runner.unsaved.diskFull.none"
    case (false, true): key = "runner.unsaved.failed.after"
    case (false, false): key = "runner.unsaved.failed.none"
    }
    return strings(key, ["line": line, "script": script, "reason": failure.reason])
  }

  /// Rolls the outermost batch back, drops what it held (but its errors, when told), and
  /// takes the session back to what is stored.
  private func abandonBatch(keepingErrors: Bool) {
    session.workspace.rollBackBatch()
    output.isHolding = false
    output.discard(keepingErrors: keepingErrors)
    session.reloadFromWorkspace()
  }

  private func report(_ error: ShellError, line: LogicalLine, source: String?) {
    failures += 1
    let location = source.map { SourceLocation(source: $0, line: line.lineNumber) }
    if firstFailure == nil { firstFailure = location }
    output.emit(
      labelled(
        CommandResult(command: line.text, ok: false, error: error.message(session.strings))),
      at: location)
    if flushEachCommand { output.flush() }
  }

  /// `result` with its error tagged in the session's language.
  private func labelled(_ result: CommandResult) -> CommandResult {
    var result = result
    result.errorLabel = session.strings("label.error")
    return result
  }
}
