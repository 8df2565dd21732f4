import Foundation

/// What a command produced: text for the user, notes, its typed result, and an effect for the
/// runner.
package struct CommandOutput: Equatable, Sendable {
  /// Lines for standard output.
  package var lines: [String]
  /// Notes for standard error that are not failures (a conflict resolved, a question dropped).
  package var notes: [String]
  /// Something only the runner can do.
  package var effect: ShellEffect?
  /// The canonical command that ran, when it differs from what was typed.
  package var command: String?
  /// The typed result (a triage, a ranking, the steps), the `data` of a `--json` line; nil
  /// when the command has none.
  package var data: CommandData?
  /// How many first lines say what ran (``CommandResult/leadingLines``).
  package var leadingLines = 0

  /// Creates an output.
  package init(
    _ lines: [String] = [], notes: [String] = [], effect: ShellEffect? = nil,
    command: String? = nil, data: CommandData? = nil
  ) {
    self.lines = lines
    self.notes = notes
    self.effect = effect
    self.command = command
    self.data = data
  }
}

extension CommandOutput {
  /// What `result` showed, as the output of a question's answer that ran it.
  init(ranFrom result: CommandResult, effect: ShellEffect?) {
    self.init(result.output, notes: result.notes, effect: effect, command: result.command)
    leadingLines = result.leadingLines
  }
}

/// A command's typed result, encoded once as JSON when the command sets it, so outputs stay
/// comparable and the sink needs to know nothing of the type.
package struct CommandData: Equatable, Sendable, Encodable {
  /// The result as one line of JSON.
  package let json: String
  /// The result itself, which the `--json` line encodes as its `data`.
  private let value: any Encodable & Sendable

  /// The result `value`, encoded with ``JSONOutput``.
  package init(_ value: some Encodable & Sendable) {
    self.value = value
    json = JSONOutput.compact(value)
  }

  package func encode(to encoder: any Encoder) throws {
    try value.encode(to: encoder)
  }

  /// Two results are equal when they encode to the same JSON.
  package static func == (left: CommandData, right: CommandData) -> Bool {
    left.json == right.json
  }
}

/// Work a command hands back to the runner, as data.
package enum ShellEffect: Equatable, Sendable {
  /// Leave the shell.
  case quit
  /// Replay a script file in this session.
  case runScript(path: String, bail: Bool)
}

/// The outcome of one logical line, as renderers show it (text, JSON, transcript).
package struct CommandResult: Equatable, Sendable {
  /// The canonical command (or the text typed, when it did not parse).
  package var command: String
  /// Whether it succeeded.
  package var ok: Bool
  /// Lines of output.
  package var output: [String]
  /// The error, one line, when it failed.
  package var error: String?
  /// Notes that are not failures.
  package var notes: [String]
  /// The guide's one-line hint on what comes next, when hints are on.
  package var hint: String?
  /// The tag before the error on standard error (`error:`), in the session's language.
  package var errorLabel = "error:"
  /// The command's typed result, when it has one (``CommandOutput/data``).
  package var data: CommandData?
  /// How many first lines of `output` say what ran (the `» /command` of a request in plain
  /// words): shown before the notes, which are about that command.
  package var leadingLines = 0

  /// Creates a result.
  package init(
    command: String, ok: Bool, output: [String] = [], error: String? = nil, notes: [String] = [],
    hint: String? = nil, data: CommandData? = nil
  ) {
    self.command = command
    self.ok = ok
    self.output = output
    self.error = error
    self.notes = notes
    self.hint = hint
    self.data = data
  }
}
