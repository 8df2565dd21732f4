import SMMCore

/// The one declaration of a command: help, usage, completion and argument checks all come from it.
///
/// The words of its help live in the string catalogs, under keys derived from its name:
/// `help.NAME.abstract`, `help.NAME.discussion` and `help.NAME.flag.OPTION` (the option without
/// its dashes), in every language.
public struct CommandSpec: Sendable {
  /// The name typed after `/`.
  public var name: String
  /// Other names that run the same command.
  public var aliases: [String]
  /// The usage line, e.g. `/rename NEW`.
  public var usage: String
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
    name: String, aliases: [String] = [], usage: String, examples: [String],
    arguments: [ArgumentSpec] = [],
    flags: [FlagSpec] = [], keywords: [String] = []
  ) {
    self.name = name
    self.aliases = aliases
    self.usage = usage
    self.examples = examples
    self.arguments = arguments
    self.flags = flags
    self.keywords = keywords
  }

  /// The catalog key of its one-line abstract, shown by `/help`.
  public var abstractKey: String { "help.\(name).abstract" }
  /// The catalog key of its longer explanation, shown by `/help NAME`.
  public var discussionKey: String { "help.\(name).discussion" }
  /// The catalog key of the line that says what `flag` does.
  public func key(of flag: FlagSpec) -> String {
    "help.\(name).flag.\(flag.name.drop { $0 == "-" })"
  }

  /// Its one-line abstract in `strings`' language.
  public func abstract(_ strings: Strings) -> String { strings(abstractKey) }
  /// Its longer explanation in `strings`' language.
  public func discussion(_ strings: Strings) -> String { strings(discussionKey) }
  /// What `flag` does, in `strings`' language.
  public func help(for flag: FlagSpec, _ strings: Strings) -> String { strings(key(of: flag)) }

  /// Its abstract in English, for callers that have no session.
  public var abstract: String { abstract(.english) }
  /// Its discussion in English, for callers that have no session.
  public var discussion: String { discussion(.english) }
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
  /// The values it takes, when it takes one (`--tag brand`); empty for any value (`--start
  /// 2026-12-07`); nil for a plain switch.
  public var values: [String]?

  /// Declares an option; what it does is in the catalogs (``CommandSpec/key(of:)``).
  public init(_ name: String, values: [String]? = nil) {
    self.name = name
    self.values = values
  }
}
