import Foundation
import SMMCore
import Testing

/// Alt text and captions (issue 15 §6): each platform's own alt-text field and limit with its
/// source, and what a message's image or video lacks on each platform.
struct MediaAccessibilityTests {
  /// The alt-text field of each platform, its limit (nil: none published) and the kind of its
  /// source:
  /// X — X Developer Platform, POST media/metadata/create: 1,000 characters;
  /// Mastodon — mastodon/mastodon app/models/media_attachment.rb, MAX_DESCRIPTION_LENGTH 1,500;
  /// Bluesky — bluesky-social/social-app src/lib/constants.ts, MAX_ALT_TEXT 2,000 graphemes;
  /// Pinterest — Pinterest API v5 (openapi.json), alt_text maxLength 500;
  /// LinkedIn, Facebook, Threads — a field, no limit published (third-party figures disagree);
  /// Instagram — Help Centre, Advanced settings → Accessibility, no limit published;
  /// blog — W3C WCAG 2.2 SC 1.1.1, HTML's alt attribute, no limit.
  @Test(
    arguments: [
      (Platform.x, "image description", 1000, Source.Kind.official),
      (.mastodon, "description", 1500, .code),
      (.bluesky, "alt text", 2000, .code),
      (.pinterest, "alt text", 500, .official),
      (.linkedin, "alternative text", nil, .thirdParty),
      (.facebook, "alt text", nil, .thirdParty),
      (.threads, "alt text", nil, .thirdParty),
      (.instagram, "alt text", nil, .official),
      (.blog, "alt attribute", nil, .official),
    ] as [(Platform, String, Int?, Source.Kind)])
  func eachPlatformHasItsAltTextFieldAndSource(
    _ platform: Platform, _ field: String, _ limit: Int?, _ kind: Source.Kind
  ) throws {
    let rule = try #require(PlatformCatalog.entry(platform).post.altText)
    #expect(rule.field == field)
    #expect(rule.limit == limit)
    #expect(rule.source.kind == kind)
    #expect(rule.source.checked >= "2026-11-20")
  }

  /// YouTube, TikTok, Reddit, Snapchat and WhatsApp have no alt-text field smm knows of
  /// (YouTube: captions and subtitles instead).
  @Test(arguments: [Platform.youtube, .tiktok, .reddit, .snapchat, .whatsapp])
  func somePlatformsHaveNoAltTextField(_ platform: Platform) {
    #expect(PlatformCatalog.entry(platform).post.altText == nil)
  }

  static func message(_ media: MessageMedia?) -> ContentMessage {
    ContentMessage(id: 1, text: "Our first loaves", tag: .brand, media: media)
  }

  @Test func anImageWithoutAltTextIsFlaggedWhereThereIsAField() {
    let message = Self.message(MessageMedia(kind: .image))
    #expect(MediaAccessibility.findings(message, on: .x) == [.noAlt(field: "image description")])
    #expect(MediaAccessibility.findings(message, on: .tiktok) == [.noAltField])
    #expect(MediaAccessibility.findings(Self.message(nil), on: .x).isEmpty)
  }

  /// 600 characters fit X (1,000) and Mastodon (1,500) but not Pinterest (500).
  @Test func anAltTextOverThePlatformsLimitIsFlagged() {
    let alt = String(repeating: "a loaf ", count: 100).trimmingCharacters(in: .whitespaces)
    #expect(alt.count == 699)
    let message = Self.message(MessageMedia(kind: .image, alt: alt))
    #expect(MediaAccessibility.findings(message, on: .x).isEmpty)
    #expect(MediaAccessibility.findings(message, on: .mastodon).isEmpty)
    #expect(
      MediaAccessibility.findings(message, on: .pinterest)
        == [.altTooLong(field: "alt text", length: 699, limit: 500)])
    #expect(MediaAccessibility.findings(message, on: .linkedin).isEmpty)
  }

  /// WCAG 2.2 SC 1.2.2: a video needs captions, on every platform (YouTube included).
  @Test func aVideoWithoutCaptionsIsFlaggedEverywhere() {
    let bare = Self.message(MessageMedia(kind: .video))
    let captioned = Self.message(MessageMedia(kind: .video, captions: true))
    for platform in [Platform.youtube, .tiktok, .instagram, .x] {
      #expect(MediaAccessibility.findings(bare, on: platform) == [.noCaptions])
      #expect(MediaAccessibility.findings(captioned, on: platform).isEmpty)
    }
    #expect(MediaAccessibility.captionsSource.citation.contains("1.2.2"))
    #expect(MediaAccessibility.altSource.citation.contains("1.1.1"))
  }

  @Test func theMediaChangesApplyAndCheckTheirMessage() throws {
    var state = try BrandState(name: BrandName("Le Fournil"))
      .applying(.addMessage("Our first loaves", .brand, media: MessageMedia(kind: .image)))
    state = try state.applying(.describeMedia(1, "  Six round loaves\non a rack  "))
    #expect(state.content.messages[0].media?.alt == "Six round loaves on a rack")
    #expect(throws: SMMCoreError.self) { try state.applying(.captionMedia(1, true)) }
    state = try state.applying(.setMedia(1, .video)).applying(.captionMedia(1, true))
    #expect(
      state.content.messages[0].media
        == MessageMedia(kind: .video, alt: "Six round loaves on a rack", captions: true))
    state = try state.applying(.setMedia(1, nil))
    #expect(state.content.messages[0].media == nil)
    // An alt text says the message goes with an image; captions, with a video.
    let described = try state.applying(.describeMedia(1, "A loaf"))
    #expect(described.content.messages[0].media == MessageMedia(kind: .image, alt: "A loaf"))
    let captioned = try state.applying(.captionMedia(1, true))
    #expect(captioned.content.messages[0].media == MessageMedia(kind: .video, captions: true))
    #expect(throws: SMMCoreError.self) { try described.applying(.captionMedia(1, true)) }
    #expect(throws: SMMCoreError.self) { try state.applying(.setMedia(7, .image)) }
    let blank = try state.applying(.setMedia(1, .image))
    #expect(throws: SMMCoreError.self) { try blank.applying(.describeMedia(1, "   ")) }
  }

  @Test func aMessageSavedBeforeMediaExistedHasNone() throws {
    let json = #"{"id":1,"text":"Hello","tag":"brand","variants":{}}"#
    let message = try JSONDecoder().decode(ContentMessage.self, from: Data(json.utf8))
    #expect(message.media == nil)
    let encoded = String(decoding: try JSONEncoder().encode(message), as: UTF8.self)
    #expect(!encoded.contains("media"))
    let withMedia = Self.message(MessageMedia(kind: .image, alt: "A loaf"))
    let back = try JSONDecoder().decode(
      ContentMessage.self, from: try JSONEncoder().encode(withMedia))
    #expect(back == withMedia)
  }
}
