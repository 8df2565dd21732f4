import SMMCore

/// Every command of the shell, in the order `/help` lists them.
package enum CommandRegistry {
  /// The commands.
  package static let all: [any CommandNode.Type] = [
    HelpCommand.self,
    StatusCommand.self,
    NextCommand.self,
    WhyCommand.self,
    NewCommand.self,
    UseCommand.self,
    BrandsCommand.self,
    RenameCommand.self,
    DeleteCommand.self,
    BrandCommand.self,
    InterviewCommand.self,
    SkipCommand.self,
    StopCommand.self,
    PlatformsCommand.self,
    SpacesCommand.self,
    ProfileCommand.self,
    ContentCommand.self,
    CountCommand.self,
    CalendarCommand.self,
    CommunityCommand.self,
    EngageCommand.self,
    ReplyCommand.self,
    MetricsCommand.self,
    CrisisCommand.self,
    WatchGroupCommand.self,
    UndoCommand.self,
    RedoCommand.self,
    HistoryCommand.self,
    RepairCommand.self,
    SaveCommand.self,
    ExportCommand.self,
    BackupCommand.self,
    RunCommand.self,
    HintsCommand.self,
    LangCommand.self,
    QuitCommand.self,
  ]

  private static let byName: [String: any CommandNode.Type] = {
    var table: [String: any CommandNode.Type] = [:]
    for command in all {
      table[command.spec.name] = command
      for alias in command.spec.aliases { table[alias] = command }
    }
    return table
  }()

  /// The command named or aliased `name` (without `/`, any case).
  package static func command(named name: String) -> (any CommandNode.Type)? {
    byName[name] ?? byName[name.lowercased()]
  }

  /// The spec of the command named or aliased `name`.
  package static func spec(named name: String) -> CommandSpec? {
    guard let type = command(named: name) else { return nil }
    return specOf(type)
  }

  static func specOf(_ type: any CommandNode.Type) -> CommandSpec {
    type.spec
  }

  /// Every command that runs, top-level commands and the leaves of groups (a group's default
  /// first), in help order.
  package static var leaves: [any ShellCommand.Type] {
    func walk(_ node: any CommandNode.Type) -> [any ShellCommand.Type] {
      if node.spec.isGroup {
        let listed = node.spec.subcommands.map { ObjectIdentifier($0) }
        let fallback = node.spec.defaultSubcommand.map { [$0] } ?? []
        return fallback.filter { !listed.contains(ObjectIdentifier($0)) }.flatMap(walk)
          + node.spec.subcommands.flatMap(walk)
      }
      return node.asCommand.map { [$0] } ?? []
    }
    return all.flatMap(walk)
  }

  /// The spec at `path` (`["crisis", "risk", "add"]`), following subcommands; nil when a word
  /// names nothing.
  package static func spec(at path: [String]) -> CommandSpec? {
    guard let first = path.first, var node = command(named: first) else { return nil }
    for word in path.dropFirst() {
      guard let next = node.spec.subcommand(named: word) else { return nil }
      node = next
    }
    return node.spec
  }

  /// Follows the subcommand words at the start of `tokens` from `root` to the command that
  /// runs, and checks the remaining words against that leaf's spec.
  /// - Throws: the group's error for a word that names no subcommand, or the leaf's argument
  ///   errors.
  package static func resolve(_ root: any CommandNode.Type, _ tokens: ArraySlice<Token>)
    throws(ShellError) -> (command: any ShellCommand.Type, arguments: ParsedArguments)
  {
    var node = root
    var rest = tokens
    while node.spec.isGroup {
      if let word = rest.first, let next = node.spec.subcommand(named: word.text) {
        node = next
        rest = rest.dropFirst()
      } else if let fallback = node.spec.defaultSubcommand,
        node.spec.defaultTakesWords
          || (rest.first.map({ !$0.wasQuoted && $0.text.hasPrefix("--") }) ?? true)
      {
        node = fallback
      } else {
        throw unknownSubcommand(of: node, rest.first?.text)
      }
    }
    guard let leaf = node.asCommand else {
      throw .workspace("/\(node.spec.fullName) is declared as neither a group nor a command")
    }
    return (leaf, try ParsedArguments(rest, spec: leaf.spec))
  }

  private static func unknownSubcommand(of node: any CommandNode.Type, _ word: String?)
    -> ShellError
  {
    if let group = node.asGroup { return group.unknownSubcommand(word) }
    return .unknownCommand(node.spec.fullName + " " + (word ?? ""), suggestions: [])
  }

  /// Every name and alias.
  package static var allNames: [String] { all.flatMap { [$0.spec.name] + $0.spec.aliases } }

  /// Parses a canonical log line into the change it records.
  /// - Throws: an error naming what is wrong when the line is not a state-changing command.
  package static func decodeChange(_ line: String) throws(ShellError) -> BrandChangeLine {
    let tokens = try Tokenizer.tokenize(line)
    guard let first = tokens.first, first.text.hasPrefix("/"),
      let type = command(named: String(first.text.dropFirst()))
    else {
      throw .unknownCommand(tokens.first?.text ?? "", suggestions: [])
    }
    let (leaf, arguments) = try resolve(type, tokens.dropFirst())
    guard let command = try leaf.init(arguments).asBrandChanging,
      let change = command.change
    else {
      throw .workspace("\(line) does not change a brand")
    }
    return BrandChangeLine(change: change, canonical: command.canonical)
  }
}

/// A log line read back: its change and its canonical text.
package struct BrandChangeLine: Equatable, Sendable {
  /// The change.
  package var change: BrandChange
  /// The canonical text.
  package var canonical: String
}
