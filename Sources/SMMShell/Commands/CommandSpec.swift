import SMMCore

/// The one declaration of a command: help, usage, completion and argument checks all come from it.
///
/// A command is a tree, as in swift-argument-parser: a group (`/crisis`, `/crisis risk`) declares
/// its ``subcommands``; a leaf (`/crisis risk add`) declares its arguments and options.
///
/// The words of its help live in the string catalogs, under keys derived from its path:
/// `help.PATH.abstract`, `help.PATH.discussion` and `help.PATH.flag.OPTION` (the path joined by
/// dots, the option without its dashes), in every language.
package struct CommandSpec: Sendable {
  /// The words that lead to it: `["crisis", "risk", "add"]`; one word for a top-level command.
  package var path: [String]
  /// The name typed for it: the last word of its path.
  package var name: String
  /// Other names that run the same command.
  package var aliases: [String]
  /// The usage line, e.g. `/rename NEW`.
  package var usage: String
  /// Lines that run as written; a test replays each one.
  package var examples: [String]
  /// Positional arguments, in order.
  package var arguments: [ArgumentSpec]
  /// Options such as `--yes`.
  package var flags: [FlagSpec]
  /// Words that point free text at this command ("create", "list", …), for suggestions.
  package var keywords: [String]
  /// A group's commands, in the order help lists them; empty for a leaf.
  package var subcommands: [any CommandNode.Type]
  /// The subcommand a group runs when no subcommand is named (`/crisis` lists the risks).
  package var defaultSubcommand: (any CommandNode.Type)?
  /// Whether a word that names no subcommand goes to the default subcommand as its first
  /// argument (`/profile instagram`), rather than being refused (`/crisis alerte`).
  package var defaultTakesWords: Bool
  /// The error thrown when the positional arguments do not fit (nil: the generic count error);
  /// it keeps the errors of commands that were split into leaves as they were.
  package var countError: ShellError?

  /// Declares a top-level command.
  package init(
    name: String, aliases: [String] = [], usage: String, examples: [String],
    arguments: [ArgumentSpec] = [],
    flags: [FlagSpec] = [], keywords: [String] = [],
    subcommands: [any CommandNode.Type] = [], defaultSubcommand: (any CommandNode.Type)? = nil,
    defaultTakesWords: Bool = false
  ) {
    self.init(
      path: [name], aliases: aliases, usage: usage, examples: examples, arguments: arguments,
      flags: flags, keywords: keywords, subcommands: subcommands,
      defaultSubcommand: defaultSubcommand, defaultTakesWords: defaultTakesWords)
  }

  /// Declares a command at `path` (a subcommand when the path has more than one word).
  package init(
    path: [String], aliases: [String] = [], usage: String, examples: [String] = [],
    arguments: [ArgumentSpec] = [], flags: [FlagSpec] = [], keywords: [String] = [],
    subcommands: [any CommandNode.Type] = [], defaultSubcommand: (any CommandNode.Type)? = nil,
    defaultTakesWords: Bool = false, countError: ShellError? = nil
  ) {
    self.path = path
    self.name = path.last ?? ""
    self.aliases = aliases
    self.usage = usage
    self.examples = examples
    self.arguments = arguments
    self.flags = flags
    self.keywords = keywords
    self.subcommands = subcommands
    self.defaultSubcommand = defaultSubcommand
    self.defaultTakesWords = defaultTakesWords
    self.countError = countError
  }

  /// The top-level command it belongs to (`crisis` for `/crisis risk add`).
  package var root: String { path.first ?? name }
  /// Its path as typed after `/`: `crisis risk add`.
  package var fullName: String { path.joined(separator: " ") }
  /// Whether it is a group of subcommands.
  package var isGroup: Bool { !subcommands.isEmpty }
  /// Whether it is a subcommand of a group.
  package var isSubcommand: Bool { path.count > 1 }
  /// The specs of its subcommands.
  package var subcommandSpecs: [CommandSpec] { subcommands.map { $0.spec } }
  /// The leaves under it, depth first (itself when it is a leaf).
  package var leaves: [CommandSpec] {
    isGroup ? subcommandSpecs.flatMap(\.leaves) : [self]
  }
  /// The subcommand named `word` (any case), if it is a group.
  package func subcommand(named word: String) -> (any CommandNode.Type)? {
    let lower = word.lowercased()
    return subcommands.first { $0.spec.name == lower || $0.spec.aliases.contains(lower) }
  }

  private var keyStem: String { path.joined(separator: ".") }
  /// The catalog key of its one-line abstract, shown by `/help`.
  package var abstractKey: String { "help.\(keyStem).abstract" }
  /// The catalog key of its longer explanation, shown by `/help NAME`.
  package var discussionKey: String { "help.\(keyStem).discussion" }
  /// The catalog key of the line that says what `flag` does.
  package func key(of flag: FlagSpec) -> String {
    flag.helpKey ?? "help.\(keyStem).flag.\(flag.name.drop { $0 == "-" })"
  }

  /// Its one-line abstract in `strings`' language.
  package func abstract(_ strings: Strings) -> String { strings(abstractKey) }
  /// Its longer explanation in `strings`' language; empty for a subcommand that has none.
  package func discussion(_ strings: Strings) -> String {
    isSubcommand && !strings.has(discussionKey) ? "" : strings(discussionKey)
  }
  /// What `flag` does, in `strings`' language.
  package func help(for flag: FlagSpec, _ strings: Strings) -> String { strings(key(of: flag)) }

  /// Its abstract in English, for callers that have no session.
  package var abstract: String { abstract(.english) }
  /// Its discussion in English, for callers that have no session.
  package var discussion: String { discussion(.english) }
}

