import SMMCore
import Testing

@testable import SMMShell

/// The classes round 34's lines found weak, each read in phrasings of its own (not the
/// corpus's lines), in both languages: dates with the day in words, a tone set in a sentence
/// or in quotes, a quoted text followed by more words, a platform's text of a message replaced.
struct RequestClassesRound35Tests {
  /// Round 34's bakery, on LinkedIn too.
  static let context: IntentContext = {
    var context = RequestClassesRound34Tests.context
    context.platforms.append(.linkedin)
    return context
  }()

  static func reading(_ line: String) -> IntentCommand {
    IntentCommand(IntentMatcher.match(line, context: context))
  }

  static let cases: [IntentCase] = [
    // The day of a date in words, one word or two, misspelt months.
    IntentCase(
      "plan three weeks of posts starting the twenty first of march",
      .run(.calendarPlan, command: "/calendar plan 3 --start 2027-03-21")),
    IntentCase(
      "plan a month of posts from april the third",
      .run(.calendarPlan, command: "/calendar plan 4 --start 2027-04-03")),
    IntentCase(
      "prépare un calendrier de trois semaines à partir du dix-sept fevrier",
      .run(.calendarPlan, command: "/calendar plan 3 --start 2027-02-17")),
    IntentCase(
      "plan two weeks from the second of septmber",
      .run(.calendarPlan, command: "/calendar plan 2 --start 2027-09-02")),
    // A tone after the platform and a linking word, or in quotes.
    IntentCase(
      "make the tone on facebook warm and chatty",
      .run(.contentToneSet, command: "/content tone facebook \"warm and chatty\"")),
    IntentCase(
      "sur LinkedIn, le ton doit être « sobre et précis », merci",
      .run(.contentToneSet, command: "/content tone linkedin \"sobre et précis\"")),
    // A quoted text, and words after its closing quote.
    IntentCase(
      "could you add a message saying \"Fresh rye every Friday\" please?",
      .run(.contentMessageAdd, command: "/content message add \"Fresh rye every Friday\"")),
    // A platform's text of a message replaced.
    IntentCase(
      "for message 2 on facebook, use this wording: Rye day is back!",
      .run(.contentEdit, command: "/content edit 2 facebook \"Rye day is back!\"")),
    IntentCase(
      "change la légende instagram du message 1 : Le seigle revient vendredi",
      .run(.contentEdit, command: "/content edit 1 instagram \"Le seigle revient vendredi\"")),
    // Brand facts said in passing: a country added, ages added, the posts' languages, a
    // sector compared after a filler, who runs an account, a new name after a merger.
    IntentCase(
      "we've just started selling in Spain, add it please",
      .run(.brandSet, command: "/brand set countries GB,ES")),
    IntentCase(
      "ajoute la Belgique, on a des clients là-bas",
      .run(.brandSet, command: "/brand set countries GB,BE")),
    IntentCase(
      "we also want to reach 18-24 year olds",
      .run(.brandSet, command: "/brand set ages 18-24")),
    IntentCase(
      "our posts will be in English and Polish",
      .run(.brandSet, command: "/brand set languages en,pl")),
    IntentCase(
      "on publie aussi en espagnol pour les touristes",
      .run(.brandSet, command: "/brand set languages en,es")),
    IntentCase(
      "honestly we're more of a bistro than a bakery",
      .run(.brandSet, command: "/brand set sector bistro")),
    IntentCase(
      "there are three of us taking turns on the instagram account",
      .run(.brandSet, command: "/brand set team 3")),
    IntentCase(
      "la boutique a fusionné, on s'appelle désormais Pains & Co",
      .run(.rename, command: "/rename \"Pains & Co\"")),
    // A profile's field: a link after "=", a channel's name, its details shown.
    IntentCase(
      "facebook link in bio = https://northside.example/order?ref=fb",
      .run(
        .profileSet, command: "/profile facebook set link https://northside.example/order?ref=fb")),
    IntentCase(
      "sur Instagram, le compte s'appellera Northside Bakes Leeds",
      .run(.profileSet, command: "/profile instagram set display-name \"Northside Bakes Leeds\"")),
    IntentCase("show me the facebook page details", .run(.profile, command: "/profile facebook")),
    // The spaces: a platform of three words added, one taken off "our" list, a few suggested.
    IntentCase(
      "could we add google business profile too",
      .run(.spacesChoose, command: "/spaces choose google-business")),
    IntentCase(
      "take facebook off our list please", .confirm(.spacesDrop, command: "/spaces drop facebook")),
    IntentCase(
      "retire facebook de nos réseaux", .confirm(.spacesDrop, command: "/spaces drop facebook")),
    IntentCase(
      "can you suggest a few platforms for us", .run(.spacesRecommend, command: "/spaces recommend")
    ),
    IntentCase(
      "on hésite entre instagram et linkedin", .run(.spacesRecommend, command: "/spaces recommend")),
    // Engagement: the community first with "for", the plan named as a plan or a routine, the
    // plan made shown, giving as much as the brand gets.
    IntentCase(
      "for the Leeds runners, Priya writes the posts",
      .run(.engageOwner, command: "/engage owner \"Leeds runners\" create Priya")),
    IntentCase(
      "pour les Leeds runners, Amina relaiera leurs publications",
      .run(.engageOwner, command: "/engage owner \"Leeds runners\" share Amina")),
    IntentCase("show the community plan we've made", .run(.engagePlan, command: "/engage")),
    IntentCase("draw up a community plan", .run(.engagePlan, command: "/engage plan")),
    IntentCase(
      "do we give as much as we get from the Leeds runners",
      .run(.engageBalance, command: "/engage balance")),
    // The guide and the editorial views in more words: a rule named for the mix, an
    // overview, a point on progress, the reason for the advice, the big themes.
    IntentCase(
      "we want to stick to the 80-20 rule", .run(.contentMix, command: "/content mix 80-20")),
    IntentCase("quick overview of where things are", .run(.status, command: "/status")),
    IntentCase("on fait le point sur l'avancement ?", .run(.status, command: "/status")),
    IntentCase("pourquoi ce conseil ?", .run(.why, command: "/why")),
    IntentCase(
      "what are our main themes again", .run(.contentPillars, command: "/content pillars")),
  ]

  @Test(arguments: cases)
  func reads(_ testCase: IntentCase) {
    #expect(Self.reading(testCase.line) == testCase.expected, "\(testCase.line)")
  }

  /// A question about what a community gets, even without its "?", and a line whose "what
  /// they get" is the community itself, set nothing on the community.
  @Test func questionsAboutACommunitySetNothing() {
    for line in [
      "do we give as much as we get from the Leeds runners",
      "we get a lot from the Leeds runners",
    ] {
      if case .run(.communitySet, let command) = Self.reading(line) {
        Issue.record("\(line) ran \(command)")
      }
    }
  }

  /// "may" and "march" as everyday words never make a date with a day in words beside them.
  @Test func monthsThatAreWordsNeedTheirOf() throws {
    let today = try CivilDate(year: 2026, month: 12, day: 2)
    #expect(IntentDate.find(in: ["you", "may", "first", "check"], today: today) == nil)
    #expect(IntentDate.find(in: ["no", "one", "may", "post"], today: today) == nil)
    let found = IntentDate.find(in: ["the", "first", "of", "may"], today: today)
    #expect(found?.date == (try CivilDate(year: 2027, month: 5, day: 1)))
    #expect(found?.words == [1, 2, 3])
  }
}
