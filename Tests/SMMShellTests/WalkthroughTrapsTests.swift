import Foundation
import SMMCore
import SMMShellTestSupport
import Testing

@testable import SMMShell

/// The traps the two newcomer walk-throughs met (issue 13), each in the shell as typed, in
/// English and in French: a question never traps, and an answer is never stored literally when
/// it says something else ("skip that", "we don't have a lawyer", "same as before").
struct WalkthroughTrapsTests {
  /// A shell typed into by a person, with a brand whose interview is done and Facebook chosen,
  /// hints on so the guide asks, in `language`.
  func shell(_ language: Language = .en, named name: String = "Muddy Paws") throws -> TestShell {
    let shell = try TestShell(interactive: true)
    shell.run(
      "/new \"\(name)\"", "/stop", "/brand set sector \"dog grooming salon\"",
      "/brand set market b2c", "/brand set ages 25-34,35-44", "/brand set goals leads",
      "/brand set hours 4", "/brand set formats image", "/brand set reach local",
      "/brand set countries \(language == .fr ? "FR" : "GB")",
      "/brand set languages \(language.rawValue)", "/spaces choose facebook",
      "/lang \(language.rawValue)", "/hints on")
    return shell
  }

  /// A shell still in the interview of a new brand, at its second question (the market).
  func interview(_ language: Language) throws -> TestShell {
    let shell = try TestShell(interactive: true)
    shell.run("/lang \(language.rawValue)", "/new \"Muddy Paws\"", "dog grooming salon")
    return shell
  }

  func field(_ shell: TestShell) -> ProfileField? {
    (shell.session.pendingQuestion as? InterviewQuestion)?.field
  }

  @Test(arguments: [
    ("what do you mean?", Language.en), ("what is b2b?", .en),
    ("ça veut dire quoi ?", .fr), ("c'est quoi b2c ?", .fr),
  ])
  func aQuestionAboutAnInterviewQuestionExplainsItAndTheQuestionStays(
    _ line: String, _ language: Language
  ) throws {
    let shell = try interview(language)
    #expect(field(shell) == .market)
    let shown = shell.run(line).joined(separator: "\n")
    let strings = Strings(language)
    let help = strings("interview.help.market")
    #expect(shown.replacingOccurrences(of: "\n  ", with: " ").contains(help))
    #expect(field(shell) == .market, "the question stays")
    #expect(shell.session.current?.state.profile.market == nil, "nothing is recorded")
  }

  @Test(arguments: [
    ("show me our history", Language.en), ("show me the platforms list", .en),
    ("montre-moi l'historique", .fr),
  ])
  func aClearRequestRunsWhileAnInterviewQuestionWaitsAndTheQuestionStays(
    _ line: String, _ language: Language
  ) throws {
    let shell = try interview(language)
    let shown = shell.run(line)
    #expect(shown.contains { $0.hasPrefix("» /") }, "the request ran: \(shown)")
    #expect(field(shell) == .market, "the question stays")
    #expect(shown.last == (shell.session.pendingQuestion?.text ?? ""), "and is asked again")
    shell.run("b2c")
    #expect(shell.session.current?.state.profile.market == .b2c)
  }

  @Test(arguments: [("hmm, undo that", Language.en), ("euh, annule ça", .fr)])
  func undoWithNothingToUndoKeepsTheQuestionInView(_ line: String, _ language: Language) throws {
    let shell = try TestShell(interactive: true)
    shell.run("/lang \(language.rawValue)", "/new \"Muddy Paws\"")
    let question = try #require(shell.session.pendingQuestion?.text)
    let shown = shell.run(line)
    #expect(shown.last == "stderr: " + question, "\(shown)")
    #expect(shell.session.current?.state.profile.sector == nil, "undo words are no sector")
    #expect((shell.session.pendingQuestion as? InterviewQuestion)?.field == .sector)
  }

  @Test(arguments: [
    ("skip that", Language.en), ("next question", .en), ("on saute", .fr),
    ("passe ça", .fr),
  ])
  func puttingAnInterviewQuestionOffAsksTheNext(_ line: String, _ language: Language) throws {
    let shell = try interview(language)
    shell.run(line)
    #expect(field(shell) == .ages)
    #expect(shell.session.current?.state.profile.market == nil)
  }

