import SMMCore

/// `/community`: step 3's community map — who gathers around the brand's field, what the brand
/// brings each community and what it brings back. A group: each action is a leaf in this folder.
package enum CommunityCommand: CommandGroup {
  package static let spec = CommandSpec(
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
package struct CommunityListCommand: ShellCommand {
  package static let spec = CommandSpec(
    path: ["community"], usage: "/community", examples: ["/community"])

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    .show(
      CommandOutput(
        CommunityListView.lines(
          try context.requireState(), width: context.width, context.strings)))
  }
}

/// `/community show NAME`: one community in full.
package struct CommunityShowCommand: ShellCommand {
  package static let spec = CommandSpec(
    path: ["community", "show"], usage: "/community show NAME",
    examples: ["/community show \"Lyon food lovers\""],
    arguments: [ArgumentSpec("NAME", .communityName, rest: true)],
    countError: CommunityCommand.usage("usage.community.show"))

  let name: String

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    name = arguments.values[0]
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let state = try context.requireState()
    let index = try DomainArguments.domain { try state.communityIndex(name) }
    return .show(
      CommandOutput(
        CommunityView.lines(state.communities[index], width: context.width, context.strings)))
  }
}

/// `/community remove NAME`: a community off the map.
package struct CommunityRemoveCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["community", "remove"], usage: "/community remove NAME",
    examples: ["/community remove \"Lyon food lovers\""],
    arguments: [ArgumentSpec("NAME", .communityName, rest: true)],
    countError: CommunityCommand.usage("usage.community.remove"))

  let name: String

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    name = arguments.values[0]
  }

  package var change: BrandChange? { .removeCommunity(name) }
  package var canonicalArguments: ParsedArguments { ParsedArguments([name]) }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let s = context.strings
    return try proposal(context) { [name] _ in
      CommandOutput([s.guidance("community.removed", ["name": name])])
    }
  }
}
