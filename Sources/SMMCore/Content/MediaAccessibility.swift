/// What a message's image or video lacks, on one platform, for people who cannot see or hear
/// it.
public enum MediaFinding: Equatable, Sendable {
  /// An image without alt text, where the platform has a field for it.
  case noAlt(field: String)
  /// An alt text longer than the platform's field takes, in the field's unit.
  case altTooLong(field: String, length: Int, limit: Int)
  /// An image on a platform with no alt-text field: the post's text has to describe it.
  case noAltField
  /// A video without captions.
  case noCaptions
}

/// The accessibility of a message's media, platform by platform: alt text for an image
/// (WCAG 1.1.1) within each platform's own field, captions for a video (WCAG 1.2.2).
public enum MediaAccessibility {
  /// What `message`'s media lacks on `platform`, in the order to fix it; empty for text alone.
  public static func findings(_ message: ContentMessage, on platform: Platform) -> [MediaFinding] {
    guard let media = message.media else { return [] }
    var findings: [MediaFinding] = []
    let field = PlatformCatalog.entry(platform).post.altText
    if media.kind == .image {
      if let field {
        if let alt = media.alt {
          let length = TextLength.count(alt, in: field.unit)
          if let limit = field.limit, length > limit {
            findings.append(.altTooLong(field: field.field, length: length, limit: limit))
          }
        } else {
          findings.append(.noAlt(field: field.field))
        }
      } else {
        findings.append(.noAltField)
      }
    } else {
      if let field, let alt = media.alt, let limit = field.limit {
        let length = TextLength.count(alt, in: field.unit)
        if length > limit {
          findings.append(.altTooLong(field: field.field, length: length, limit: limit))
        }
      }
      if !media.captions { findings.append(.noCaptions) }
    }
    return findings
  }

  /// The guidance behind the findings, for a bibliography.
  public static var sources: [Source] { [altSource, captionsSource] }

  /// WCAG 2.2 success criterion 1.1.1: an image that carries meaning has a text alternative.
  public static let altSource = Source(
    short: "WCAG 2.2, 1.1.1",
    citation:
      "W3C, Web Content Accessibility Guidelines (WCAG) 2.2, success criterion 1.1.1 Non-text Content (level A)",
    kind: .official, checked: "2026-12-03",
    reference: Reference(
      publisher: "W3C", title: "Web Content Accessibility Guidelines (WCAG) 2.2", year: "2023",
      url: "https://www.w3.org/TR/WCAG22/#non-text-content"))

  /// WCAG 2.2 success criterion 1.2.2: a prerecorded video with sound has captions.
  public static let captionsSource = Source(
    short: "WCAG 2.2, 1.2.2",
    citation:
      "W3C, Web Content Accessibility Guidelines (WCAG) 2.2, success criterion 1.2.2 Captions (Prerecorded) (level A)",
    kind: .official, checked: "2026-12-03",
    reference: Reference(
      publisher: "W3C", title: "Web Content Accessibility Guidelines (WCAG) 2.2", year: "2023",
      url: "https://www.w3.org/TR/WCAG22/#captions-prerecorded"))
}
