import ArgumentParser
import Foundation
import SMMCore

/// Parses the process arguments and maps every way out to smm's exit codes:
/// 0 success, 1 a command failed, 2 usage error.
@main
enum Entrypoint {
  static func main() {
    do {
      // A plain `smm` (the shell, or lines piped in) has nothing to parse: it starts without
      // building the argument parser's model of every subcommand by reflection, which was
      // half the instructions of a start (issue 16). Every other form is parsed.
      if CommandLine.arguments.count <= 1 {
        try SMMCommand.run(LaunchOptions(), commands: [])
      }
      var command = try SMMCommand.parseAsRoot()
      try command.run()
    } catch let code as ExitCode {
      exit(code.rawValue)
    } catch {
      let code = SMMCommand.exitCode(for: error)
      let message = SMMCommand.fullMessage(for: error)
      if code == .success {
        if !message.isEmpty { print(message) }
        exit(0)
      }
      if !message.isEmpty {
        // The message may quote an argument: its control characters are shown, not obeyed.
        FileHandle.standardError.write(Data((TerminalText.inert(message) + "\n").utf8))
      }
      exit(code == .validationFailure ? 2 : code.rawValue)
    }
  }
}
