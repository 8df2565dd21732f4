import SMMCore

/// `/spaces`: rank the platforms for the brand, explain a score, record the choice. A group:
/// each action is a leaf in this folder.
package enum SpacesCommand: CommandGroup {
  package static let spec = CommandSpec(
    name: "spaces",
    usage: "/spaces [recommend | why PLATFORM | choose PLATFORM… | drop PLATFORM]",
    examples: [
      "/spaces recommend", "/spaces why instagram", "/spaces choose instagram facebook",
      "/spaces drop facebook", "/spaces",
    ],
    keywords: [
      "spaces", "networks", "which", "platforms", "recommend", "choose", "reseaux", "choisir",
      "quels",
    ],
    subcommands: [
      SpacesRecommendCommand.self, SpacesWhyCommand.self, SpacesChooseCommand.self,
      SpacesDropCommand.self,
    ],
    defaultSubcommand: SpacesShowCommand.self)

  /// `/spaces has no action "X"`, with the closest action suggested.
  package static func unknownSubcommand(_ word: String?) -> ShellError {
    let other = word ?? ""
    let hint = Suggestions.closest(to: other, in: spec.subcommandSpecs.map(\.name)).first
    return .domain(
      .spaceChoice(
        hint.map { Phrase("error.spaces.action.suggest", text: ["action": other, "name": $0]) }
          ?? Phrase("error.spaces.action", text: ["action": other])))
  }

  /// A usage error of a spaces leaf, with the group's usage line.
  static func usage(_ key: String) -> ShellError {
    .usage(Phrase(key), usage: spec.usage)
  }
}

/// `/spaces` alone: the chosen platforms.
package struct SpacesShowCommand: ShellCommand {
  package static let spec = CommandSpec(path: ["spaces"], usage: "/spaces", examples: ["/spaces"])

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    .show(CommandOutput(SpacesChosenView.lines(try context.requireBrand().state, context.strings)))
  }
}

/// `/spaces recommend`: every platform ranked for the brand.
package struct SpacesRecommendCommand: ShellCommand {
  package static let spec = CommandSpec(
    path: ["spaces", "recommend"], usage: "/spaces recommend", examples: ["/spaces recommend"],
    countError: SpacesCommand.usage("usage.spaces.recommend"))

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let state = try context.requireBrand().state
    let ranking = SpaceScoring.rank(state.profile)
    let proposal = SpaceScoring.propose(ranking, hours: state.profile.hours)
    return .show(
      CommandOutput(
        SpacesRecommendView.lines(
          state, ranking: ranking, proposal: proposal, width: context.width,
          context.strings),
        data: CommandData(PlanReport.spaces(state, ranking, proposal))))
  }
}

/// `/spaces why PLATFORM`: one platform's score explained.
package struct SpacesWhyCommand: ShellCommand {
  package static let spec = CommandSpec(
    path: ["spaces", "why"], usage: "/spaces why PLATFORM", examples: ["/spaces why instagram"],
    arguments: [ArgumentSpec("PLATFORM", .platform)],
    countError: SpacesCommand.usage("usage.spaces.why"))

  let platform: Platform

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    platform = try DomainArguments.platform(arguments.values[0])
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    .show(
      CommandOutput(
        SpacesWhyView.lines(
          platform, try context.requireBrand().state, width: context.width,
          context.strings)))
  }
}
