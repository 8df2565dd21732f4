import SMMCore

/// `/content adapt ID [PLATFORM…]`: a message's variant for each platform (the brand's chosen
/// ones when none is named, written into the log so a replay adapts to the same ones).
package struct ContentAdaptCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["content", "adapt"], usage: "/content adapt ID [PLATFORM…]",
    examples: ["/content adapt 1", "/content adapt 1 instagram linkedin"],
    arguments: [
      ArgumentSpec("ID", .text),
      ArgumentSpec("PLATFORM", .platform, optional: true, variadic: true),
    ],
    countError: ContentCommand.usage("usage.content.adapt"))

  let id: Int
  let platforms: [Platform]

  package init(_ arguments: ParsedArguments) throws(ShellError) {
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

  package var change: BrandChange? { .adaptMessage(id, platforms) }
  package var canonicalArguments: ParsedArguments {
    ParsedArguments([String(id)] + platforms.map(\.rawValue))
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let state = try context.requireState()
    var command = self
    if platforms.isEmpty {
      guard !state.spaces.isEmpty else {
        throw .domain(
          .invalidMessage(Phrase("error.content.adaptBeforeSpaces", ["id": .number(id)])))
      }
      command = ContentAdaptCommand(id: id, platforms: state.spaces)
    }
    let (s, width) = (context.strings, context.width)
    // Chosen from the state given: the platforms are written into the log.
    return .change(
      ProposedChange(
        .adaptMessage(id, command.platforms), canonical: command.canonical,
        notes: state.spaces.isEmpty ? [s.guidance("content.adapt.noSpaces")] : []
      ) { [id] brand in
        CommandOutput(
          ContentVariantsView.lines(
            brand.state, id: id, platforms: command.platforms, width: width, s),
          command: command.canonical)
      })
  }
}