/// A positional argument of a command.
package struct ArgumentSpec: Sendable {
  /// The placeholder shown in usage, e.g. `NAME`.
  package var name: String
  /// What values it takes, for completion.
  package var kind: ArgumentKind
  /// Whether it may be left out.
  package var isOptional: Bool
  /// Whether it takes all remaining words, joined by spaces (`/new Chez Paul`).
  package var takesRest: Bool
  /// Whether it takes all remaining words as separate values (`/content adapt 3 x linkedin`).
  package var isVariadic: Bool
  /// Whether its value is text of several lines, printed as a `"""` block (`/metrics load`).
  package var isBlock: Bool

  /// Declares an argument.
  package init(
    _ name: String, _ kind: ArgumentKind, optional: Bool = false, rest: Bool = false,
    variadic: Bool = false, block: Bool = false
  ) {
    self.name = name
    self.kind = kind
    self.isOptional = optional
    self.takesRest = rest || variadic
    self.isVariadic = variadic
    self.isBlock = block
  }
}

/// The values an argument takes.
package enum ArgumentKind: Sendable, Equatable {
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
  /// The name of one of the open brand's communities.
  case communityName
  /// A field of a community's map.
  case communityField
  /// A platform after `add`, a file path after `import`.
  case filePathOrPlatform
}

/// An option of a command, such as `--yes`, or `--tag VALUE` when it takes a value.
package struct FlagSpec: Sendable {
  /// The option as typed, with its dashes.
  package var name: String
  /// The values it takes, when it takes one (`--tag brand`); empty for any value (`--start
  /// 2026-12-07`); nil for a plain switch.
  package var values: [String]?
  /// The catalog key of what it does, when several leaves share one line (`--type` of the
  /// crisis leaves); nil: derived from the command's path.
  package var helpKey: String?

  /// Declares an option; what it does is in the catalogs (``CommandSpec/key(of:)``).
  package init(_ name: String, values: [String]? = nil, helpKey: String? = nil) {
    self.name = name
    self.values = values
    self.helpKey = helpKey
  }
}
