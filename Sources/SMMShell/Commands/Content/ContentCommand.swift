import SMMCore

/// `/content`: step 2's editorial line — pillars, tone per platform, core messages, the mix,
/// and the variants of each message per platform. A group: each action is a leaf in this folder.
package enum ContentCommand: CommandGroup {
  package static let spec = CommandSpec(
    name: "content",
    usage:
      "/content [pillars [add|remove THEME] | tone [PLATFORM TONE] | message add TEXT [--tag T] | message tag ID T | messages | mix [RULE]]",
    examples: [
      "/content", "/content pillars add \"bread know-how\"",
      "/content tone linkedin \"expert, warm\"",
      "/content message add \"How we bake sourdough in 24 hours\" --tag educational",
      "/content messages", "/content mix thirds", "/content check",
    ],
    keywords: [
      "content", "message", "messages", "pillars", "tone", "mix", "contenu", "piliers", "ligne",
      "editoriale",
    ],
    subcommands: [
      ContentPillarsGroup.self, ContentToneCommand.self, ContentMessageGroup.self,
      ContentMessagesCommand.self, ContentMixCommand.self, ContentAdaptCommand.self,
      ContentEditCommand.self, ContentCheckCommand.self,
    ],
    defaultSubcommand: ContentOverviewCommand.self)

  /// `/content has no part "X"; …`, with the closest part suggested.
  package static func unknownSubcommand(_ word: String?) -> ShellError {
    .seeHelp(
      ShellError.noAction(
        "content", word ?? "", among: spec.subcommandSpecs.map(\.name), key: "usage.noPart"),
      command: "content")
  }

  /// A usage error of a content leaf, pointing at `/help content`.
  static func usage(_ key: String, _ values: [String: Phrase.Value] = [:]) -> ShellError {
    .seeHelp(Phrase(key, values), command: "content")
  }
}

/// `/content` alone: the editorial line at a glance.
package struct ContentOverviewCommand: ShellCommand {
  package static let spec = CommandSpec(
    path: ["content"], usage: "/content", examples: ["/content"])

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    .show(
      CommandOutput(ContentOverviewView.lines(try context.requireBrand().state, context.strings)))
  }
}
