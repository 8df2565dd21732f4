import SMMCore

/// `/spaces choose PLATFORM…`: the platforms the brand builds its profiles on.
package struct SpacesChooseCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["spaces", "choose"], usage: "/spaces choose PLATFORM…",
    examples: ["/spaces choose instagram facebook"],
    arguments: [ArgumentSpec("PLATFORM", .platform, variadic: true)],
    countError: SpacesCommand.usage("usage.spaces.choose"))

  let platforms: [Platform]

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    var platforms: [Platform] = []
    // A quoted "instagram facebook" names two platforms, as it always has.
    for word in arguments.values.flatMap({ $0.split(separator: " ") }) {
      platforms.append(try DomainArguments.platform(String(word)))
    }
    guard !platforms.isEmpty else { throw SpacesCommand.usage("usage.spaces.choose") }
    self.platforms = platforms
  }

  package var change: BrandChange? { .chooseSpaces(platforms) }
  package var canonicalArguments: ParsedArguments { ParsedArguments(platforms.map(\.rawValue)) }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let s = context.strings
    return try proposal(context) { brand in
      CommandOutput(
        SpacesChosenView.lines(brand.state, s),
        notes: SpacesWarningsView.lines(brand.state, afterChoosing: true, s))
    }
  }
}

/// `/spaces drop PLATFORM`: a platform no longer chosen.
package struct SpacesDropCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["spaces", "drop"], usage: "/spaces drop PLATFORM", examples: ["/spaces drop facebook"],
    arguments: [ArgumentSpec("PLATFORM", .platform)],
    countError: SpacesCommand.usage("usage.spaces.drop"))

  let platform: Platform

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    platform = try DomainArguments.platform(arguments.values[0])
  }

  package var change: BrandChange? { .dropSpace(platform) }
  package var canonicalArguments: ParsedArguments { ParsedArguments([platform.rawValue]) }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let s = context.strings
    return try proposal(context) { brand in
      CommandOutput(
        SpacesChosenView.lines(brand.state, s),
        notes: SpacesWarningsView.lines(brand.state, afterChoosing: false, s))
    }
  }
}
