import SMMCore
import Testing

@testable import SMMShell

/// Editorial and community requests said without a colon: a theme the brand wants to talk
/// about, a pillar dropped (confirmed, never run), a community's size, a mix rule named (never
/// from a question), more about a community, and what a platform's page still needs.
struct EditorialFramesTests {
  /// A brand with two spaces, two pillars and two communities.
  static let context = IntentContext(
    platforms: [.instagram, .facebook], messageIDs: [1, 2], brandNames: ["Harbour Physio"],
    communityNames: ["Leeds runners", "Gourmands de Lyon"],
    pillarNames: ["recovery tips", "les coulisses"], hasBrand: true)

  static func reading(_ line: String) -> IntentCommand {
    IntentCommand(IntentMatcher.match(line, context: context))
  }

  static let cases: [IntentCase] = [
    // A theme the brand wants to talk about becomes a pillar; a question about it does not.
    IntentCase(
      "we would like to talk about desk posture",
      .run(.contentPillarAdd, command: "/content pillars add \"desk posture\"")),
    IntentCase(
      "on aimerait parler des recettes de saison",
      .run(.contentPillarAdd, command: "/content pillars add \"recettes de saison\"")),
    // A pillar dropped by its name, with or without its article: confirmed first.
    IntentCase(
      "remove the recovery tips pillar",
      .confirm(.contentPillarRemove, command: "/content pillars remove \"recovery tips\"")),
    IntentCase(
      "supprime le pilier coulisses",
      .confirm(.contentPillarRemove, command: "/content pillars remove \"les coulisses\"")),
    // A community's size, however the thousands are written.
    IntentCase(
      "Leeds runners has around 3,500 members",
      .run(.communitySet, command: "/community set \"Leeds runners\" size 3500")),
    IntentCase(
      "les Gourmands de Lyon comptent 1 200 membres",
      .run(.communitySet, command: "/community set \"Gourmands de Lyon\" size 1200")),
    // A rule named is chosen; the same words in a question only check the mix.
    IntentCase(
      "let's go with the 5-3-2 mix", .run(.contentMix, command: "/content mix 5-3-2")),
    IntentCase(
      "we'll follow the rule of thirds", .run(.contentMix, command: "/content mix thirds")),
    IntentCase(
      "on suit la règle des tiers", .run(.contentMix, command: "/content mix thirds")),
    IntentCase("is the 4-1-1 mix right for us?", .run(.contentMix, command: "/content mix")),
    // More about a community named in full.
    IntentCase(
      "tell me more about Leeds runners",
      .run(.community, command: "/community show \"Leeds runners\"")),
    IntentCase(
      "parle-moi des Gourmands de Lyon",
      .run(.community, command: "/community show \"Gourmands de Lyon\"")),
    // A profile item said done, a page's name said with "called"; never from a denial.
    IntentCase(
      "the cover photo is up on facebook now",
      .run(.profileSet, command: "/profile facebook set banner yes")),
    IntentCase(
      "on a ajouté la photo de profil sur facebook",
      .run(.profileSet, command: "/profile facebook set avatar yes")),
    IntentCase(
      "our instagram account is called Harbour Physio Leeds",
      .run(.profileSet, command: "/profile instagram set display-name \"Harbour Physio Leeds\"")),
    // Leaving a network, said plainly: confirmed, never run.
    IntentCase(
      "we should come off facebook, it's dead",
      .confirm(.spacesDrop, command: "/spaces drop facebook")),
    IntentCase(
      "laissons tomber instagram", .confirm(.spacesDrop, command: "/spaces drop instagram")),
    // A sponsored message said before its text is added as sponsored.
    IntentCase(
      "add a sponsored post: Our new bands, made with Flexa",
      .run(
        .contentMessageAdd,
        command: "/content message add \"Our new bands, made with Flexa\" --sponsored")),
    IntentCase(
      "nouveau message en partenariat : Le seigle du Moulin Bio",
      .run(
        .contentMessageAdd,
        command: "/content message add \"Le seigle du Moulin Bio\" --sponsored")),
    // What a platform's page still needs is that profile.
    IntentCase(
      "what does our instagram page still need?",
      .run(.profile, command: "/profile instagram")),
  ]

  @Test func theToneOfSomethingElseSetsNoTone() {
    #expect(
      Self.reading("on facebook the tone of the comments is getting angry")
        != .run(
          .contentToneSet, command: "/content tone facebook \"of the comments is getting angry\""))
    if case .run(.contentToneSet, _) = Self.reading("sur facebook le ton des commentaires monte") {
      Issue.record("a tone was set from « le ton des commentaires »")
    }
  }

  @Test func aDeniedItemIsNotSetDone() {
    #expect(
      Self.reading("we haven't put the banner up on facebook yet")
        != .run(.profileSet, command: "/profile facebook set banner yes"))
  }

  @Test(arguments: cases)
  func reads(_ testCase: IntentCase) {
    #expect(Self.reading(testCase.line) == testCase.expected, "\(testCase.line)")
  }
}

/// A message named by what it says, not by its number, when the brand has several.
struct MessageBySubjectTests {
  static var context: IntentContext {
    var context = IntentContext(
      platforms: [.instagram, .facebook], messageIDs: [1, 2], hasBrand: true)
    context.messageTexts = [
      "Back pain after a long day at the desk? Three stretches that help, shown by Sarah.",
      "We are open on Saturday mornings from January: book online.",
    ]
    return context
  }

  static func reading(_ line: String) -> IntentCommand {
    IntentCommand(IntentMatcher.match(line, context: context))
  }

  @Test func theSubjectPicksTheMessage() {
    #expect(
      Self.reading("make an instagram version of the saturday opening message")
        == .run(.contentAdapt, command: "/content adapt 2 instagram"))
    #expect(
      Self.reading("please adapt the desk stretches post for facebook")
        == .run(.contentAdapt, command: "/content adapt 1 facebook"))
  }

  /// A subject both messages share, or none, still asks which; and a number wins.
  @Test func anUnclearSubjectStillAsks() {
    let asked = Self.reading("adapt the message for instagram")
    guard case .ask(let commands) = asked else {
      Issue.record("\(asked)")
      return
    }
    #expect(commands.count == 2)
    #expect(
      Self.reading("adapt message 1 about saturday for instagram")
        == .run(.contentAdapt, command: "/content adapt 1 instagram"))
  }
}
