import ArgumentParser
import Foundation
import SMMCore
import SMMShell

extension Platform: ExpressibleByArgument {
  public init?(argument: String) {
    self.init(id: argument)
  }
}

/// `smm count --platform P [--json] [TEXT|-]`: a text's length in the platform's own unit.
struct CountCommandLine: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "count",
    abstract: "Count a text the way a platform counts it (reads stdin with - or no text).")

  @Option(
    help: ArgumentHelp(
      "The platform: \(Platform.allCases.map(\.rawValue).joined(separator: ", ")).",
      valueName: "platform"))
  var platform: Platform

  /// `--json` prints {"platform", "length", "limit", "valid", "unit"}.
  @OptionGroup var global: GlobalOptions

  @Argument(
    help: ArgumentHelp(
      "The text; - or nothing reads stdin (without its one final newline).", valueName: "text"))
  var text: String?

  mutating func run() throws {
    PlatformFilesAtLaunch.install(option: global.catalog, ProcessInfo.processInfo.environment)
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
