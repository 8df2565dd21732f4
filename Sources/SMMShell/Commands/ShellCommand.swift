import SMMCore

/// A node of the command tree: a group of subcommands or a command that runs.
package protocol CommandNode: Sendable {
  /// The node's declaration.
  static var spec: CommandSpec { get }
  /// The node as a command that runs; nil for a group.
  ///
  /// These are requirements rather than casts (`node as? any ShellCommand.Type`): the first
  /// cast of a type to a protocol scans every conformance record of the binary, about 0.3
  /// million instructions each time, a few per start (issue 16).
  static var asCommand: (any ShellCommand.Type)? { get }
  /// The node as a group of subcommands; nil for a command.
  static var asGroup: (any CommandGroup.Type)? { get }
}

extension CommandNode {
  package static var asCommand: (any ShellCommand.Type)? { nil }
  package static var asGroup: (any CommandGroup.Type)? { nil }
}

/// A command of the shell: declared once by its spec, built from checked arguments, and run
/// as data. It reads the ``CommandContext`` it is given and writes nothing: it returns what it
/// does (``CommandOutcome``: a view, a change of the brand, a change of the session, or a
/// question), and the dispatcher (``ShellSession/perform(_:)``) makes it, then builds the view
/// from the session as it is after it.
package protocol ShellCommand: CommandNode {
  /// Builds the command from arguments already checked against ``spec``; validates values.
  init(_ arguments: ParsedArguments) throws(ShellError)
  /// What this use of the command does, computed from `context` alone.
  func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome
  /// This use of the command as one that may change the brand; nil for a command that never
  /// does (a requirement, not a cast: see ``CommandNode/asCommand``).
  var asBrandChanging: (any BrandChangingCommand)? { get }
}

extension ShellCommand {
  package static var asCommand: (any ShellCommand.Type)? { Self.self }
  package var asBrandChanging: (any BrandChangingCommand)? { nil }
}

/// A group of subcommands (`/crisis`, `/crisis risk`): it only leads to its leaves.
package protocol CommandGroup: CommandNode {
  /// The error for a word that names none of its subcommands (nil: no word was given and the
  /// group has no default subcommand).
  static func unknownSubcommand(_ word: String?) -> ShellError
}

extension CommandGroup {
  package static var asGroup: (any CommandGroup.Type)? { Self.self }
}

extension CommandGroup {
  /// `/GROUP has no action "X"; the actions are …`, with the closest one suggested.
  package static func unknownSubcommand(_ word: String?) -> ShellError {
    let names = spec.subcommandSpecs.map(\.name)
    guard let word else {
      return .seeHelp(
        Phrase(
          "usage.commandTree.needsSubcommand",
          text: [
            "command": spec.fullName, "actions": names.joined(separator: ", "),
          ]), command: spec.root)
    }
    return .seeHelp(ShellError.noAction(spec.fullName, word, among: names), command: spec.root)
  }
}

/// A command that changes a brand's state and is recorded in its log.
package protocol BrandChangingCommand: ShellCommand {
  /// The typed change it makes; nil when this use of the command only shows something
  /// (`/brand` shows, `/brand set …` changes).
  var change: BrandChange? { get }
  /// Its canonical text, as logged and saved: reading it back gives the same change.
  var canonical: String { get }
}

extension BrandChangingCommand {
  package var asBrandChanging: (any BrandChangingCommand)? { self }
}

/// A command whose canonical text is printed from its spec by ``CommandPrinter``: it gives the
/// arguments as they are logged (defaults written out), never the text itself.
package protocol PrintedCommand: BrandChangingCommand {
  /// The arguments its canonical text is printed from.
  var canonicalArguments: ParsedArguments { get }
}

extension PrintedCommand {
  /// The canonical text, printed from ``CommandNode/spec`` and ``canonicalArguments``.
  package var canonical: String { CommandPrinter.line(Self.spec, canonicalArguments) }
}

extension BrandChangingCommand {
  /// ``BrandChangingCommand/change`` proposed under ``canonical``, shown by `view` once
  /// committed; a use of the command that changes nothing shows `view` of the open brand.
  func proposal(
    _ context: CommandContext, view: @escaping (OpenBrand) -> CommandOutput
  ) throws(ShellError) -> CommandOutcome {
    guard let change else { return .show(view(try context.requireBrand())) }
    return .change(ProposedChange(change, canonical: canonical, view: view))
  }
}
