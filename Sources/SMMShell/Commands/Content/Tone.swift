import SMMCore

/// `/content tone [PLATFORM TONE]`: the tone per platform, or one platform's tone set.
public struct ContentToneCommand: PrintedCommand {
  public static let spec = CommandSpec(
    path: ["content", "tone"], aliases: ["tones"], usage: "/content tone [PLATFORM TONE]",
    examples: ["/content tone", "/content tone linkedin \"expert, warm\""],
    arguments: [
      ArgumentSpec("PLATFORM", .platform, optional: true),
      ArgumentSpec("TONE", .text, optional: true, rest: true),
    ])

  /// The platform and its tone, or nil to show every tone.
  let setting: (platform: Platform, tone: String)?

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    guard let id = arguments[0] else {
      setting = nil
      return
    }
    guard let tone = arguments[1], !tone.isEmpty else {
      throw ContentCommand.usage("usage.content.tone")
    }
    setting = (try DomainArguments.platform(id), tone)
  }

  public var change: BrandChange? { setting.map { .setTone($0.platform, $0.tone) } }
  public var canonicalArguments: ParsedArguments {
    ParsedArguments(setting.map { [$0.platform.rawValue, $0.tone] } ?? [])
  }

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let state = try session.requireBrand().state
    let s = session.strings
    guard let setting else { return CommandOutput(ContentTonesView.lines(state, s)) }
    let (_, notes) = try session.commit(
      .setTone(setting.platform, setting.tone), canonical: canonical)
    return CommandOutput(
      [s("content.tone.set", ["platform": setting.platform.displayName, "tone": setting.tone])],
      notes: notes, command: canonical)
  }
}
