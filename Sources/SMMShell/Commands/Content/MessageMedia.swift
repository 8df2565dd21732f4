import SMMCore

/// `/content message media ID image|video|none`: the image or video a message goes with (its
/// alt text kept when it changes kind), or none.
package struct ContentMessageMediaCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["content", "message", "media"], usage: "/content message media ID image|video|none",
    examples: ["/content message media 1 video"],
    arguments: [ArgumentSpec("ID", .text), ArgumentSpec("image|video|none", .choice(kinds))],
    countError: ContentCommand.usage("usage.content.media"))

  static let kinds = MessageMedia.Kind.allCases.map(\.rawValue) + ["none"]

  let id: Int
  let kind: MessageMedia.Kind?

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    let word = arguments.values[1].lowercased()
    guard let id = Int(arguments.values[0]), Self.kinds.contains(word) else {
      throw ContentCommand.usage("usage.content.media")
    }
    self.id = id
    kind = MessageMedia.Kind(rawValue: word)
  }

  package var change: BrandChange? { .setMedia(id, kind) }
  package var canonicalArguments: ParsedArguments {
    ParsedArguments([String(id), kind?.rawValue ?? "none"])
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let s = context.strings
    return try proposal(context) { [id, canonical] brand in
      guard let message = brand.state.content.messages.first(where: { $0.id == id }) else {
        return CommandOutput([], command: canonical)
      }
      return CommandOutput(Self.mediaLines(message, s), command: canonical)
    }
  }

  /// What `message` goes with, and what it still lacks, with the command that settles it.
  static func mediaLines(_ message: ContentMessage, _ s: Strings) -> [String] {
    let id = String(message.id)
    guard let media = message.media else { return [s("content.media.none", ["id": id])] }
    switch media.kind {
    case .image:
      guard let alt = media.alt else {
        return [
          s(
            "content.media.image.noAlt",
            [
              "id": id, "fix": altCommand(message.id, s),
              "source": MediaAccessibility.altSource.short,
            ])
        ]
      }
      return [s("content.media.image.alt", ["id": id, "alt": alt])]
    case .video:
      var lines = [
        media.captions
          ? s("content.media.video.captions", ["id": id])
          : s(
            "content.media.video.noCaptions",
            [
              "id": id, "fix": captionsCommand(message.id),
              "source": MediaAccessibility.captionsSource.short,
            ])
      ]
      if let alt = media.alt { lines.append(s("content.media.video.alt", ["alt": alt])) }
      return lines
    }
  }

  /// `/content message alt ID TEXT`, the word for the text in the reader's language.
  static func altCommand(_ id: Int, _ s: Strings) -> String {
    CommandRequest(["content", "message", "alt"], arguments: [.value(String(id)), .word("text")])
      .shown(in: s)
  }

  /// `/content message captions ID yes`.
  static func captionsCommand(_ id: Int) -> String {
    CommandRequest("content", "message", "captions", values: [String(id), "yes"]).shown
  }
}

/// `/content message alt ID TEXT`: the alt text of a message's image or video, written or
/// changed.
package struct ContentMessageAltCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["content", "message", "alt"], usage: "/content message alt ID TEXT",
    examples: ["/content message alt 1 \"Six round loaves cooling on a rack by the window\""],
    arguments: [ArgumentSpec("ID", .text), ArgumentSpec("TEXT", .text, rest: true)],
    countError: ContentCommand.usage("usage.content.alt"))

  let id: Int
  let alt: String

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    guard let id = Int(arguments.values[0]) else { throw ContentCommand.usage("usage.content.alt") }
    self.id = id
    alt = arguments.values[1]
  }

  package var change: BrandChange? { .describeMedia(id, alt) }
  package var canonicalArguments: ParsedArguments { ParsedArguments([String(id), alt]) }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let s = context.strings
    return try proposal(context) { [id, canonical] brand in
      guard let message = brand.state.content.messages.first(where: { $0.id == id }) else {
        return CommandOutput([], command: canonical)
      }
      var lines = ContentMessageMediaCommand.mediaLines(message, s)
      // Where the platforms chosen take less, say so now rather than at the check.
      for platform in brand.state.spaces {
        for finding in MediaAccessibility.findings(message, on: platform) {
          if case .altTooLong(let field, let length, let limit) = finding {
            lines.append(
              s(
                "content.media.altTooLong",
                [
                  "platform": platform.displayName,
                  "field": PostLimit.fieldPhrase(field).render(s),
                  "length": String(length), "limit": String(limit),
                ]))
          }
        }
      }
      return CommandOutput(lines, command: canonical)
    }
  }
}

/// `/content message captions ID yes|no`: whether a message's video has captions.
package struct ContentMessageCaptionsCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["content", "message", "captions"], usage: "/content message captions ID yes|no",
    examples: ["/content message captions 1 yes"],
    arguments: [ArgumentSpec("ID", .text), ArgumentSpec("yes|no", .choice(["yes", "no"]))],
    countError: ContentCommand.usage("usage.content.captions"))

  let id: Int
  let captions: Bool

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    guard let id = Int(arguments.values[0]),
      let captions = ["yes": true, "no": false][arguments.values[1].lowercased()]
    else { throw ContentCommand.usage("usage.content.captions") }
    self.id = id
    self.captions = captions
  }

  package var change: BrandChange? { .captionMedia(id, captions) }
  package var canonicalArguments: ParsedArguments {
    ParsedArguments([String(id), captions ? "yes" : "no"])
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let s = context.strings
    return try proposal(context) { [id, canonical] brand in
      guard let message = brand.state.content.messages.first(where: { $0.id == id }) else {
        return CommandOutput([], command: canonical)
      }
      return CommandOutput(ContentMessageMediaCommand.mediaLines(message, s), command: canonical)
    }
  }
}
