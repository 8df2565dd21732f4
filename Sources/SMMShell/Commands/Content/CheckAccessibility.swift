import SMMCore

/// The accessibility lines of `/content check`: what a message's image or video lacks on the
/// platforms it is adapted to (``MediaAccessibility``), each with the command that settles it.
/// A lack shared by every platform (no alt text, no captions) is said once for the message.
enum ContentCheckAccessibility {
  static func problems(_ message: ContentMessage, _ s: Strings) -> [String] {
    let id = String(message.id)
    var noAlt: [Platform] = []
    var noCaptions = false
    var lines: [String] = []
    for platform in message.variants.keys.sorted() {
      let name = platform.displayName
      for finding in MediaAccessibility.findings(message, on: platform) {
        switch finding {
        case .noAlt: noAlt.append(platform)
        case .noCaptions: noCaptions = true
        case .altTooLong(let field, let length, let limit):
          lines.append(
            s(
              "content.check.altTooLong",
              [
                "id": id, "platform": name, "field": PostLimit.fieldPhrase(field).render(s),
                "length": String(length), "limit": String(limit),
                "source": PlatformCatalog.entry(platform).post.altText?.source.short ?? "",
                "fix": ContentMessageMediaCommand.altCommand(message.id, s),
              ]))
        case .noAltField:
          lines.append(s("content.check.noAltField", ["id": id, "platform": name]))
        }
      }
    }
    var first: [String] = []
    if !noAlt.isEmpty {
      first.append(
        s(
          "content.check.noAlt",
          [
            "id": id, "platforms": s.language.list(noAlt.map(\.displayName)),
            "fix": ContentMessageMediaCommand.altCommand(message.id, s),
            "source": MediaAccessibility.altSource.short,
          ]))
    }
    if noCaptions {
      first.append(
        s(
          "content.check.noCaptions",
          [
            "id": id, "fix": ContentMessageMediaCommand.captionsCommand(message.id),
            "source": MediaAccessibility.captionsSource.short,
          ]))
    }
    return first + lines
  }
}
