import Foundation
import SMMCore
import SMMShell

#if canImport(Glibc)
  import Glibc
#endif

/// The fuzz targets, one per kind of input: each takes raw bytes, runs them through a part of the
/// shell that reads untrusted text, and returns the invariants that failed (empty when all is
/// well). A crash or a trap is a failure too. The seeded test in `Tests/` and the libFuzzer
/// executable `smm-fuzz` share these functions.
package enum FuzzTarget: String, CaseIterable, Sendable {
  /// `Tokenizer.tokenize`, `openness`, `tokenizePartial` over one line; quoting round-trips.
  case tokenizer
  /// `LineAssembler` fed the input's lines, as a script or a paste would.
  case assembler
  /// A script file read by `ByteLineReader` (any bytes) and assembled into logical lines.
  case script
  /// `MetricsCSV.parseWithWarnings` over a CSV file's text.
  case csv

  /// The longest input worth trying, in bytes (libFuzzer's inputs are capped to it).
  package static let maximumInputBytes = 60_000

  /// Runs the target on `bytes`; returns the invariants that failed.
  package func run(_ bytes: [UInt8]) -> [String] {
    let bytes = Array(bytes.prefix(Self.maximumInputBytes))
    var problems: [String] = []
    switch self {
    case .tokenizer: Self.tokenizer(bytes, &problems)
    case .assembler: Self.assembler(bytes, &problems)
    case .script: Self.script(bytes, &problems)
    case .csv: Self.csv(bytes, &problems)
    }
    return problems
  }

  // MARK: - Targets

  static func tokenizer(_ bytes: [UInt8], _ problems: inout [String]) {
    let line = String(decoding: bytes, as: UTF8.self)
    _ = Tokenizer.tokenizePartial(line)
    do {
      _ = try Tokenizer.openness(of: line)
    } catch {
      check(error, &problems)
    }
    do {
      for token in try Tokenizer.tokenize(line) {
        // What the shell writes for a value reads back as that one value.
        let quoted = CommandText.quote(token.text)
        let again = try? Tokenizer.tokenize(quoted).map(\.text)
        if again != [token.text] {
          problems.append(
            "quote(\(debug(token.text))) = \(debug(quoted)) reads back as \(again.map { debug("\($0)") } ?? "an error")"
          )
        }
      }
    } catch {
      check(error, &problems)
    }
    // Shown text is inert whatever the input.
    if TerminalText.inert(line).unicodeScalars.contains(where: {
      ControlCharacters.isControl($0) && $0 != "\t" && $0 != "\n"
    }) {
      problems.append("TerminalText.inert left a control character in \(debug(line))")
    }
    if let found = ControlCharacters.firstForbidden(in: line) {
      if !ControlCharacters.isForbidden(found.scalar) || found.line < 1 || found.column < 1 {
        problems.append("ControlCharacters.firstForbidden gave \(found) for \(debug(line))")
      }
    } else if line.unicodeScalars.contains(where: ControlCharacters.isForbidden) {
      problems.append(
        "ControlCharacters.firstForbidden missed a control character in \(debug(line))")
    }
  }

  static func assembler(_ bytes: [UInt8], _ problems: inout [String]) {
    let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map {
      String(decoding: $0, as: UTF8.self)
    }
    assemble(lines.map(LineInput.line), &problems)
  }

  static func script(_ bytes: [UInt8], _ problems: inout [String]) {
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { return }
    // The pipe holds 64 KiB: the whole input fits before anything reads it.
    let written = bytes.withUnsafeBytes { raw in
      raw.baseAddress.map { write(fds[1], $0, raw.count) } ?? 0
    }
    close(fds[1])
    let reader = ByteLineReader(fileDescriptor: fds[0], closeWhenDone: true)
    guard written == bytes.count else {
      problems.append("could not hand the input to the reader")
      return
    }
    var inputs: [LineInput] = []
    while inputs.count <= bytes.count + 1 {
      let input = reader.read(prompt: "")
      if input == .endOfInput { break }
      switch input {
      case .line(let text):
        if text.utf8.contains(0x0A) { problems.append("a physical line holds a line feed") }
      case .malformed(let error):
        check(error, &problems)
      default:
        break
      }
      inputs.append(input)
    }
    if inputs.count > bytes.count + 1 { problems.append("the reader never reaches the end") }
    assemble(inputs, &problems)
  }

  static func csv(_ bytes: [UInt8], _ problems: inout [String]) {
    let text = String(decoding: bytes, as: UTF8.self)
    do {
      let (records, _) = try MetricsCSV.parseWithWarnings(text)
      let rows = text.utf8.filter { $0 == 0x0A || $0 == 0x0D }.count + 1
      if records.count > rows { problems.append("\(records.count) records from \(rows) rows") }
    } catch {
      // MetricsCSV throws only SMMCoreError (typed throws): each must read in every language.
      for language in Language.allCases where error.message(Strings.of(language)).isEmpty {
        problems.append("an empty \(language) message for \(error)")
      }
    }
  }

  // MARK: - Shared checks

  /// Feeds `inputs` to a `LineAssembler` as the runner does, checking each step.
  static func assemble(_ inputs: [LineInput], _ problems: inout [String]) {
    var assembler = LineAssembler()
    var number = 0
    func checkStep(_ step: LineAssembler.Step) {
      switch step {
      case .line(let line):
        if line.physicalLines.isEmpty || line.lineNumber < 1 || line.lineNumber > number {
          problems.append("a logical line with no physical line or a wrong number: \(line)")
        }
        let trimmed = line.text.drop(while: { $0 == " " || $0 == "\t" })
        if trimmed.hasPrefix("/") {
          do {
            _ = try Tokenizer.tokenize(line.text)
          } catch {
            problems.append("a complete command does not tokenize: \(debug(line.text)): \(error)")
          }
        }
      case .failed(let error, _):
        check(error, &problems)
      case .needsMore, .skip:
        break
      }
    }
    for input in inputs {
      number += 1
      switch input {
      case .line(let text): checkStep(assembler.feed(text, lineNumber: number))
      case .malformed, .interrupted: assembler.reset()
      case .endOfInput: break
      }
    }
    if let last = assembler.finish() { checkStep(last) }
    if assembler.isPending { problems.append("the assembler is still pending after finish") }
  }

  /// An error must be a `ShellError` with a message in every language.
  static func check(_ error: ShellError, _ problems: inout [String]) {
    for language in Language.allCases where error.message(Strings.of(language)).isEmpty {
      problems.append("an empty \(language) message for \(error)")
    }
  }

  static func debug(_ text: String) -> String {
    let shown = String(text.prefix(120)).debugDescription
    return text.count > 120 ? shown + "…" : shown
  }
}
