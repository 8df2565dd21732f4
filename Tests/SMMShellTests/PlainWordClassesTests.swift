import SMMCore
import Testing

@testable import SMMShell

/// Five classes of everyday requests read by class, not by example (issue 13): the crisis
/// triage's questions answered in plain words, metrics said in a sentence, the calendar made or
/// moved, communities added and removed, and replies asked for; with the meaning of a term asked
/// in words, an adjective of adapting, and a request that is no name. Each class in several
/// phrasings, word orders, typos and both languages.
struct PlainWordClassesTests {
  /// A brand with two spaces, two messages, a community, a risk and a 6-week calendar.
  static let context = IntentContext(
    platforms: [.instagram, .facebook], messageIDs: [1, 2], brandNames: ["Kinetic Physio"],
    communityNames: ["Leeds runners", "Gourmands de Lyon"], riskNames: ["booking system outage"],
    hasBrand: true, today: try? CivilDate(year: 2026, month: 12, day: 2), calendarWeeks: 6)

  static func reading(_ line: String) -> IntentCommand {
    IntentCommand(IntentMatcher.match(line, context: context))
  }

  // MARK: - The triage's questions in plain words

  /// An answer to the triage's first question (the type), and the options it gives.
  struct TriageCase: Sendable, CustomTestStringConvertible {
    var given: [String: String]
    var answer: String
    var read: [String: String]
    var testDescription: String { "\"\(answer)\"" }
  }

  static let triageAnswers: [TriageCase] = [
    TriageCase(given: [:], answer: "it's false", read: ["--type": "rumor", "--veracity": "false"]),
    TriageCase(given: [:], answer: "c'est faux", read: ["--type": "rumor", "--veracity": "false"]),
    TriageCase(
      given: [:], answer: "its a lie, they made it up",
      read: ["--type": "rumor", "--veracity": "false"]),
    TriageCase(given: [:], answer: "it's a rumour", read: ["--type": "rumor"]),
    TriageCase(given: [:], answer: "c'est une rumeur", read: ["--type": "rumor"]),
    TriageCase(given: [:], answer: "nobody was hurt", read: ["--harm": "none"]),
    TriageCase(given: [:], answer: "personne n'a été blessé", read: ["--harm": "none"]),
    TriageCase(given: [:], answer: "about 200 people saw it", read: ["--reach": "200"]),
    TriageCase(given: [:], answer: "environ 1 500 personnes l'ont vu", read: ["--reach": "1500"]),
    TriageCase(given: [:], answer: "seen by 3,000 people already", read: ["--reach": "3000"]),
    TriageCase(given: [:], answer: "it's spreading fast", read: ["--velocity": "100"]),
    TriageCase(given: [:], answer: "ça se répand vite", read: ["--velocity": "100"]),
    TriageCase(given: [:], answer: "about 40 mentions an hour", read: ["--velocity": "40"]),
    TriageCase(
      given: [:], answer: "a physio made a mistake and a patient got hurt",
      read: ["--type": "human-error-product-harm", "--harm": "injury"]),
    TriageCase(
      given: [:], answer: "un employé s'est trompé et des clients ont été malades",
      read: ["--type": "human-error-product-harm", "--harm": "injury"]),
    TriageCase(
      given: [:], answer: "a patient says she was hurt, and it's true",
      read: ["--veracity": "true", "--harm": "injury"]),
    // Once harm is known, a cause alone gives the type.
    TriageCase(
      given: ["--harm": "injury"], answer: "a machine broke down",
      read: ["--type": "technical-product-harm"]),
    TriageCase(
      given: ["--type": "rumor"], answer: "no it's not true", read: ["--veracity": "false"]),
    TriageCase(
      given: ["--type": "rumor"], answer: "c'est à moitié vrai, sorti de son contexte",
      read: ["--veracity": "truncated"]),
    TriageCase(
      given: ["--type": "rumor", "--veracity": "false"], answer: "never happened before",
      read: ["--history": "no"]),
    TriageCase(
      given: ["--type": "rumor", "--veracity": "false"], answer: "oui, l'an dernier",
      read: ["--history": "yes"]),
    TriageCase(
      given: ["--type": "rumor", "--veracity": "false", "--history": "no"],
      answer: "good, we have 4.9 stars on Google", read: ["--reputation": "good"]),
    TriageCase(
      given: ["--type": "rumor", "--veracity": "false", "--history": "no"],
      answer: "mauvaise, on a eu des avis négatifs", read: ["--reputation": "poor"]),
    TriageCase(
      given: ["--type": "rumor", "--veracity": "false", "--history": "no", "--reputation": "good"],
      answer: "a few people asked for refunds", read: ["--harm": "financial"]),
  ]

