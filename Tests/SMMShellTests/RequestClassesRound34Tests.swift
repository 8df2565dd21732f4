import SMMCore
import Testing

@testable import SMMShell

/// The classes round 34 found weak, each read in phrasings of its own (not the corpus's
/// lines), in both languages: who carries an engagement action for a community, a sector said
/// by comparison, and countries or goals added in passing with "also".
struct RequestClassesRound34Tests {
  static let context = IntentContext(
    platforms: [.instagram, .facebook], messageIDs: [1, 2], brandNames: ["Northside Bakes"],
    communityNames: ["Leeds runners"], hasBrand: true,
    today: try? CivilDate(year: 2026, month: 12, day: 2),
    profile: BrandProfile(
      sector: "bakery", goals: [.awareness, .community], countries: ["GB"], languages: ["en"]))

  static func reading(_ line: String) -> IntentCommand {
    IntentCommand(IntentMatcher.match(line, context: context))
  }

  static let cases: [IntentCase] = [
    // Who carries one kind of action for a community, said in a sentence.
    IntentCase(
      "Tom is in charge of creating posts for the Leeds runners",
      .run(.engageOwner, command: "/engage owner \"Leeds runners\" create Tom")),
    IntentCase(
      "pour les Leeds runners, c'est Amina qui va partager leurs contenus",
      .run(.engageOwner, command: "/engage owner \"Leeds runners\" share Amina")),
    // A sector said by comparison.
    IntentCase(
      "we're more of a neighbourhood cafe than a bakery now",
      .run(.brandSet, command: "/brand set sector \"neighbourhood cafe\"")),
    IntentCase(
      "on est plutôt un salon de thé qu'une boulangerie",
      .run(.brandSet, command: "/brand set sector \"salon de thé\"")),
    // Countries added in passing: the home market stays first.
    IntentCase(
      "we also get a lot of Belgian customers",
      .run(.brandSet, command: "/brand set countries GB,BE")),
    IntentCase(
      "on a aussi des touristes suisses",
      .run(.brandSet, command: "/brand set countries GB,CH")),
    // A goal added in passing.
    IntentCase(
      "we're also looking for volunteers",
      .run(.brandSet, command: "/brand set goals awareness,recruitment,community")),
    IntentCase(
      "on cherche aussi des bénévoles",
      .run(.brandSet, command: "/brand set goals awareness,recruitment,community")),
    // A comment described with its author and its kind is triaged, whatever else it names.
    IntentCase(
      "a patient on facebook thinks we're the hospital and wants her scan results",
      .run(.replyTriage, command: "/reply triage --kind misguided --platform facebook")),
    IntentCase(
      "un client nous confond avec la boulangerie d'en face sur instagram",
      .run(.replyTriage, command: "/reply triage --kind misguided --platform instagram")),
    IntentCase(
      "un message plein d'insultes en majuscules sur instagram, il est hors de lui",
      .run(.replyTriage, command: "/reply triage --kind rager --platform instagram")),
    // What the brand gives back, and which networks make sense.
    IntentCase(
      "do we give our running club enough in return?",
      .run(.engageBalance, command: "/engage balance")),
    IntentCase(
      "which networks make sense for a small bakery?",
      .run(.spacesRecommend, command: "/spaces recommend")),
  ]

  @Test(arguments: cases)
  func reads(_ testCase: IntentCase) {
    #expect(Self.reading(testCase.line) == testCase.expected, "\(testCase.line)")
  }

  /// A new start date said of a planned calendar plans it again from that day, its length
  /// kept; without a calendar yet, the plan is only offered.
  @Test func aStartDateMovesThePlannedCalendar() throws {
    var planned = Self.context
    planned.calendarWeeks = 6
    planned.calendarStart = try CivilDate(year: 2027, month: 1, day: 4)
    for line in [
      "the calendar should start on 1 March", "finalement le calendrier commence le 1er mars",
    ] {
      let reading = IntentCommand(IntentMatcher.match(line, context: planned))
      #expect(
        reading == .run(.calendarPlan, command: "/calendar plan 6 --start 2027-03-01"), "\(line)")
    }
    #expect(
      Self.reading("the calendar should start on 1 March")
        == .ask(["/calendar plan 4 --start 2027-03-01"]))
  }

  /// A question about who does what changes nothing, and a comparison cut short reads no
  /// sector (and does not stop the line).
  @Test func questionsAndShortLinesSetNothing() {
    for line in ["who does the sharing for the Leeds runners?", "we're more of a", "we're more of"]
    {
      let reading = Self.reading(line)
      if case .run(let intent, _) = reading {
        #expect(intent != .engageOwner && intent != .brandSet, "\(line): \(reading)")
      }
    }
  }
}
