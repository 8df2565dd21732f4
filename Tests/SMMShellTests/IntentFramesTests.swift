import SMMCore
import Testing

@testable import SMMShell

/// Requests read as frames: the text they carry reaches its command intact, numbers and
/// platforms inside it are not read as slots, dates in words are read from the session's date,
/// and profile facts said at any time become `/brand set`.
struct IntentFramesTests {
  /// A brand with two spaces and two messages; the session's date is Wednesday 2 December 2026.
  static let context = IntentContext(
    platforms: [.instagram, .facebook], messageIDs: [1, 2],
    brandNames: ["Northside Bakes"], riskNames: ["late delivery"], hasBrand: true,
    today: try? CivilDate(year: 2026, month: 12, day: 2))

  static let cases: [IntentCase] = [
    // Text payloads, English and French.
    IntentCase(
      "add a message: Spring hours start on 3 March, call 0117 496 0000.",
      .run(
        .contentMessageAdd,
        command: "/content message add \"Spring hours start on 3 March, call 0117 496 0000.\"")),
    IntentCase(
      "new post saying the shop is shut for stocktaking",
      .run(.contentMessageAdd, command: "/content message add \"the shop is shut for stocktaking\"")
    ),
    IntentCase(
      "ajoute un message : Fermeture exceptionnelle le 14 juillet.",
      .run(
        .contentMessageAdd,
        command: "/content message add \"Fermeture exceptionnelle le 14 juillet.\"")),
    IntentCase(
      "add a pillar: behind the scenes",
      .run(.contentPillarAdd, command: "/content pillars add \"behind the scenes\"")),
    IntentCase(
      "nouveau pilier : recettes de saison",
      .run(.contentPillarAdd, command: "/content pillars add \"recettes de saison\"")),
    IntentCase(
      "add a community: Bristol cyclists, on instagram",
      .run(.communityAdd, command: "/community add \"Bristol cyclists\" --platform instagram")),
    IntentCase(
      "ajoute une communauté : Jardiniers du quartier sur facebook",
      .run(.communityAdd, command: "/community add \"Jardiniers du quartier\" --platform facebook")),
    IntentCase(
      "add a risk: an order arrives damaged",
      .run(.crisisRiskAdd, command: "/crisis risk add \"an order arrives damaged\"")),
    IntentCase(
      "nouveau risque - panne du site de réservation",
      .run(.crisisRiskAdd, command: "/crisis risk add \"panne du site de réservation\"")),
    IntentCase(
      "count this for bluesky: Our 10 best tips for spring on instagram",
      .run(.count, command: "/count bluesky \"Our 10 best tips for spring on instagram\"")),
    IntentCase(
      "combien de caractères sur mastodon : Marché de Noël le 12 décembre",
      .run(.count, command: "/count mastodon \"Marché de Noël le 12 décembre\"")),
    IntentCase(
      "change the facebook bio to: Family bakery since 1952.",
      .run(.profileSet, command: "/profile facebook set bio \"Family bakery since 1952.\"")),
    IntentCase(
      "l'identifiant instagram sera northside.bakes",
      .run(.profileSet, command: "/profile instagram set handle northside.bakes")),
    // Rename, save.
    IntentCase(
      "rename the brand to Northside Loaves", .run(.rename, command: "/rename \"Northside Loaves\"")
    ),
    IntentCase(
      "renomme la marque en Pains et Cie", .run(.rename, command: "/rename \"Pains et Cie\"")),
    IntentCase("save this to northside.smm", .run(.save, command: "/save northside.smm")),
    IntentCase("enregistre la session dans atelier.smm", .run(.save, command: "/save atelier.smm")),
    // Metrics in a sentence.
    IntentCase(
      "on linkedin this week 310 followers, 1,250 reach, 2000 impressions and 60 engagements",
      .run(
        .metricsAdd,
        command:
          "/metrics add linkedin --week 2026-W49 --followers 310 --reach 1250 --impressions 2000 --engagements 60"
      )),
    IntentCase(
      "instagram semaine dernière : 800 abonnés, portée 2400",
      .run(
        .metricsAdd, command: "/metrics add instagram --week 2026-W48 --followers 800 --reach 2400")
    ),
    // Profile facts at any time.
    IntentCase("we have 6 hours a week now", .run(.brandSet, command: "/brand set hours 6")),
    IntentCase(
      "on a maintenant trois heures par semaine", .run(.brandSet, command: "/brand set hours 3")),
    IntentCase("we also sell to businesses", .run(.brandSet, command: "/brand set market both")),
    IntentCase(
      "we speak to our guests in English and Spanish",
      .run(.brandSet, command: "/brand set languages en,es")),
    IntentCase(
      "nous parlons français et allemand avec les clients",
      .run(.brandSet, command: "/brand set languages fr,de")),
    // Dates in words, from the session's date.
    IntentCase(
      "plan 3 weeks from 5 January",
      .run(.calendarPlan, command: "/calendar plan 3 --start 2027-01-05")),
    IntentCase(
      "planifie deux semaines à partir du 1er mars",
      .run(.calendarPlan, command: "/calendar plan 2 --start 2027-03-01")),
    IntentCase(
      "plan 4 weeks starting December 14th",
      .run(.calendarPlan, command: "/calendar plan 4 --start 2026-12-14")),
    // Opening hours said as a fact (issue 15 §3).
    IntentCase(
      "we're open Mon-Fri 9-18",
      .run(.brandSet, command: "/brand set open \"Mon-Fri 09:00-18:00\"")),
    IntentCase(
      "nous sommes ouverts mar-sam 7h-19h, dim 7h-13h.",
      .run(.brandSet, command: "/brand set open \"Tue-Sat 07:00-19:00, Sun 07:00-13:00\"")),
    IntentCase(
      "our hours are Monday-Friday 8:30-17:30",
      .run(.brandSet, command: "/brand set open \"Mon-Fri 08:30-17:30\"")),
    // Without their text, the frames are offered with a placeholder, never run.
    IntentCase("rename the brand", .ask(["/rename NAME"])),
  ]

