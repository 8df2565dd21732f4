import SMMCore

/// `/content message add TEXT [--tag T] | tag ID T`: the core messages' changes.
package enum ContentMessageGroup: CommandGroup {
  package static let spec = CommandSpec(
    path: ["content", "message"], usage: "/content message add TEXT [--tag T] | tag ID T",
    subcommands: [ContentMessageAddCommand.self, ContentMessageTagCommand.self])

  /// Any other word, or none, gets the one line that says what `/content message` takes.
  package static func unknownSubcommand(_ word: String?) -> ShellError {
    ContentCommand.usage("usage.content.message")
  }
}

/// `/content message add TEXT [--tag T]`: a core message, its tag guessed when not given.
package struct ContentMessageAddCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["content", "message", "add"], usage: "/content message add TEXT [--tag T]",
    examples: ["/content message add \"How we bake sourdough in 24 hours\" --tag educational"],
    arguments: [ArgumentSpec("TEXT", .text, optional: true, rest: true)],
    flags: [
      FlagSpec(
        "--tag", values: ContentTag.allCases.map(\.rawValue), helpKey: "help.content.flag.tag")
    ])

  let text: String
  let tag: ContentTag
  /// The word the tag was guessed from, when no `--tag` was given.
  let guessedFrom: Phrase?

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    text = arguments[0] ?? ""
    if let given = arguments.options["--tag"], let tag = ContentTag(rawValue: given) {
      self.tag = tag
      guessedFrom = nil
    } else {
      (tag, guessedFrom) = ContentTagGuess.guess(text)
    }
  }

  package var change: BrandChange? { .addMessage(text, tag) }
  package var canonicalArguments: ParsedArguments {
    ParsedArguments([text], options: ["--tag": tag.rawValue])
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let s = context.strings
    return try proposal(context) { [tag, guessedFrom, canonical] brand in
      let id = String(brand.state.content.messages.last?.id ?? 0)
      let line =
        guessedFrom.map {
          s.guidance(
            "content.message.addedGuessed",
            [
              "id": .text(id), "tag": .text(tag.rawValue), "word": .phrase($0),
              "tagMessage": .text(
                CommandRequest(
                  ["content", "message", "tag"], arguments: [.value(id), .word("tag")]
                ).shown(in: s)),
            ])
        } ?? s("content.message.added", ["id": id, "tag": tag.rawValue])
      return CommandOutput([line], command: canonical)
    }
  }
}

/// `/content message tag ID T`: a message's tag changed.
package struct ContentMessageTagCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["content", "message", "tag"], usage: "/content message tag ID T",
    examples: ["/content message tag 1 curated"],
    arguments: [
      ArgumentSpec("ID", .text), ArgumentSpec("T", .choice(ContentTag.allCases.map(\.rawValue))),
    ],
    countError: ContentCommand.usage("usage.content.tag"))

  let id: Int
  let tag: ContentTag

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    guard let id = Int(arguments.values[0]),
      let tag = ContentTag(rawValue: arguments.values[1].lowercased())
    else { throw ContentCommand.usage("usage.content.tag") }
    self.id = id
    self.tag = tag
  }

  package var change: BrandChange? { .tagMessage(id, tag) }
  package var canonicalArguments: ParsedArguments { ParsedArguments([String(id), tag.rawValue]) }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let line = context.strings("content.message.tagged", ["id": String(id), "tag": tag.rawValue])
    return try proposal(context) { [canonical] _ in CommandOutput([line], command: canonical) }
  }
}
