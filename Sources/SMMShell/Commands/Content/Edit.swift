import SMMCore

/// `/content edit ID PLATFORM TEXT`: a variant rewritten by hand, warned when it breaks a limit.
package struct ContentEditCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["content", "edit"], usage: "/content edit ID PLATFORM TEXT",
    examples: ["/content edit 1 x \"How we bake: 24 hours, one oven\""],
    arguments: [
      ArgumentSpec("ID", .text), ArgumentSpec("PLATFORM", .platform),
      ArgumentSpec("TEXT", .text, rest: true),
    ],
    countError: ContentCommand.usage("usage.content.edit"))

  let id: Int
  let platform: Platform
  let text: String

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    guard let id = Int(arguments.values[0]) else {
      throw ContentCommand.usage("usage.content.edit")
    }
    self.id = id
    platform = try DomainArguments.platform(arguments.values[1])
    text = arguments.values[2]
  }

  package var change: BrandChange? { .editVariant(id, platform, text) }
  package var canonicalArguments: ParsedArguments {
    ParsedArguments([String(id), platform.rawValue, text])
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let (s, width) = (context.strings, context.width)
    return try proposal(context) { [id, platform, canonical] brand in
      let next = brand.state
      let lines = ContentVariantsView.lines(next, id: id, platforms: [platform], width: width, s)
      let count = next.content.message(id)?.variants[platform].map {
        PlatformCounter.count($0.text, on: platform)
      }
      guard let count, !count.valid else { return CommandOutput(lines, command: canonical) }
      let problem = ContentVariantsView.problem(count, platform: platform, s)
      return CommandOutput(
        lines, notes: [s.guidance("content.edit.warning", ["problem": problem])], command: canonical
      )
    }
  }
}