  @Test(arguments: cases)
  func reads(_ testCase: IntentCase) {
    let outcome = IntentCommand(IntentMatcher.match(testCase.line, context: Self.context))
    #expect(outcome == testCase.expected, "\(testCase.line)")
  }

  @Test func someoneElsesPostIsNotAMessageToAdd() {
    for line in [
      "a post saying our cakes are stale, it's a lie", "un avis disant que nos gâteaux sont rassis",
    ] {
      if case .run(let intent, _) = IntentMatcher.match(line, context: Self.context) {
        #expect(intent != .contentMessageAdd, "\(line)")
      }
    }
    #expect(
      IntentCommand(IntentMatcher.match("new post saying we open at 8", context: Self.context))
        == .run(.contentMessageAdd, command: "/content message add \"we open at 8\""))
  }

  @Test func aDateIsNotReadWithoutTheSessionsDate() {
    var context = Self.context
    context.today = nil
    #expect(
      IntentCommand(IntentMatcher.match("plan 3 weeks from 5 January", context: context))
        == .run(.calendarPlan, command: "/calendar plan 3"))
  }

  @Test func theTextIsSplitFromTheRequest() {
    #expect(IntentPayload("post: hello").text == "hello")
    #expect(IntentPayload("see https://example.org now").text == nil)
    #expect(IntentPayload("class at 7:30 tomorrow").text == nil)
    #expect(IntentPayload("add « Bonne année ! » please").text == "Bonne année !")
    #expect(
      IntentPayload("add « Bonne année ! » please").head.split(separator: " ") == ["add", "please"])
    #expect(IntentPayload("a well-known risk").text == nil)
  }

  @Test func refusalExamplesComeFromTheBrandsOwnContext() {
    let keys = IntentExamples.examples(for: Self.context).map(\.key)
    #expect(
      keys == ["assistant.example.next", "assistant.example.adaptOwn", "assistant.example.drill"])
    let values = IntentExamples.examples(for: Self.context).flatMap { $0.values.map(\.value) }
    #expect(values == ["1", "Instagram", "late delivery"])
    #expect(
      IntentExamples.examples(for: IntentContext()).map(\.key)
        == ["assistant.example.next", "assistant.example.newBrand"])
    #expect(
      IntentExamples.examples(for: IntentContext(hasBrand: true)).map(\.key)
        == ["assistant.example.next", "assistant.example.spaces", "assistant.example.risk"])
  }
}
