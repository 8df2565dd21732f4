import SMMCore

/// Every command of the shell, in the order `/help` lists them.
public enum CommandRegistry {
  /// The commands.
  public static let all: [any ShellCommand.Type] = [
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

  private static let byName: [String: any ShellCommand.Type] = {
    var table: [String: any ShellCommand.Type] = [:]
    for command in all {
      table[command.spec.name] = command
      for alias in command.spec.aliases { table[alias] = command }
    }
    return table
  }()

  /// The command named or aliased `name` (without `/`, any case).
  public static func command(named name: String) -> (any ShellCommand.Type)? {
    byName[name] ?? byName[name.lowercased()]
  }

  /// The spec of the command named or aliased `name`.
  public static func spec(named name: String) -> CommandSpec? {
    guard let type = command(named: name) else { return nil }
    return specOf(type)
  }

  static func specOf(_ type: any ShellCommand.Type) -> CommandSpec {
    type.spec
  }

  /// Every name and alias.
  public static var allNames: [String] { all.flatMap { [$0.spec.name] + $0.spec.aliases } }

  /// Parses a canonical log line into the change it records.
  /// - Throws: an error naming what is wrong when the line is not a state-changing command.
  public static func decodeChange(_ line: String) throws(ShellError) -> BrandChangeLine {
    let tokens = try Tokenizer.tokenize(line)
    guard let first = tokens.first, first.text.hasPrefix("/"),
      let type = command(named: String(first.text.dropFirst()))
    else {
      throw .unknownCommand(tokens.first?.text ?? "", suggestions: [])
    }
    let arguments = try ParsedArguments(tokens.dropFirst(), spec: type.spec)
    guard let command = try type.init(arguments) as? any BrandChangingCommand,
      let change = command.change
    else {
      throw .workspace("\(line) does not change a brand")
    }
    return BrandChangeLine(change: change, canonical: command.canonical)
  }
}

/// A log line read back: its change and its canonical text.
public struct BrandChangeLine: Equatable, Sendable {
  /// The change.
  public var change: BrandChange
  /// The canonical text.
  public var canonical: String
}
