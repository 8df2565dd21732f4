/// A command the core asks for, as data: its path (`spaces choose`), its arguments and its
/// options. The core writes no shell syntax; the shell prints a request as a command line.
public struct CommandRequest: Equatable, Sendable, Codable {
  /// One argument: a value, or the place a question's answer goes.
  public enum Argument: Equatable, Sendable, Codable {
    /// A value, as the user would type it unquoted.
    case value(String)
    /// Where the answer to the guide's question goes (`…` when shown).
    case answer
    /// A word standing for a value the line did not give, shown as it is (`NAME`, `ID`).
    case placeholder(String)
    /// A word standing for a value, named by its key: `text` is `command.word.text` in the
    /// catalog (`TEXT`, `TEXTE`), so the core can name it in any language.
    case word(String)
    /// A flag, named without its dashes (`force` for `--force`).
    case flag(String)
  }

  /// An option and its value (`--platform instagram`); the name without dashes.
  public struct Option: Equatable, Sendable, Codable {
    public var name: String
    public var value: String

    /// An option `name` (without dashes) set to `value`.
    public init(_ name: String, _ value: String) {
      self.name = name
      self.value = value
    }
  }

  /// The command and its subcommands: `["crisis", "risk", "add"]`.
  public var path: [String]
  /// The arguments, in order.
  public var arguments: [Argument]
  /// The options, in order, after the arguments.
  public var options: [Option]

  /// The command at `path` with `arguments` and `options`.
  public init(_ path: [String], arguments: [Argument] = [], options: [Option] = []) {
    self.path = path
    self.arguments = arguments
    self.options = options
  }

  /// The command at `path` with the values `arguments`.
  public init(_ path: String..., values arguments: [String] = [], options: [Option] = []) {
    self.init(path, arguments: arguments.map { .value($0) }, options: options)
  }

  /// Whether an answer still has to be put in.
  public var needsAnswer: Bool { arguments.contains(.answer) }

  /// The request with `values` where the answer goes.
  public func answering(_ values: [String]) -> CommandRequest {
    var filled = self
    filled.arguments = arguments.flatMap { argument -> [Argument] in
      argument == .answer ? values.map { .value($0) } : [argument]
    }
    return filled
  }
}
