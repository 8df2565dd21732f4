import SMMCore

/// `/community`: step 3's community map — who gathers around the brand's field, what the brand
/// brings each community and what it brings back. A group: each action is a leaf in this folder.
public enum CommunityCommand: CommandGroup {
  public static let spec = CommandSpec(
    name: "community", aliases: ["communities"],
    usage:
      "/community [add NAME --platform P --type T | show NAME | set NAME FIELD VALUE | remove NAME]",
    examples: [
      "/community", "/community add \"Lyon food lovers\" --platform instagram --type place",
      "/community set \"Lyon food lovers\" gives \"recipes and early tastings\"",
    ],
    keywords: [
      "community", "communities", "audience", "ambassadors", "communaute", "communautes",
      "influencers",
    ],
    subcommands: [
      CommunityAddCommand.self, CommunityShowCommand.self, CommunitySetCommand.self,
      CommunityRemoveCommand.self,
    ],
    defaultSubcommand: CommunityListCommand.self)

  /// A usage error of a community leaf, pointing at `/help community`.
  static func usage(_ key: String, _ values: [String: Phrase.Value] = [:]) -> ShellError {
    .seeHelp(Phrase(key, values), command: "community")
  }
}

/// `/community` alone: the map, with suggested communities.
public struct CommunityListCommand: ShellCommand {
  public static let spec = CommandSpec(
    path: ["community"], usage: "/community", examples: ["/community"])

  public init(_ arguments: ParsedArguments) throws(ShellError) {}

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    CommandOutput(
      CommunityListView.lines(
        try session.requireBrand().state, width: session.environment.width, session.strings))
  }
}

/// `/community show NAME`: one community in full.
public struct CommunityShowCommand: ShellCommand {
  public static let spec = CommandSpec(
    path: ["community", "show"], usage: "/community show NAME",
    examples: ["/community show \"Lyon food lovers\""],
    arguments: [ArgumentSpec("NAME", .communityName, rest: true)],
    countError: CommunityCommand.usage("usage.community.show"))

  let name: String

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    name = arguments.values[0]
  }

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let state = try session.requireBrand().state
    let index = try DomainArguments.domain { try state.communityIndex(name) }
    return CommandOutput(
      CommunityView.lines(
        state.communities[index], width: session.environment.width, session.strings))
  }
}

/// `/community remove NAME`: a community off the map.
public struct CommunityRemoveCommand: PrintedCommand {
  public static let spec = CommandSpec(
    path: ["community", "remove"], usage: "/community remove NAME",
    examples: ["/community remove \"Lyon food lovers\""],
    arguments: [ArgumentSpec("NAME", .communityName, rest: true)],
    countError: CommunityCommand.usage("usage.community.remove"))

  let name: String

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    name = arguments.values[0]
  }

  public var change: BrandChange? { .removeCommunity(name) }
  public var canonicalArguments: ParsedArguments { ParsedArguments([name]) }

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let (_, notes) = try commit(in: session)
    return CommandOutput(
      [session.strings.guidance("community.removed", ["name": name])], notes: notes)
  }
}
