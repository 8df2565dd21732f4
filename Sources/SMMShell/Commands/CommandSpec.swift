/// The one declaration of a command: help, usage, completion and argument checks all come from it.
public struct CommandSpec: Sendable {
  /// The name typed after `/`.
  public var name: String
  /// Other names that run the same command.
  public var aliases: [String]
  /// One line, shown by `/help`.
  public var abstract: String
  /// The usage line, e.g. `/rename NEW`.
  public var usage: String
  /// Longer explanation, shown by `/help NAME`.
  public var discussion: String
  /// Lines that run as written; a test replays each one.
  public var examples: [String]
  /// Positional arguments, in order.
  public var arguments: [ArgumentSpec]
  /// Options such as `--yes`.
  public var flags: [FlagSpec]
  /// Words that point free text at this command ("create", "list", …), for suggestions.
  public var keywords: [String]

  /// Declares a command.
  public init(
    name: String, aliases: [String] = [], abstract: String, usage: String,
    discussion: String = "", examples: [String], arguments: [ArgumentSpec] = [],
    flags: [FlagSpec] = [], keywords: [String] = []
  ) {
    self.name = name
    self.aliases = aliases
    self.abstract = abstract
    self.usage = usage
    self.discussion = discussion
    self.examples = examples
    self.arguments = arguments
    self.flags = flags
    self.keywords = keywords
  }
}

/// A positional argument of a command.
public struct ArgumentSpec: Sendable {
  /// The placeholder shown in usage, e.g. `NAME`.
  public var name: String
  /// What values it takes, for completion.
  public var kind: ArgumentKind
  /// Whether it may be left out.
  public var isOptional: Bool
  /// Whether it takes all remaining words, joined by spaces (`/new Chez Paul`).
  public var takesRest: Bool

  /// Declares an argument.
  public init(_ name: String, _ kind: ArgumentKind, optional: Bool = false, rest: Bool = false) {
    self.name = name
    self.kind = kind
    self.isOptional = optional
    self.takesRest = rest
  }
}

/// The values an argument takes.
public enum ArgumentKind: Sendable, Equatable {
  /// A new brand name: free text.
  case newBrandName
  /// The name of an existing brand.
  case brandName
  /// A command name.
  case commandName
  /// A file path.
  case filePath
  /// Free text.
  case text
  /// One of a fixed list.
  case choice([String])
  /// A platform id.
  case platform
  /// A platform id, or one of these words (`/profile check`).
  case platformOr([String])
  /// A field of the brand profile.
  case profileField
  /// A value of the profile field given just before (comma-separated lists complete item by item).
  case profileValue
  /// A field of the profile on the platform given first (`/profile instagram set bio`).
  case platformProfileField
  /// The words after `/content ACTION`: completed by action (platforms for tone, verbs…).
  case contentArgument
  /// The words after `/community ACTION`: community names, then fields.
  case communityArgument
  /// A platform after `add`, a file path after `import`.
  case filePathOrPlatform
}

/// An option of a command, such as `--yes`, or `--tag VALUE` when it takes a value.
public struct FlagSpec: Sendable {
  /// The option as typed, with its dashes.
  public var name: String
  /// One line saying what it does.
  public var help: String
  /// The values it takes, when it takes one (`--tag brand`); empty for any value (`--start
  /// 2026-12-07`); nil for a plain switch.
  public var values: [String]?

  /// Declares an option.
  public init(_ name: String, _ help: String, values: [String]? = nil) {
    self.name = name
    self.help = help
    self.values = values
  }
}
