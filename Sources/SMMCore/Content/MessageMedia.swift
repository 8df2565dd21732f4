/// The image or video a core message is posted with, and what makes it accessible: its alt
/// text (the platforms' image description field) and, for a video, whether it has captions.
public struct MessageMedia: Equatable, Sendable, Codable {
  /// What the media is.
  public enum Kind: String, Equatable, Sendable, Codable, CaseIterable {
    /// A photo, a graphic, a carousel's pictures.
    case image
    /// A video, a reel, a short.
    case video
  }

  /// Whether it is an image or a video.
  public var kind: Kind
  /// The description read out by screen readers; nil while none is written.
  public var alt: String?
  /// Whether the video has captions (burnt in or a caption file); unused for an image.
  public var captions: Bool

  /// Creates the media of a message.
  public init(kind: Kind, alt: String? = nil, captions: Bool = false) {
    self.kind = kind
    self.alt = alt
    self.captions = captions
  }

  /// The longest alt text accepted, in characters (longer than any platform's field, so the
  /// check can say by how much one is over).
  public static let maximumAltLength = 5_000

  /// Checks an alt text: trimmed, on one line, not empty, at most ``maximumAltLength``.
  /// - Throws: ``SMMCoreError/invalidMessage(_:)`` saying what is wrong.
  public static func validateAlt(_ raw: String) throws(SMMCoreError) -> String {
    let alt = raw.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingWhiteSpace()
    guard !alt.isEmpty, alt.count <= maximumAltLength else {
      throw SMMCoreError.invalidMessage(
        Phrase("error.media.alt", ["maximum": .number(maximumAltLength)]))
    }
    return alt
  }
}
