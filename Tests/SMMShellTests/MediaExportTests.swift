import Foundation
import SMMCore
import SMMShell
import Testing

/// A message's image or video in the plan (issue 15 §6): the JSON's `media`, checked against
/// the schema, and what the Markdown plan says is still missing, with the command in the
/// consultant's notes only.
struct MediaExportTests {
  static func brand(alt: String?) throws -> BrandState {
    var state = try PlanExportTests.fullBrand()
    state = try state.applying(
      .addMessage(
        "Five stretches for a stiff back", .educational, media: MessageMedia(kind: .image)))
    if let alt { state = try state.applying(.describeMedia(3, alt)) }
    return try state.applying(.adaptMessage(3, [.instagram, .facebook]))
      .applying(.addMessage("A sprained ankle, in one minute", .educational))
      .applying(.setMedia(4, .video))
      .applying(.adaptMessage(4, [.instagram]))
  }

  @Test func theJSONCarriesEachMessagesMediaAndMatchesTheSchema() throws {
    let state = try Self.brand(alt: nil)
    let text = PlanExport.json(state)
    #expect(try PlanReportTests.schemaProblems(text) == [])
    let report = PlanReport.build(state)
    #expect(report.content.messages[0].media == nil)
    let image = try #require(report.content.messages[2].media)
    #expect(image.kind == "image" && image.alt == nil && !image.captions)
    #expect(report.content.messages[3].media?.kind == "video")
    #expect(text.contains(#""media" : null"#) || text.contains(#""media":null"#))
    let described = PlanReport.build(try Self.brand(alt: "A physiotherapist shows a side stretch"))
    #expect(described.content.messages[2].media?.alt == "A physiotherapist shows a side stretch")
  }

  @Test func thePlanSaysWhatTheMediaLacksAndTheNotesGiveTheCommand() throws {
    let state = try Self.brand(alt: nil)
    let client = MarkdownExport.plan(state)
    #expect(client.contains("Posted with an image."))
    #expect(client.contains("the image has no alt text yet"))
    #expect(client.contains("the video has no captions yet"))
    #expect(client.contains("Web Content Accessibility Guidelines (WCAG) 2.2"), "WCAG is cited")
    #expect(!client.contains("/content message alt"), "no command in the client document")
    let notes = MarkdownExport.plan(state, notes: true)
    #expect(notes.contains("/content message alt 3"))
    #expect(notes.contains("/content message captions 4 yes"))
    let french = MarkdownExport.plan(state, language: .fr)
    #expect(french.contains("l'image n'a pas encore de texte alternatif"))
    let described = MarkdownExport.plan(try Self.brand(alt: "A side stretch"))
    #expect(described.contains("its alt text, read out by screen readers: \"A side stretch\""))
    #expect(!described.contains("the image has no alt text yet"))
  }
}
