import SMMCore

/// `/content message add TEXT [--tag T] [--sponsored] | tag ID T | sponsor ID yes|no`: the core
/// messages' changes.
package enum ContentMessageGroup: CommandGroup {
  package static let spec = CommandSpec(
    path: ["content", "message"],
    usage:
      "/content message add TEXT [--tag T] [--sponsored] [--media image|video] [--alt TEXT] [--captions] | tag ID T | sponsor ID yes|no | media ID image|video|none | alt ID TEXT | captions ID yes|no",
    subcommands: [
      ContentMessageAddCommand.self, ContentMessageTagCommand.self,
      ContentMessageSponsorCommand.self, ContentMessageMediaCommand.self,
      ContentMessageAltCommand.self, ContentMessageCaptionsCommand.self,
    ])

  /// Any other word, or none, gets the one line that says what `/content message` takes.
  package static func unknownSubcommand(_ word: String?) -> ShellError {
    ContentCommand.usage("usage.content.message")
  }
}

/// `/content message add TEXT [--tag T] [--sponsored]`: a core message, its tag guessed when
/// not given; `--sponsored` for a paid partnership, a gift or an ad.
package struct ContentMessageAddCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["content", "message", "add"],
    usage:
      "/content message add TEXT [--tag T] [--sponsored] [--media image|video] [--alt TEXT] [--captions]",
    examples: [
      "/content message add \"How we bake sourdough in 24 hours\" --tag educational",
      "/content message add \"Our new rye, with the Moulin Bio flour\" --sponsored",
      "/content message add \"The first loaves of the day\" --media image --alt \"Six round loaves cooling on a rack\"",
    ],
    arguments: [ArgumentSpec("TEXT", .text, optional: true, rest: true)],
    flags: [
      FlagSpec(
        "--tag", values: ContentTag.allCases.map(\.rawValue), helpKey: "help.content.flag.tag"),
      FlagSpec("--sponsored", helpKey: "help.content.flag.sponsored"),
      FlagSpec(
        "--media", values: MessageMedia.Kind.allCases.map(\.rawValue),
        helpKey: "help.content.flag.media"),
      FlagSpec("--alt", values: [], helpKey: "help.content.flag.alt"),
      FlagSpec("--captions", helpKey: "help.content.flag.captions"),
    ])

  let text: String
  let tag: ContentTag
  /// Whether the message is paid for, gifted or an ad.
  let sponsored: Bool
  /// The word the tag was guessed from, when no `--tag` was given.
  let guessedFrom: Phrase?
  /// The image or video it is posted with: `--media`, or implied by `--alt` (an image) or
  /// `--captions` (a video).
  let media: MessageMedia?

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    text = arguments[0] ?? ""
    sponsored = arguments.flags.contains("--sponsored")
    let captions = arguments.flags.contains("--captions")
    let alt = arguments.options["--alt"]
    let kind =
      arguments.options["--media"].flatMap(MessageMedia.Kind.init(rawValue:))
      ?? (captions ? .video : alt != nil ? .image : nil)
    media = kind.map { MessageMedia(kind: $0, alt: alt, captions: captions && $0 == .video) }
    if let given = arguments.options["--tag"], let tag = ContentTag(rawValue: given) {
      self.tag = tag
      guessedFrom = nil
    } else {
      (tag, guessedFrom) = ContentTagGuess.guess(text)
    }
  }

  package var change: BrandChange? { .addMessage(text, tag, sponsored: sponsored, media: media) }
  package var canonicalArguments: ParsedArguments {
    var options = ["--tag": tag.rawValue]
    var flags: Set<String> = sponsored ? ["--sponsored"] : []
    if let media {
      options["--media"] = media.kind.rawValue
      if let alt = media.alt { options["--alt"] = alt }
      if media.captions { flags.insert("--captions") }
    }
    return ParsedArguments([text], options: options, flags: flags)
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let s = context.strings
    return try proposal(context) { [tag, guessedFrom, canonical, sponsored, media] brand in
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
      var lines = [line]
      if sponsored { lines.append(ContentMessageSponsorCommand.ruleLine(brand.state, s)) }
      if media != nil, let message = brand.state.content.messages.last {
        lines += ContentMessageMediaCommand.mediaLines(message, s)
      }
      return CommandOutput(lines, command: canonical)
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

/// `/content message sponsor ID yes|no`: a message marked as paid for, gifted or an ad (or no
/// longer); its adapted variants carry the home market's disclosure up front.
package struct ContentMessageSponsorCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["content", "message", "sponsor"], usage: "/content message sponsor ID yes|no",
    examples: ["/content message sponsor 1 yes"],
    arguments: [ArgumentSpec("ID", .text), ArgumentSpec("yes|no", .choice(["yes", "no"]))],
    countError: ContentCommand.usage("usage.content.sponsor"))

  let id: Int
  let sponsored: Bool

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    guard let id = Int(arguments.values[0]),
      let sponsored = ["yes": true, "no": false][arguments.values[1].lowercased()]
    else { throw ContentCommand.usage("usage.content.sponsor") }
    self.id = id
    self.sponsored = sponsored
  }

  package var change: BrandChange? { .sponsorMessage(id, sponsored) }
  package var canonicalArguments: ParsedArguments {
    ParsedArguments([String(id), sponsored ? "yes" : "no"])
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let s = context.strings
    return try proposal(context) { [id, sponsored, canonical] brand in
      var lines = [
        s(
          sponsored ? "content.message.sponsored" : "content.message.notSponsored",
          ["id": String(id)])
      ]
      if sponsored { lines.append(Self.ruleLine(brand.state, s)) }
      return CommandOutput(lines, command: canonical)
    }
  }

  /// The home market's disclosure rule, as one line: what it asks and where it is written.
  static func ruleLine(_ state: BrandState, _ s: Strings) -> String {
    let rule = DisclosureRule.of(state.profile.homeCountry)
    return s(
      "content.message.disclosureRule",
      ["rule": rule.summary.render(s), "label": rule.label])
  }
}
