import ArgumentParser
import Foundation
import SMMCore
import SMMShell

extension Platform: ExpressibleByArgument {
  public init?(argument: String) {
    self.init(id: argument)
  }
}

/// `smm count --platform P [--json] [TEXT|-]`: a text's length in the platform's own unit;
/// with `--lines [FILE|-]`, one text per line of a file or stdin, one result per line.
struct CountCommandLine: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "count",
    abstract: "Count a text the way a platform counts it (reads stdin with - or no text).",
    discussion: """
      With --lines, each line of FILE (or of stdin, with - or no file) is one text, and each \
      gets one result line, in order: "LINE: …" as text, or with --json the same object as \
      smm count --json (a line that cannot be read gives {"error", "line"}). Memory stays \
      flat whatever the input's size. Exit status 1 when a line could not be read.
      """)

  @Option(
    help: ArgumentHelp(
      "The platform: \(Platform.allCases.map(\.rawValue).joined(separator: ", ")).",
      valueName: "platform"))
  var platform: Platform

  /// `--json` prints {"platform", "length", "limit", "valid", "unit"}.
  @OptionGroup var global: GlobalOptions

  @Flag(help: "Count each line of the file (or stdin) as its own text.")
  var lines = false

  @Flag(help: "Count X posts with an X Premium account's limit, 25,000, instead of 280.")
  var xPremium = false

  @Argument(
    help: ArgumentHelp(
      "The text; - or nothing reads stdin (without its one final newline). With --lines: "
        + "the file to read, - or nothing for stdin.", valueName: "text"))
  var text: String?

  mutating func run() throws {
    PlatformFilesAtLaunch.install(option: global.catalog, ProcessEnvironment.current)
    let limits = xPremium ? [Platform.x: BrandLimits.xPremium] : [:]
    var command = self
    try BrandLimits.with(limits) { () throws -> Void in try command.count() }
  }

  mutating func count() throws {
    if lines {
      try countLines()
      return
    }
    var input: String
    if let text, text != "-" {
      input = text
    } else {
      let data = FileHandle.standardInput.readDataToEndOfFile()
      guard let decoded = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(
          Data("error: stdin is not valid UTF-8; save the text as UTF-8 and try again\n".utf8))
        throw ExitCode(1)
      }
      input = decoded
      if input.hasSuffix("\r\n") {
        input.removeLast()
      } else if input.hasSuffix("\n") {
        input.removeLast()
      }
    }
    let count = PlatformCounter.count(input, on: platform)
    if global.json {
      print(CountCommand.json(count))
    } else {
      print(TerminalText.inert(CountCommand.describe(count).joined(separator: "\n")))
    }
  }
}

extension CountCommandLine {
  /// `--lines`: streams the file (or stdin) line by line, one result per line.
  func countLines() throws {
    let fd = try openInput(text)
    let reader = ByteLineReader(fileDescriptor: fd, closeWhenDone: fd != STDIN_FILENO)
    let strings = Strings(.en)
    // The options read once: each read of a parsed property goes through its wrapper's generic
    // metadata, which cost more than a count.
    let platform = self.platform
    let json = global.json
    let out = StandardOutputBuffer()
    var number = 0
    var unreadable = 0
    while true {
      let input = reader.read(prompt: "")
      number += 1
      switch input {
      case .line(let line):
        let count = PlatformCounter.count(line, on: platform)
        if json {
          out.line { CountCommand.appendJSON(count, to: &$0) }
        } else {
          let head = CountCommand.describe(count, strings).first ?? ""
          out.line("\(number): " + TerminalText.inert(head))
        }
      case .malformed(let error):
        unreadable += 1
        let message = error.message(strings)
        out.flush()
        FileHandle.standardError.write(Data("error: line \(number): \(message)\n".utf8))
        if json {
          out.line(JSONOutput.compact(UnreadableLine(error: message, line: number)))
        } else {
          out.line("\(number): " + strings("count.lines.unreadable"))
        }
      case .endOfInput, .interrupted:
        out.flush()
        if unreadable > 0 { throw ExitCode(1) }
        return
      }
    }
  }
}

/// The JSON result of a line `--lines` could not read.
private struct UnreadableLine: Encodable {
  var error: String
  var line: Int
}
