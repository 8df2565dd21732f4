import SMMCore

/// `/spaces choose PLATFORM…`: the platforms the brand builds its profiles on.
public struct SpacesChooseCommand: PrintedCommand, DataCommand {
  public static let spec = CommandSpec(
    path: ["spaces", "choose"], usage: "/spaces choose PLATFORM…",
    examples: ["/spaces choose instagram facebook"],
    arguments: [ArgumentSpec("PLATFORM", .platform, variadic: true)],
    countError: SpacesCommand.usage("usage.spaces.choose"))

  let platforms: [Platform]

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    var platforms: [Platform] = []
    // A quoted "instagram facebook" names two platforms, as it always has.
    for word in arguments.values.flatMap({ $0.split(separator: " ") }) {
      platforms.append(try DomainArguments.platform(String(word)))
    }
    guard !platforms.isEmpty else { throw SpacesCommand.usage("usage.spaces.choose") }
    self.platforms = platforms
  }

  public var change: BrandChange? { .chooseSpaces(platforms) }
  public var canonicalArguments: ParsedArguments { ParsedArguments(platforms.map(\.rawValue)) }

  public func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let s = context.strings
    return try proposal(context) { brand in
      CommandOutput(
        SpacesChosenView.lines(brand.state, s),
        notes: SpacesWarningsView.lines(brand.state, afterChoosing: true, s))
    }
  }
}

/// `/spaces drop PLATFORM`: a platform no longer chosen.
public struct SpacesDropCommand: PrintedCommand, DataCommand {
  public static let spec = CommandSpec(
    path: ["spaces", "drop"], usage: "/spaces drop PLATFORM", examples: ["/spaces drop facebook"],
    arguments: [ArgumentSpec("PLATFORM", .platform)],
    countError: SpacesCommand.usage("usage.spaces.drop"))

  let platform: Platform

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    platform = try DomainArguments.platform(arguments.values[0])
  }

  public var change: BrandChange? { .dropSpace(platform) }
  public var canonicalArguments: ParsedArguments { ParsedArguments([platform.rawValue]) }

  public func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let s = context.strings
    return try proposal(context) { brand in
      CommandOutput(
        SpacesChosenView.lines(brand.state, s),
        notes: SpacesWarningsView.lines(brand.state, afterChoosing: false, s))
    }
  }
}
