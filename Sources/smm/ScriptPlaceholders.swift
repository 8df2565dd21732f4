import ArgumentParser
import Foundation
import SMMCore
import SMMShell

/// `smm run FILE --set NAME=VALUE`: reads the scripts that hold `{{NAME}}` placeholders (or all
/// of them, when values are given), fills them, and hands the filled lines to the runner.
/// Every script is checked before anything runs: a placeholder without a value stops the run.
enum ScriptPlaceholders {
  /// Parses `NAME=VALUE` options; a malformed one is a usage error.
  static func values(_ options: [String], launch: Launch) throws -> [String: String] {
    var values: [String: String] = [:]
    for option in options {
      guard let equals = option.firstIndex(of: "="),
        ScriptTemplate.isName(String(option[..<equals]))
      else {
        launch.fail(
          launch.session.strings.format("template.badSet", ["given": .text(option)]))
        throw ExitCode(2)
      }
      values[String(option[..<equals])] = String(option[option.index(after: equals)...])
    }
    return values
  }

  /// Fills `scripts` into `runner.preparedScripts`.
  /// - Throws: `ExitCode(2)` after reporting the first problem, with its script and line.
  static func prepare(
    _ scripts: [String], values: [String: String], runner: ShellRunner, launch: Launch
  ) throws {
    var used: Set<String> = []
    let session = launch.session
    for script in scripts {
      let fromStandardInput = script == "-"
      let name = fromStandardInput ? "stdin" : script
      if !fromStandardInput && values.isEmpty {
        // Without values only a script that may hold a placeholder is read twice.
        let path = session.environment.resolve(script)
        guard let data = FileManager.default.contents(atPath: path),
          data.range(of: Data("{{".utf8)) != nil
        else { continue }
      }
      let reader: any LineReader
      if fromStandardInput {
        reader = ByteLineReader(fileDescriptor: 0)
      } else {
        do {
          reader = try ScriptFile.open(session.environment.resolve(script), shownAs: script)
        } catch {
          launch.fail(error.description)
          throw ExitCode(2)
        }
      }
      let inputs = PreparedLineReader.readAll(reader)
      let lines = inputs.map { input -> String in
        if case .line(let text) = input { return text }
        return ""
      }
      used.formUnion(ScriptTemplate.placeholders(in: lines).map(\.name))
      let filled: [String]
      do {
        filled = try ScriptTemplate.fill(lines, with: values)
      } catch {
        var result = CommandResult(command: "", ok: false, error: error.message(session.strings))
        result.errorLabel = session.strings("label.error")
        runner.sink.emit(result, at: SourceLocation(source: name, line: error.line))
        runner.sink.flush()
        throw ExitCode(2)
      }
      runner.preparedScripts[script] = zip(inputs, filled).map { input, text in
        if case .line = input { return .line(text) }
        return input
      }
    }
    for unused in values.keys.sorted() where !used.contains(unused) {
      runner.sink.message(
        session.strings.format(
          "template.unused",
          ["name": .text(unused), "path": .text(scripts.joined(separator: ", "))]
        ), isError: true)
    }
  }
}
