/// A value with the source it comes from.
public struct Sourced<Value: Equatable & Sendable>: Equatable, Sendable {
  /// The value.
  public var value: Value
  /// Where it comes from.
  public var source: Source

  /// Creates a sourced value.
  public init(_ value: Value, source: Source) {
    self.value = value
    self.source = source
  }
}

/// The limit of one text field of a post, in the unit the platform counts it in.
public struct PostLimit: Equatable, Sendable {
  /// The platform's name for the field: "post", "caption", "description", "title".
  public var field: String
  /// The most the field takes, or nil when there is none or none is known (`source` says which).
  public var limit: Int?
  /// The unit `limit` is counted in.
  public var unit: CountingUnit
  /// Characters the field refuses (YouTube: `<` and `>`).
  public var forbidden: [Character]
  /// Where the limit comes from.
  public var source: Source
  /// The `/profile P set KEY N` key with which a brand states its own limit, where each
  /// account's limit is its server's setting (Mastodon: `server-limit`); nil when the limit is
  /// the platform's.
  public var setting: String?

  /// Creates a limit.
  public init(
    field: String, limit: Int?, unit: CountingUnit, forbidden: [Character] = [], source: Source,
    setting: String? = nil
  ) {
    self.field = field
    self.limit = limit
    self.unit = unit
    self.forbidden = forbidden
    self.source = source
    self.setting = setting
  }
}

/// How a platform counts a mention of a remote account.
public enum MentionCounting: String, Equatable, Sendable {
  /// `@user@domain` counts as written.
  case asWritten
  /// `@user@domain` counts as `@user` (Mastodon).
  case userPartOnly
}

/// What a link in the text of a post does.
public enum LinkBehaviour: Equatable, Sendable {
  /// It becomes a link.
  case clickable
  /// It stays plain text: people say "link in bio" (Instagram, TikTok).
  case notClickable
  /// It stays plain text; the post has a link field of its own, with this limit (Pinterest).
  case separateField(limit: Int)
  /// No source says.
  case unknown
}

/// The rules of a post's text on a platform: its limits, each in its own counting unit and with
/// its source, and how URLs, mentions, hashtags and links count.
public struct PostRules: Equatable, Sendable {
  /// The main text (post, caption, description).
  public var text: PostLimit
  /// A second limit on the same text in another unit, which it must also respect (Bluesky: 3,000
  /// UTF-8 bytes besides 300 graphemes).
  public var secondary: PostLimit?
  /// A title, a field apart from the text (YouTube, Pinterest).
  public var title: PostLimit?
  /// The image description (alt text) field and its limit; nil where the platform has none.
  public var altText: PostLimit?
  /// What every URL counts, whatever its length (X and Mastodon: 23); nil: counted as text.
  public var urlWeight: Sourced<Int>?
  /// How mentions of remote accounts count; nil: as written.
  public var mentions: Sourced<MentionCounting>?
  /// The most hashtags a post may carry (Instagram 5, Threads 1).
  public var hashtagCap: Sourced<Int>?
  /// How many hashtags guides advise (X 1–2, LinkedIn 3–5, Facebook 1–2): advice, not a limit.
  public var hashtagAdvice: Sourced<ClosedRange<Int>>?
  /// The most @mentions a post may carry (Instagram 20).
  public var mentionCap: Sourced<Int>?
  /// The most distinct links a post may carry (Threads 5).
  public var linkCap: Sourced<Int>?
  /// What a link in the text does.
  public var links: Sourced<LinkBehaviour>
  /// The shape an adapted message takes there.
  public var shape: PostShape
  /// Whether hashtags go at the end, after the text (LinkedIn).
  public var hashtagsAtEnd: Bool
  /// A note on the limits, for platforms without one (blog, Snapchat): said plainly.
  public var note: String?
  /// The same note in French (present exactly when `note` is).
  public var frenchNote: String?

  /// Creates the rules.
  public init(
    text: PostLimit, secondary: PostLimit? = nil, title: PostLimit? = nil,
    altText: PostLimit? = nil,
    urlWeight: Sourced<Int>? = nil, mentions: Sourced<MentionCounting>? = nil,
    hashtagCap: Sourced<Int>? = nil, hashtagAdvice: Sourced<ClosedRange<Int>>? = nil,
    mentionCap: Sourced<Int>? = nil, linkCap: Sourced<Int>? = nil,
    links: Sourced<LinkBehaviour>, shape: PostShape = .single, hashtagsAtEnd: Bool = false,
    note: String? = nil, frenchNote: String? = nil
  ) {
    self.text = text
    self.secondary = secondary
    self.title = title
    self.altText = altText
    self.urlWeight = urlWeight
    self.mentions = mentions
    self.hashtagCap = hashtagCap
    self.hashtagAdvice = hashtagAdvice
    self.mentionCap = mentionCap
    self.linkCap = linkCap
    self.links = links
    self.shape = shape
    self.hashtagsAtEnd = hashtagsAtEnd
    self.note = note
    self.frenchNote = frenchNote
  }

  /// The note in both languages (French falls back on English if a note lacks it; the catalog
  /// test makes sure none does).
  public var localizedNote: LocalizedText? {
    note.map { LocalizedText(english: $0, french: frenchNote ?? $0) }
  }

  /// Every limit and rule with its source, for listing and checking citations.
  public var sources: [(rule: String, source: Source)] {
    var result: [(rule: String, source: Source)] = [(text.field, text.source)]
    if let secondary {
      result.append(("\(secondary.field) (\(secondary.unit.noun))", secondary.source))
    }
    if let title { result.append((title.field, title.source)) }
    if let altText { result.append((altText.field, altText.source)) }
    if let urlWeight { result.append(("URL weight", urlWeight.source)) }
    if let mentions { result.append(("mentions", mentions.source)) }
    if let hashtagCap { result.append(("hashtag cap", hashtagCap.source)) }
    if let hashtagAdvice { result.append(("hashtag advice", hashtagAdvice.source)) }
    if let mentionCap { result.append(("mention cap", mentionCap.source)) }
    if let linkCap { result.append(("link cap", linkCap.source)) }
    result.append(("links", links.source))
    return result
  }
}

extension PostLimit {
  /// A field's name ("post", "caption") as a phrase, to show in the session's language.
  public static func fieldPhrase(_ field: String) -> Phrase {
    switch field {
    case "post": return Phrase("field.post")
    case "caption": return Phrase("field.caption")
    case "description": return Phrase("field.description")
    case "title": return Phrase("field.title")
    case "image description": return Phrase("field.imageDescription")
    case "alt text": return Phrase("field.altText")
    case "alternative text": return Phrase("field.alternativeText")
    case "alt attribute": return Phrase("field.altAttribute")
    case "message": return Phrase("field.message")
    case "article": return Phrase("field.article")
    default: return .verbatim(field)
    }
  }
}
