import SMMCore

/// `/content adapt ID [PLATFORM…]`: a message's variant for each platform (the brand's chosen
/// ones when none is named, written into the log so a replay adapts to the same ones).
public struct ContentAdaptCommand: PrintedCommand {
  public static let spec = CommandSpec(
    path: ["content", "adapt"], usage: "/content adapt ID [PLATFORM…]",
    examples: ["/content adapt 1", "/content adapt 1 instagram linkedin"],
    arguments: [
      ArgumentSpec("ID", .text),
      ArgumentSpec("PLATFORM", .platform, optional: true, variadic: true),
    ],
    countError: ContentCommand.usage("usage.content.adapt"))

  let id: Int
  let platforms: [Platform]

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    guard let id = Int(arguments.values[0]) else {
      throw ContentCommand.usage("usage.content.adapt")
    }
    var platforms: [Platform] = []
    for word in arguments.values.dropFirst() {
      let platform = try DomainArguments.platform(word)
      if !platforms.contains(platform) { platforms.append(platform) }
    }
    self.id = id
    self.platforms = platforms
  }

  private init(id: Int, platforms: [Platform]) {
    self.id = id
    self.platforms = platforms
  }

  public var change: BrandChange? { .adaptMessage(id, platforms) }
  public var canonicalArguments: ParsedArguments {
    ParsedArguments([String(id)] + platforms.map(\.rawValue))
  }

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let state = try session.requireBrand().state
    var command = self
    if platforms.isEmpty {
      guard !state.spaces.isEmpty else {
        throw .domain(
          .invalidMessage(Phrase("error.content.adaptBeforeSpaces", ["id": .number(id)])))
      }
      command = ContentAdaptCommand(id: id, platforms: state.spaces)
    }
    let (brand, notes) = try session.commit(
      .adaptMessage(id, command.platforms), canonical: command.canonical)
    let s = session.strings
    let lines = ContentVariantsView.lines(
      brand.state, id: id, platforms: command.platforms, width: session.environment.width, s)
    let skipped = state.spaces.isEmpty ? [s.guidance("content.adapt.noSpaces")] : []
    return CommandOutput(lines, notes: notes + skipped, command: command.canonical)
  }
}
