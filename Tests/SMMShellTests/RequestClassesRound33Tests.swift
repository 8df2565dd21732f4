import SMMCore
import Testing

@testable import SMMShell

/// The classes round 33 of the corpus found weak, each read in phrasings of its own (not the
/// corpus's lines), in both languages: weeks planned without naming the calendar, a comment
/// pasted after who posted it, how many run the accounts, a new name said in passing, a
/// question that states a fact, a question about the engagement plan, two profiles compared,
/// going back, and words of time never read as typos.
struct RequestClassesRound33Tests {
  static let context = IntentContext(
    platforms: [.instagram, .facebook], messageIDs: [1, 2], brandNames: ["Northside Bakes"],
    hasBrand: true, today: try? CivilDate(year: 2026, month: 12, day: 2))

  static func reading(_ line: String) -> IntentCommand {
    IntentCommand(IntentMatcher.match(line, context: context))
  }

  static let cases: [IntentCase] = [
    // Weeks of posts with a start, or with what they hold: the calendar, though unnamed.
    IntentCase(
      "two weeks of posts starting 4 January",
      .run(.calendarPlan, command: "/calendar plan 2 --start 2027-01-04")),
    IntentCase(
      "deux semaines de contenus à partir du 4 janvier",
      .run(.calendarPlan, command: "/calendar plan 2 --start 2027-01-04")),
    // A comment pasted after who posted it, triaged by what it says.
    IntentCase(
      "a customer wrote this on instagram: \"we waited an hour and it never came\"",
      .run(.replyTriage, command: "/reply triage --kind unhappy --platform instagram")),
    IntentCase(
      "quelqu'un a écrit ça sur facebook : « vous êtes des escrocs, je suis furieux »",
      .run(.replyTriage, command: "/reply triage --kind rager --platform facebook")),
    // How many people run the accounts, said in passing.
    IntentCase(
      "there are four of us posting and replying now",
      .run(.brandSet, command: "/brand set team 4")),
    IntentCase(
      "nous sommes trois à gérer les réseaux", .run(.brandSet, command: "/brand set team 3")),
    // A new name said in passing.
    IntentCase(
      "we rebranded, we are Northside Bakery Co now",
      .run(.rename, command: "/rename \"Northside Bakery Co\"")),
    // A question that states a fact asks; it does not change the profile.
    IntentCase(
      "which networks should we be on, given we have five hours a week?",
      .run(.spacesRecommend, command: "/spaces recommend")),
    // A question about the engagement plan shows it; it does not plan it again.
    IntentCase("show me the engagement plan", .run(.engagePlan, command: "/engage")),
    IntentCase(
      "qu'est-ce qu'il y a dans le plan d'animation ?", .run(.engagePlan, command: "/engage")),
    // Two profiles compared: the check, not one profile shown.
    IntentCase(
      "do the instagram and facebook profiles match each other?",
      .run(.profileCheck, command: "/profile check")),
    // Which of two networks is better: the ranking.
    IntentCase(
      "facebook or instagram, which one is better for a bakery?",
      .run(.spacesRecommend, command: "/spaces recommend")),
    // A theme named right after the wish is a pillar; a network after a wish is a choice.
    IntentCase(
      "add a theme about member success stories",
      .run(.contentPillarAdd, command: "/content pillars add \"member success stories\"")),
    IntentCase(
      "nouveau thème sur les coulisses du fournil",
      .run(.contentPillarAdd, command: "/content pillars add \"coulisses du fournil\"")),
    IntentCase(
      "we want to be on tiktok and linkedin",
      .run(.spacesChoose, command: "/spaces choose tiktok linkedin")),
    IntentCase(
      "on voudrait être sur tiktok et linkedin",
      .run(.spacesChoose, command: "/spaces choose tiktok linkedin")),
    // Giving a space up is confirmed, never run.
    IntentCase(
      "we're giving up on facebook", .confirm(.spacesDrop, command: "/spaces drop facebook")),
  ]

  @Test(arguments: cases)
  func reads(_ testCase: IntentCase) {
    #expect(Self.reading(testCase.line) == testCase.expected, "\(testCase.line)")
  }

  /// "Du mois" is a month, never a typo of « moisi » (a crisis word); "à partir du" is a
  /// start, never leaving.
  @Test func wordsOfTimeAreNoTypos() {
    let month = Self.reading("tu peux me faire le bilan du mois ?")
    if case .run(let intent, _) = month { #expect(intent != .crisisTriage, "\(month)") }
    let start = Self.reading("prépare un mois de posts à partir du 4 janvier")
    #expect(start == .run(.calendarPlan, command: "/calendar plan 4 --start 2027-01-04"))
  }
}