  @Test(arguments: [
    ("just bristol really", Reach.local), ("mostly in Leeds", .local),
    ("surtout à Pézenas et autour", .local), ("just the UK", .national),
    ("only France", .national),
  ])
  func aPlaceNamedAloneIsItsReach(_ answer: String, _ reach: Reach) {
    #expect(AnswerInterpreter.interpret(answer, for: .reach) == .reach(reach))
  }

  @Test(arguments: ["english", "just 4 hours", "we sell dog shampoo and grooming"])
  func otherLinesAreNoPlace(_ answer: String) {
    #expect(AnswerInterpreter.interpret(answer, for: .reach) == nil)
  }

  /// The profile up to its cover photo, so that the guide asks whether it is in place.
  func atTheCoverPhoto(_ shell: TestShell) {
    shell.run(
      "/profile facebook set display-name \"Muddy Paws\"", "/profile facebook set handle muddypaws",
      "/profile facebook set bio \"Dog grooming in Bristol.\"",
      "/profile facebook set link https://muddypaws.example", "/profile facebook set avatar yes")
  }

  @Test(arguments: [
    ("what is a pinned post?", Language.en, "pinned-post"),
    ("what's a cover photo", .en, "banner"),
    ("c'est quoi une publication épinglée ?", .fr, "pinned-post"),
  ])
  func aQuestionAboutAnyProfileFieldGetsItsHelpAndTheOfferStays(
    _ line: String, _ language: Language, _ key: String
  ) throws {
    let shell = try shell(language)
    atTheCoverPhoto(shell)
    let shown = shell.run(line).joined(separator: " ").replacingOccurrences(of: "\n  ", with: " ")
      .replacingOccurrences(of: "  ", with: " ")
    let help = Strings(language)("guide.fieldHelp.\(key)", ["platform": "Facebook"])
    #expect(shown.contains(String(help.prefix(40))), "\(shown)")
    // The offer stands: a yes answers the cover photo.
    shell.run(language == .fr ? "oui" : "yes")
    #expect(shell.session.current?.state.profiles[.facebook]?.done["banner"] == true)
  }

  @Test(arguments: [
    ("yep we put the logo up yesterday", true), ("yes done", true),
    ("non, on n'a pas de bannière", false), ("nope, the photographer comes in june", false),
  ])
  func aYesOrNoFollowedByAStatementAnswersAYesNoQuestion(_ line: String, _ yes: Bool) throws {
    let shell = try shell(line.hasPrefix("non") ? .fr : .en)
    atTheCoverPhoto(shell)
    let before = shell.session.current?.record.head
    shell.run(line)
    let banner = shell.session.current?.state.profiles[.facebook]?.done["banner"]
    #expect(banner == yes)
    #expect(shell.session.current?.record.head != before, "the answer is recorded")
  }

  @Test(arguments: [
    ("sounds good", Language.en), ("go for it", .en), ("ça marche", .fr), ("ok pour moi", .fr),
  ])
  func aYesInOtherWordsTakesTheSuggestion(_ line: String, _ language: Language) throws {
    let shell = try shell(language)
    shell.run(line)
    #expect(shell.session.current?.state.profiles[.facebook]?.texts["display-name"] == "Muddy Paws")
  }

