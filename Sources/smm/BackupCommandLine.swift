import ArgumentParser
import SMMShell

/// `smm backup FILE [--force]`: a consistent, checked single-file copy of the workspace, safe
/// while shells are open (unlike `cp`, which can miss what sits in the -wal file).
struct BackupCommandLine: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backup",
    abstract: "Copy the workspace to one file, consistently, even while shells are open.")

  @Argument(help: ArgumentHelp("The file to write.", valueName: "file"))
  var file: String

  @Flag(help: "Replace the file when it exists.")
  var force = false

  @OptionGroup var global: GlobalOptions

  mutating func run() throws {
    let launch = try Launch(global)
    let session = launch.session
    do {
      let backup = try session.workspace.backup(
        to: session.environment.resolve(file), shown: file, replacing: force)
      print(BackupCommand.done(backup, session.strings))
    } catch {
      launch.fail(error.message(session.strings))
      throw ExitCode(1)
    }
  }
}
