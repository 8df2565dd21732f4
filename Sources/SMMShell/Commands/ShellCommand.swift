import SMMCore

/// A command of the shell: declared once by its spec, built from checked arguments, run
/// against the session.
public protocol ShellCommand: Sendable {
  /// The command's declaration.
  static var spec: CommandSpec { get }
  /// Builds the command from arguments already checked against ``spec``; validates values.
  init(_ arguments: ParsedArguments) throws(ShellError)
  /// Runs the command. It changes the session only through its methods, which save first.
  func run(in session: ShellSession) throws(ShellError) -> CommandOutput
}

/// A command that changes a brand's state and is recorded in its log.
public protocol BrandChangingCommand: ShellCommand {
  /// The typed change it makes; nil when this use of the command only shows something
  /// (`/brand` shows, `/brand set …` changes).
  var change: BrandChange? { get }
  /// Its canonical text, as logged and saved: reading it back gives the same change.
  var canonical: String { get }
}
