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

  /// A hashtag of the message or of a variant that joins several words in one case, with the
  /// CamelCase form where its words can be told apart (``HashtagCase``), once each.
  static func hashtags(_ message: ContentMessage, _ state: BrandState, _ s: Strings) -> [String] {
    let known = HashtagCase.knownWords(
      brand: state.name.value, pillars: state.content.pillars, sector: state.profile.sector,
      text: message.text)
    let texts =
      [message.text]
      + message.variants.keys.sorted().compactMap {
        message.variants[$0]?.text
      }
    var seen = Set<String>()
    var lines: [String] = []
    for tag in texts.flatMap(HashtagCase.hashtags(in:)) where seen.insert(tag).inserted {
      guard let advice = HashtagCase.advice(tag, known: known) else { continue }
      switch advice {
      case .write(let camel):
        lines.append(
          s(
            "content.check.hashtag.write",
            [
              "id": String(message.id), "tag": tag, "camel": camel,
              "source": HashtagCase.source.short,
            ]))
      case .capitaliseEachWord:
        lines.append(
          s(
            "content.check.hashtag.capitalise",
            ["id": String(message.id), "tag": tag, "source": HashtagCase.source.short]))
      }
    }
    return lines
  }
}
