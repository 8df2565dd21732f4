/// One of the brand's core messages, with its variant for each platform.
public struct ContentMessage: Equatable, Sendable, Codable {
  /// The message's number: 1 for the first added, never reused.
  public var id: Int
  /// The message as written.
  public var text: String
  /// What kind of message it is.
  public var tag: ContentTag
  /// The message adapted to each platform.
  public var variants: [Platform: Variant]
  /// Whether it is paid for, gifted or an ad: each variant then carries the home market's
  /// disclosure up front (``DisclosureRule``).
  public var sponsored: Bool
  /// The image or video it is posted with, with its alt text and captions; nil for text alone.
  public var media: MessageMedia?

  /// Creates a message.
  public init(
    id: Int, text: String, tag: ContentTag, variants: [Platform: Variant] = [:],
    sponsored: Bool = false, media: MessageMedia? = nil
  ) {
    self.id = id
    self.text = text
    self.tag = tag
    self.variants = variants
    self.sponsored = sponsored
    self.media = media
  }

  private enum CodingKeys: String, CodingKey {
    case id, text, tag, variants, sponsored, media
  }

  /// Reads a message; one saved before `sponsored` existed is not sponsored.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(Int.self, forKey: .id)
    text = try container.decode(String.self, forKey: .text)
    tag = try container.decode(ContentTag.self, forKey: .tag)
    variants = try container.decode([Platform: Variant].self, forKey: .variants)
    sponsored = try container.decodeIfPresent(Bool.self, forKey: .sponsored) ?? false
    media = try container.decodeIfPresent(MessageMedia.self, forKey: .media)
  }

  /// Writes a message; `sponsored` only when it is, so older readers see the same shape.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(text, forKey: .text)
    try container.encode(tag, forKey: .tag)
    try container.encode(variants, forKey: .variants)
    if sponsored { try container.encode(sponsored, forKey: .sponsored) }
    try container.encodeIfPresent(media, forKey: .media)
  }

  /// The longest message accepted, in characters.
  public static let maximumLength = 20_000

  /// Checks a message's text: not empty, no control characters but line breaks and tabs, no
  /// non-characters, not longer than ``maximumLength``.
  /// - Throws: ``SMMCoreError/invalidMessage(_:)`` saying what is wrong.
  public static func validate(_ text: String) throws(SMMCoreError) -> String {
    let trimmed = text.trimmingWhiteSpace()
    guard !trimmed.isEmpty else {
      throw SMMCoreError.invalidMessage(Phrase("error.message.empty"))
    }
    guard trimmed.count <= maximumLength else {
      throw SMMCoreError.invalidMessage(
        Phrase(
          "error.message.tooLong",
          ["maximum": .number(maximumLength), "count": .number(trimmed.count)]))
    }
    for scalar in trimmed.unicodeScalars {
      let value = scalar.value
      if value == 0x0A || value == 0x09 { continue }
      if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) {
        throw SMMCoreError.invalidMessage(
          Phrase("error.message.control", text: ["code": hex(value)]))
      }
      if value == 0xFFFE || value == 0xFFFF || value == 0xFEFF || (0xFDD0...0xFDEF).contains(value)
      {
        throw SMMCoreError.invalidMessage(
          Phrase("error.message.nonCharacter", text: ["code": hex(value)]))
      }
    }
    return trimmed
  }

  static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}

/// A message adapted to one platform.
public struct Variant: Equatable, Sendable, Codable {
  /// The text to post (for a thread, the parts joined by blank lines; see `parts`).
  public var text: String
  /// The parts of a thread, in order; one part when the text fits one post.
  public var parts: [String]
  /// A title, where the platform has one (YouTube, Pinterest, the blog).
  public var title: String?
  /// What was changed from the message, and why, one line each.
  public var notes: [Phrase]
  /// Whether it was written by hand (`/content edit`) rather than adapted.
  public var edited: Bool

  /// Creates a variant.
  public init(
    text: String, parts: [String]? = nil, title: String? = nil, notes: [Phrase] = [],
    edited: Bool = false
  ) {
    self.text = text
    self.parts = parts ?? [text]
    self.title = title
    self.notes = notes
    self.edited = edited
  }

  /// What was changed, in English.
  public var changes: [String] { notes.map(\.english) }

  // The notes are stored under `changes` (as English strings before they were phrases).
  private enum CodingKeys: String, CodingKey {
    case text, parts, title, notes = "changes", edited
  }
}