  @Test(arguments: [("idk", Language.en), ("not sure", .en), ("aucune idée", .fr)])
  func notKnowingPutsAChecklistItemOff(_ line: String, _ language: Language) throws {
    let shell = try shell(language)
    atTheCoverPhoto(shell)
    let head = shell.session.current?.record.head
    shell.run(line)
    #expect(shell.session.current?.record.head == head, "nothing is recorded")
    #expect(
      shell.session.shownOffer?.profileField(of: shell.session.current?.record.id)?.key
        == "pinned-post")
  }

  @Test(arguments: [
    ("les animations et ateliers", Language.fr), ("our regulars and their dogs", .en),
    ("the community of dog walkers", .en),
  ])
  func aThemeThatStartsLikeANounPhraseIsThePillar(_ line: String, _ language: Language) throws {
    let shell = try shell(language)
    atTheCoverPhoto(shell)
    shell.run(language == .fr ? "oui" : "yes", language == .fr ? "oui" : "yes")
    // The profile is complete: the guide asks for the first pillar.
    let shown = shell.run(line)
    #expect(shell.session.current?.state.content.pillars == [line], "\(shown)")
  }

  /// A shell at the crisis team's first question.
  func atTheTeam(_ language: Language) throws -> TestShell {
    let shell = try shell(language)
    atTheCoverPhoto(shell)
    shell.run(
      "/profile facebook set banner yes", "/profile facebook set pinned-post yes",
      "/content pillars add \"before and after\"", "/content pillars add \"tips\"",
      "/content pillars add \"the team\"", "/content message add \"We groom by hand.\"",
      "/content adapt 1 facebook", "/content message add \"Nervous dogs welcome.\"",
      "/content adapt 2 facebook", "/calendar plan 4",
      "/community add \"dog owners\" --platform facebook --type interest",
      "/community set \"dog owners\" gives advice", "/community set \"dog owners\" gets reviews",
      "/engage plan", "/crisis risk add \"false rumour\" --type rumor --likelihood 3 --impact 3",
      "/crisis team \"community manager\" \"Sarah Patel\" sarah@muddypaws.example")
    let strings = Strings(language)
    #expect(
      asked(shell)
        == Phrase("guide.ask.role", text: ["role": "communications lead"]).render(strings))
    return shell
  }

  func holder(_ shell: TestShell, _ role: String) -> String? {
    shell.session.current?.state.crisisTeam.first { $0.role == role }?.name
  }

  /// What the guide asks now, unwrapped.
  func asked(_ shell: TestShell) -> String? {
    shell.session.shownOffer.map { $0.questionText(shell.session.strings) }
  }

  @Test(arguments: [
    ("we don't have a lawyer", Language.en), ("skip", .en),
    ("on n'a pas de juriste", .fr), ("plus tard", .fr),
  ])
  func aRoleNobodyHoldsIsLeftOpenAndTheNextIsAsked(_ line: String, _ language: Language) throws {
    let shell = try atTheTeam(language)
    shell.run(
      "/crisis team \"communications lead\" \"Sarah Patel\" sarah@muddypaws.example",
      "/crisis team spokesperson \"Tom Hughes\" \"07700 900123\"")
    let strings = Strings(language)
    #expect(asked(shell) == Phrase("guide.ask.role", text: ["role": "legal"]).render(strings))
    shell.run(line)
    #expect(holder(shell, "legal") == nil, "nothing is stored as the lawyer")
    #expect(
      asked(shell) == Phrase("guide.ask.role", text: ["role": "executive sponsor"]).render(strings))
    // Once the sponsor is named, the open role is not asked again: the guide goes on.
    shell.run("Dave Patel dave@muddypaws.example")
    #expect(holder(shell, "executive sponsor") == "Dave Patel")
    #expect(shell.session.shownOffer?.teamRole(of: shell.session.current?.record.id) == nil)
    // "What now?" once nothing else is left asks for the open role again.
    shell.run(
      "/crisis drill \"false rumour\" --seed 42 --answers \"false no poor none|deny|publish\"",
      "/export html")
    shell.run(language == .fr ? "et maintenant ?" : "what now?")
    #expect(asked(shell) == Phrase("guide.ask.role", text: ["role": "legal"]).render(strings))
    shell.run("Ann Lee from Bristol Law, ann@bristollaw.example")
    #expect(holder(shell, "legal") == "Ann Lee", "the firm is not the name")
  }

  @Test(arguments: [
    ("same as before", Language.en), ("the same person", .en),
    ("same as the community manager", .en), ("pareil", .fr),
    ("la même personne", .fr),
  ])
  func theSamePersonAgainIsReused(_ line: String, _ language: Language) throws {
    let shell = try atTheTeam(language)
    shell.run(line)
    #expect(holder(shell, "communications lead") == "Sarah Patel")
    let contact = shell.session.current?.state.crisisTeam.first {
      $0.role == "communications lead"
    }?.contact
    #expect(contact == "sarah@muddypaws.example")
  }

  @Test func theHandleSuggestionFoldsAccents() throws {
    let shell = try shell(.fr, named: "Médiathèque de Pézenas")
    shell.run("/profile facebook set display-name \"Médiathèque de Pézenas\"")
    guard case .ask(_, let suggestion, _) = shell.session.shownOffer?.kind else {
      Issue.record("the guide asks for the handle")
      return
    }
    #expect(suggestion == "mediathequedepezenas")
  }

  @Test func theHandleSuggestionFollowsTheDisplayNameChosen() throws {
    let shell = try shell(.fr, named: "Office de Tourisme du Lac d'Annecy")
    shell.run("mets plutôt OT Annecy")
    #expect(shell.session.current?.state.profiles[.facebook]?.texts["display-name"] == "OT Annecy")
    guard case .ask(_, let suggestion, _) = shell.session.shownOffer?.kind else {
      Issue.record("the guide asks for the handle")
      return
    }
    #expect(suggestion == "otannecy")
  }

  @Test(arguments: [("Bristol Bike Repair Shop", Language.en), ("Vélos du Lac", .fr)])
  func aUsernameWithSpacesIsOfferedAsOneWord(_ line: String, _ language: Language) throws {
    let shell = try shell(language)
    shell.run("/profile facebook set display-name \"Muddy Paws\"")
    let shown = shell.run(line).joined(separator: " ")
    #expect(shell.session.current?.state.profiles[.facebook]?.texts["handle"] == nil)
    let handle = line == "Vélos du Lac" ? "velosdulac" : "bristolbikerepairshop"
    #expect(shown.contains(handle))
    shell.run(language == .fr ? "oui" : "yes")
    #expect(shell.session.current?.state.profiles[.facebook]?.texts["handle"] == handle)
  }

  @Test(arguments: [
    ("c'est faux, et ça ne nous était jamais arrivé", false),
    ("ce n'est pas la première fois", true), ("it has never happened before", false),
    ("it hasn't happened before", false), ("yes it happened before", true),
  ])
  func theDrillReadsWhetherItHappenedBefore(_ line: String, _ before: Bool) throws {
    let risk = CrisisRisk(
      name: "mould rumour", type: .rumor, likelihood: 3, impact: 4, channels: [.facebook])
    let questions = CrisisDrillQuestions(CrisisDrill.scenario(risk, seed: 42), strings: .french)
    let (next, _, _) = try #require(
      ConversationTests.asked(questions.step(line, in: ConversationTests.french)))
    #expect((next as? CrisisDrillQuestions)?.triage.history == before)
  }
}

