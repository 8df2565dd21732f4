import SMMCore

/// `/content tone [PLATFORM TONE]`: the tone per platform, or one platform's tone set.
package struct ContentToneCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["content", "tone"], aliases: ["tones"], usage: "/content tone [PLATFORM TONE]",
    examples: ["/content tone", "/content tone linkedin \"expert, warm\""],
    arguments: [
      ArgumentSpec("PLATFORM", .platform, optional: true),
      ArgumentSpec("TONE", .text, optional: true, rest: true),
    ])

  /// The platform and its tone, or nil to show every tone.
  let setting: (platform: Platform, tone: String)?

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    guard let id = arguments[0] else {
      setting = nil
      return
    }
    guard let tone = arguments[1], !tone.isEmpty else {
      throw ContentCommand.usage("usage.content.tone")
    }
    setting = (try DomainArguments.platform(id), tone)
  }

  package var change: BrandChange? { setting.map { .setTone($0.platform, $0.tone) } }
  package var canonicalArguments: ParsedArguments {
    ParsedArguments(setting.map { [$0.platform.rawValue, $0.tone] } ?? [])
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let state = try context.requireState()
    let s = context.strings
    guard let setting else { return .show(CommandOutput(ContentTonesView.lines(state, s))) }
    let line = s(
      "content.tone.set", ["platform": setting.platform.displayName, "tone": setting.tone])
    return try proposal(context) { [canonical] _ in CommandOutput([line], command: canonical) }
  }
}
