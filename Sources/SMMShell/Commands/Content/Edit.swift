import SMMCore

/// `/content edit ID PLATFORM TEXT`: a variant rewritten by hand, warned when it breaks a limit.
public struct ContentEditCommand: PrintedCommand {
  public static let spec = CommandSpec(
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

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    guard let id = Int(arguments.values[0]) else {
      throw ContentCommand.usage("usage.content.edit")
    }
    self.id = id
    platform = try DomainArguments.platform(arguments.values[1])
    text = arguments.values[2]
  }

  public var change: BrandChange? { .editVariant(id, platform, text) }
  public var canonicalArguments: ParsedArguments {
    ParsedArguments([String(id), platform.rawValue, text])
  }

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    _ = try session.requireBrand()
    let s = session.strings
    let (brand, notes) = try commit(in: session)
    let next = brand.state
    let lines = ContentVariantsView.lines(
      next, id: id, platforms: [platform], width: session.environment.width, s)
    let count = next.content.message(id)?.variants[platform].map {
      PlatformCounter.count($0.text, on: platform)
    }
    guard let count, !count.valid else {
      return CommandOutput(lines, notes: notes, command: canonical)
    }
    let problem = ContentVariantsView.problem(count, platform: platform, s)
    return CommandOutput(
      lines, notes: notes + [s.guidance("content.edit.warning", ["problem": problem])],
      command: canonical)
  }
}