/// "Back" while a question waits: the last answer is undone and its question asked again.
struct BackToThePreviousQuestionTests {
  @Test(arguments: [
    ("back", Language.en), ("go back", .en), ("previous question", .en), ("retour", .fr),
    ("question précédente", .fr), ("can we go back to the last question please?", .en),
    ("retour à la question d'avant", .fr), ("on peut revenir en arriere stp", .fr),
  ])
  func backInTheInterviewAsksTheLastQuestionAgain(_ line: String, _ language: Language) throws {
    let shell = try TestShell(interactive: true)
    shell.run("/lang \(language.rawValue)", "/new \"Muddy Paws\"", "dog grooming", "b2c")
    #expect((shell.session.pendingQuestion as? InterviewQuestion)?.field == .ages)
    shell.run(line)
    #expect(shell.session.current?.state.profile.market == nil, "the market is undone")
    #expect((shell.session.pendingQuestion as? InterviewQuestion)?.field == .market)
    shell.run("b2b")
    #expect(shell.session.current?.state.profile.market == .b2b)
    #expect((shell.session.pendingQuestion as? InterviewQuestion)?.field == .ages)
  }

  /// A line about going back that says something else is no "back".
  @Test func aSentenceWithBackInItIsNotBack() {
    for line in [
      "back pain and sports injuries", "we are back on Mondays", "retour des beaux jours",
      "the last one",
    ] {
      #expect(!AnswerCue.isBack(line), "\(line)")
    }
    #expect(AnswerCue.isBack("oops, back to the previous one"))
  }

  @Test func backIsNeverStoredAsAnAnswer() throws {
    let shell = try TestShell(interactive: true)
    shell.run(
      "/new \"Muddy Paws\"", "/stop", "/brand set sector grooming", "/brand set market b2c",
      "/brand set ages 25-34",
      "/brand set goals leads", "/brand set hours 4", "/brand set formats image",
      "/brand set reach local", "/brand set countries GB", "/brand set languages en",
      "/spaces choose facebook",
      "/hints on", "Muddy Paws Bristol")
    #expect(shell.session.current?.state.profiles[.facebook]?.texts["display-name"] != nil)
    shell.run("back")
    #expect(shell.session.current?.state.profiles[.facebook]?.texts["display-name"] == nil)
    #expect(shell.session.current?.state.profiles[.facebook]?.texts["handle"] == nil)
  }
}
