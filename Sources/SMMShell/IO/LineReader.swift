/// One read from a line source.
package enum LineInput: Equatable, Sendable {
  /// A physical line, without its line break.
  case line(String)
  /// The source has no more lines (Ctrl-D, end of file).
  case endOfInput
  /// The user pressed Ctrl-C: drop what was being typed.
  case interrupted
  /// The line could not be read as text (invalid UTF-8, too long); it is skipped.
  case malformed(ShellError)
}

/// Where lines come from: libedit at a terminal, a pipe, a script file, or a test's list.
package protocol LineReader: AnyObject {
  /// Reads the next physical line, showing `prompt` when a person is typing.
  func read(prompt: String) -> LineInput
  /// Remembers an accepted line in the history, where there is one.
  func remember(_ line: String)
  /// Whether it shows the prompt (a terminal does; a pipe or a file does not, so the runner
  /// need not compute it).
  var showsPrompt: Bool { get }
}

extension LineReader {
  /// Sources read plainly show no prompt.
  package var showsPrompt: Bool { false }

  /// Sources without history ignore it.
  package func remember(_ line: String) {}
}

/// Lines from a list, for tests and `-c`.
package final class ScriptedLineReader: LineReader {
  private var lines: [String]
  private var index = 0

  /// Reads `lines` in order, then ends.
  package init(_ lines: [String]) {
    self.lines = lines
  }

  package func read(prompt: String) -> LineInput {
    guard index < lines.count else { return .endOfInput }
    defer { index += 1 }
    return .line(lines[index])
  }
}

/// Reads given in advance: a script read whole, then filled (`smm run --set`).
package final class PreparedLineReader: LineReader {
  private let inputs: [LineInput]
  private var index = 0

  /// Reads `inputs` in order, then ends.
  package init(_ inputs: [LineInput]) {
    self.inputs = inputs
  }

  /// Everything `reader` gives until it ends (or is interrupted).
  package static func readAll(_ reader: any LineReader) -> [LineInput] {
    var inputs: [LineInput] = []
    while true {
      let input = reader.read(prompt: "")
      if input == .endOfInput || input == .interrupted { return inputs }
      inputs.append(input)
    }
  }

  package func read(prompt: String) -> LineInput {
    guard index < inputs.count else { return .endOfInput }
    defer { index += 1 }
    return inputs[index]
  }
}