  @Test(arguments: triageAnswers)
  func theTriageReadsEveryFactAnAnswerStates(_ testCase: TriageCase) {
    #expect(CrisisTriageQuestions(given: testCase.given).read(testCase.answer) == testCase.read)
  }

  @Test func anAnswerThatStatesNothingIsAskedAgainWithThePlainWords() {
    let questions = CrisisTriageQuestions(given: [:])
    #expect(questions.step("banana") == .again(key: "crisis.triage.notAnAnswer"))
    let again = ConversationTests.reason(
      questions.step("banana", in: ConversationContext(strings: .english)))
    #expect(again?.contains(Strings.english("crisis.triage.typeInWords")) == true)
  }

  @Test func plainWordsAreNotedAndTheQuestionStillMissingIsAsked() throws {
    let questions = CrisisTriageQuestions(given: [:]).pending(json: false, strings: .english)
    let (next, lines, _) = try #require(
      ConversationTests.asked(
        questions.step("nobody was hurt", in: ConversationContext(strings: .english))))
    #expect(
      lines.first
        == Strings.english(
          "crisis.triage.noted", ["facts": PlanLabels(.english).harm(.none)]))
    #expect(next.text == Strings.english("crisis.question.type"))
  }

  @Test func skipPutsAQuestionOffThenLeavesTheTriage() throws {
    let english = ConversationContext(strings: .english)
    let questions = CrisisTriageQuestions(given: [:]).pending(json: false, strings: .english)
    let skipped = try #require(questions.universal(.skip, in: english))
    let (later, _, _) = try #require(ConversationTests.asked(skipped))
    #expect(later.text == Strings.english("crisis.question.veracity"))
    // Every other question answered, the type comes back; put off again, the triage is left.
    var current: any Conversation = later
    for answer in ["false", "no", "good", "none"] {
      current = try #require(ConversationTests.asked(current.step(answer, in: english))).0
    }
    #expect(current.text == Strings.english("crisis.question.type"))
    guard case .settled = try #require(current.universal(.skip, in: english)) else {
      Issue.record("skipping twice should leave the triage")
      return
    }
  }

  @Test func notKnowingPutsTheQuestionOffInEitherLanguage() {
    for line in [
      "I don't know", "not sure yet", "je ne sais pas", "je ne sais pas encore",
      "hmm, not sure yet, can we come back to that?", "euh, je ne sais pas",
    ] {
      #expect(Postponement.read(line), "\(line)")
    }
    for line in ["hmm, undo that", "not sure we want tiktok", "je ne sais pas quoi publier"] {
      #expect(!Postponement.read(line), "\(line)")
    }
  }

  // MARK: - Metrics in a sentence

  static let metrics: [IntentCase] = [
    IntentCase(
      "last week on Facebook we had 120 followers, 900 reach and 30 likes",
      .run(
        .metricsAdd,
        command:
          "/metrics add facebook --week 2026-W48 --followers 120 --reach 900 --engagements 30")),
    IntentCase(
      "we got 300 views on instagram this week",
      .run(.metricsAdd, command: "/metrics add instagram --week 2026-W49 --impressions 300")),
    IntentCase(
      "facebook: 150 followers, 1,200 people reached, 60 comments and shares",
      .run(
        .metricsAdd, command: "/metrics add facebook --followers 150 --reach 1200 --engagements 60")
    ),
    IntentCase(
      "this month on tiktok: 40k views, 800 likes and 50 comments",
      .run(
        .metricsAdd,
        command: "/metrics add tiktok --week 2026-W49 --impressions 40000 --engagements 850")),
    IntentCase(
      "on a eu 300 vues sur instagram cette semaine",
      .run(.metricsAdd, command: "/metrics add instagram --week 2026-W49 --impressions 300")),
    IntentCase(
      "la semaine dernière sur facebook : 850 abonnés, 3000 de portée et 70 j'aime",
      .run(
        .metricsAdd,
        command:
          "/metrics add facebook --week 2026-W48 --followers 850 --reach 3000 --engagements 70")),
    // A wish is no figure of the past.
    IntentCase("how do we get 1000 followers on instagram?", .none),
    IntentCase("how did we do last month?", .run(.metrics, command: "/metrics")),
    IntentCase("is our engagement going up?", .run(.metrics, command: "/metrics")),
    IntentCase("comment ça s'est passé le mois dernier ?", .run(.metrics, command: "/metrics")),
    IntentCase(
      "can you read the figures in export-dec.csv",
      .run(.metricsImport, command: "/metrics import export-dec.csv")),
    IntentCase(
      "lis les chiffres de export.csv", .run(.metricsImport, command: "/metrics import export.csv")),
  ]

  @Test(arguments: metrics)
  func metricsSaidInASentence(_ testCase: IntentCase) {
    let read = Self.reading(testCase.line)
    if testCase.expected == .none {
      #expect(!(read.command?.hasPrefix("/metrics add") ?? false), "\(testCase.line)")
    } else {
      #expect(read == testCase.expected, "\(testCase.line)")
    }
  }

  @Test func theFiguresASentenceLacksAreAskedOneByOne() throws {
    let english = ConversationContext(strings: .english)
    let today = try CivilDate(year: 2026, month: 12, day: 2)
    var current: any Conversation = MetricsQuestions(
      platform: "instagram", given: ["--impressions": "300"], today: today, strings: .english)
    #expect(current.text == Strings.english("metrics.question.week", ["platform": "instagram"]))
    #expect(ConversationTests.reason(current.step("whenever", in: english)) != nil)
    for answer in ["last week", "1,200", "about 2k"] {
      current = try #require(ConversationTests.asked(current.step(answer, in: english))).0
    }
    #expect(
      current.text == Strings.english("metrics.question.engagements", ["platform": "instagram"]))
    let add = try #require(
      ConversationTests.ran(current.step("twelve", in: english)) as? MetricsAddCommand)
    #expect(
      add.canonical
        == "/metrics add instagram --week 2026-W48 --followers 1200 --reach 2000 --impressions 300 --engagements 12"
    )
    // A sentence is a request, not a figure.
    #expect(MetricsQuestions.number("last week on facebook we had 850 followers") == nil)
  }

  @Test func aWeekIsTheWeekOfItsThursday() throws {
    #expect(
      ISOWeek(containing: try CivilDate(year: 2026, month: 12, day: 2)).description == "2026-W49")
    #expect(
      ISOWeek(containing: try CivilDate(year: 2027, month: 1, day: 1)).description == "2026-W53")
    #expect(
      ISOWeek(containing: try CivilDate(year: 2027, month: 1, day: 4)).description == "2027-W01")
  }

  // MARK: - The calendar

  static let calendar: [IntentCase] = [
    IntentCase(
      "plan 4 weeks from 1 June",
      .run(.calendarPlan, command: "/calendar plan 4 --start 2027-06-01")),
    IntentCase("make a calendar for next month", .run(.calendarPlan, command: "/calendar plan 4")),
    IntentCase(
      "build me a content calendar for the next 3 weeks",
      .run(.calendarPlan, command: "/calendar plan 3")),
    IntentCase(
      "plan the next two months of posts", .run(.calendarPlan, command: "/calendar plan 8")),
    IntentCase(
      "planifie les 6 prochaines semaines", .run(.calendarPlan, command: "/calendar plan 6")),
    IntentCase(
      "fais un calendrier pour le mois prochain", .run(.calendarPlan, command: "/calendar plan 4")),
    IntentCase(
      "organise nos publications pour trois semaines",
      .run(.calendarPlan, command: "/calendar plan 3")),
    // A new start alone keeps the calendar's weeks (6 here).
    IntentCase(
      "move the calendar to start in March",
      .run(.calendarPlan, command: "/calendar plan 6 --start 2027-03-01")),
    IntentCase(
      "décale le calendrier pour qu'il commence en mars",
      .run(.calendarPlan, command: "/calendar plan 6 --start 2027-03-01")),
    IntentCase("show the calendar", .run(.calendar, command: "/calendar")),
    IntentCase("when is our next post", .run(.calendar, command: "/calendar")),
    IntentCase("qu'est-ce qu'on publie cette semaine ?", .run(.calendar, command: "/calendar")),
  ]

  @Test(arguments: calendar)
  func theCalendarMadeMovedAndShown(_ testCase: IntentCase) {
    #expect(Self.reading(testCase.line) == testCase.expected, "\(testCase.line)")
  }

  @Test func aNewStartWithoutACalendarIsOnlyOffered() {
    let none = IntentContext(hasBrand: true, today: try? CivilDate(year: 2026, month: 12, day: 2))
    #expect(
      IntentCommand(IntentMatcher.match("start the calendar in april", context: none))
        == .ask(["/calendar plan 4 --start 2027-04-01"]))
  }

  // MARK: - Communities

  static let communities: [IntentCase] = [
    IntentCase(
      "add a community called Leeds walkers on facebook",
      .run(.communityAdd, command: "/community add \"Leeds walkers\" --platform facebook")),
    IntentCase(
      "add the Headingley parents group on facebook as a community",
      .run(
        .communityAdd, command: "/community add \"Headingley parents group\" --platform facebook")),
    IntentCase(
      "ajoute la communauté Voisins de la Croix-Rousse sur facebook",
      .run(
        .communityAdd, command: "/community add \"Voisins de la Croix-Rousse\" --platform facebook")
    ),
    IntentCase(
      "remove the Leeds runners community",
      .confirm(.communityRemove, command: "/community remove \"Leeds runners\"")),
    IntentCase(
      "delete Leeds runners from our communities",
      .confirm(.communityRemove, command: "/community remove \"Leeds runners\"")),
    IntentCase(
      "retire la communauté Gourmands de Lyon",
      .confirm(.communityRemove, command: "/community remove \"Gourmands de Lyon\"")),
    IntentCase(
      "we give Leeds runners free warm-up sessions",
      .run(
        .communitySet, command: "/community set \"Leeds runners\" gives \"free warm-up sessions\"")),
    IntentCase(
      "on offre aux Gourmands de Lyon des ateliers pâtisserie",
      .run(
        .communitySet,
        command: "/community set \"Gourmands de Lyon\" gives \"des ateliers pâtisserie\"")),
    IntentCase("which communities do we have?", .run(.community, command: "/community")),
  ]

  @Test(arguments: communities)
  func communitiesAddedRemovedAndFilled(_ testCase: IntentCase) {
    #expect(Self.reading(testCase.line) == testCase.expected, "\(testCase.line)")
  }

  // MARK: - Replies and crises asked for

  static let replies: [IntentCase] = [
    IntentCase(
      "someone left a 1-star review saying we were late",
      .run(.replyTriage, command: "/reply triage --kind unhappy")),
    IntentCase(
      "un client a laissé un avis 1 étoile en disant que la baguette était brûlée",
      .run(.replyTriage, command: "/reply triage --kind unhappy")),
    IntentCase(
      "how long can we wait before answering a comment?",
      .run(.replyTargets, command: "/reply targets")),
    IntentCase(
      "on doit répondre en combien de temps ?", .run(.replyTargets, command: "/reply targets")),
    IntentCase(
      "someone says our product made them ill, what do we do?",
      .run(.crisisTriage, command: "/crisis triage")),
    IntentCase(
      "there's a post going around saying our gym is closing, it's fake",
      .run(.crisisTriage, command: "/crisis triage --type rumor --veracity false")),
  ]

  @Test(arguments: replies)
  func repliesAndCrisesAskedForInASentence(_ testCase: IntentCase) {
    #expect(Self.reading(testCase.line) == testCase.expected, "\(testCase.line)")
  }

  @Test func aReplyAskedForAQuotedCommentIsTheReplyTriage() {
    for line in [
      "how should I reply to this: 'worst physio in Leeds, avoid'",
      "que répondre à : « votre pain est trop cher »",
    ] {
      #expect(Self.reading(line).command?.hasPrefix("/reply triage") == true, "\(line)")
    }
  }

  // MARK: - Terms, adjectives, names

  @Test func theMeaningOfATermIsAskedInWords() {
    for (line, key) in [
      ("what do you mean by b2c?", "glossary.b2c"), ("ça veut dire quoi b2c ?", "glossary.b2c"),
      ("what does engagement rate mean?", "glossary.engagementRate"),
      ("que veut dire portée ?", "glossary.reach"),
      ("what's a holding statement?", "glossary.holdingStatement"),
      ("c'est quoi un pilier ?", "glossary.pillar"),
      // What a field should say: its meaning says what goes in it.
      ("what should the bio say?", "glossary.bio"),
      ("que doit dire la bio ?", "glossary.bio"),
    ] {
      #expect(Glossary.key(for: line) == key, "\(line)")
    }
    // The brand's own, or no question about a word: not a term to explain.
    for line in [
      "what are our pillars again?", "c'est quoi nos piliers déjà ?", "show the reach", "b2c",
    ] {
      #expect(Glossary.key(for: line) == nil, "\(line)")
    }
  }

  @Test func anAdjectiveOfAdaptingIsNoRequestToAdapt() {
    let read = Self.reading("un message adapté à des parents pressés : le pain du matin prêt à 7 h")
    #expect(
      read
        == .run(.contentMessageAdd, command: "/content message add \"le pain du matin prêt à 7 h\"")
    )
    if case .run(.contentAdapt, _) = Self.reading("a post adapted to busy parents") {
      Issue.record("an adjective ran /content adapt")
    }
    #expect(
      Self.reading("adapte le message 2 pour linkedin")
        == .run(.contentAdapt, command: "/content adapt 2 linkedin"))
  }

  @Test func aRequestInLowerCaseIsNoName() {
    for line in ["add instagram please", "ajoute linkedin svp", "show the calendar"] {
      #expect(!AnswerCue.couldBeName(line), "\(line)")
    }
    for line in ["Kinetic Physio", "Add Vantage Ltd", "Le Fournil"] {
      #expect(AnswerCue.couldBeName(line), "\(line)")
    }
  }
}

extension IntentCommand {
  /// The command run or shown, nil when none or several.
  fileprivate var command: String? {
    switch self {
    case .run(_, let command), .confirm(_, let command): return command
    case .ask(let commands): return commands.count == 1 ? commands[0] : nil
    case .none: return nil
    }
  }
}
