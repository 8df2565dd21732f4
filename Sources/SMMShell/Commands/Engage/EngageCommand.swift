import SMMCore

/// `/engage`: the engagement plan (create, share, spread per community), its time against the
/// brand's hours, and the balance check. A group: each action is a leaf in this folder.
package enum EngageCommand: CommandGroup {
  package static let spec = CommandSpec(
    name: "engage",
    usage: "/engage [plan | balance | owner COMMUNITY KIND NAME]",
    examples: ["/engage plan", "/engage", "/engage balance"],
    keywords: [
      "engage", "engagement", "plan", "balance", "actions", "animer", "engagement", "equilibre",
    ],
    subcommands: [
      EngagePlanCommand.self, EngageBalanceCommand.self, EngageOwnerCommand.self,
    ],
    defaultSubcommand: EngageShowCommand.self)

  /// `/engage has no action "X"`, with the actions said in words.
  package static func unknownSubcommand(_ word: String?) -> ShellError {
    .seeHelp(
      ShellError.noAction(
        "engage", word ?? "", among: spec.subcommandSpecs.map(\.name),
        actions: .phrase(Phrase("usage.engage.actions"))),
      command: "engage")
  }

  /// A usage error of an engage leaf, pointing at `/help engage`.
  static func usage(_ key: String) -> ShellError {
    .seeHelp(Phrase(key), command: "engage")
  }
}

/// `/engage` alone: the engagement plan.
package struct EngageShowCommand: ShellCommand {
  package static let spec = CommandSpec(path: ["engage"], usage: "/engage", examples: ["/engage"])

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    .show(
      CommandOutput(
        EngagePlanView.lines(
          try context.requireBrand().state, width: context.width, context.strings)))
  }
}

/// `/engage balance`: what the brand gives its communities against what it asks of them.
package struct EngageBalanceCommand: ShellCommand {
  package static let spec = CommandSpec(
    path: ["engage", "balance"], usage: "/engage balance", examples: ["/engage balance"],
    countError: EngageCommand.usage("usage.engage.balance"))

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    .show(
      CommandOutput(
        EngageBalanceView.lines(
          try context.requireBrand().state, width: context.width, context.strings)))
  }
}

/// `/engage plan`: the plan built from the community map.
package struct EngagePlanCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["engage", "plan"], usage: "/engage plan", examples: ["/engage plan"],
    countError: EngageCommand.usage("usage.engage.plan"))

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package var change: BrandChange? { .planEngagement }
  package var canonicalArguments: ParsedArguments { ParsedArguments() }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let (s, width) = (context.strings, context.width)
    return try proposal(context) { CommandOutput(EngagePlanView.lines($0.state, width: width, s)) }
  }
}

/// `/engage owner COMMUNITY KIND NAME`: who carries one kind of action for a community.
package struct EngageOwnerCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["engage", "owner"], usage: "/engage owner COMMUNITY KIND NAME",
    examples: ["/engage owner \"Lyon food lovers\" spread Anna"],
    arguments: [
      ArgumentSpec("COMMUNITY", .communityName),
      ArgumentSpec("KIND", .choice(EngagementKind.allCases.map(\.rawValue))),
      ArgumentSpec("NAME", .text, rest: true),
    ],
    countError: EngageCommand.usage("usage.engage.owner"))

  let community: String
  let kind: EngagementKind
  let owner: String

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    guard let kind = EngagementKind(rawValue: arguments.values[1].lowercased()) else {
      throw EngageCommand.usage("usage.engage.owner")
    }
    community = arguments.values[0]
    self.kind = kind
    owner = arguments.values[2]
  }

  package var change: BrandChange? { .setEngagementOwner(community, kind, owner) }
  package var canonicalArguments: ParsedArguments {
    ParsedArguments([community, kind.rawValue, owner])
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let (s, width) = (context.strings, context.width)
    return try proposal(context) { CommandOutput(EngagePlanView.lines($0.state, width: width, s)) }
  }
}
