import SMMShell
import Testing

@testable import SMMCore

/// The guide's reading of a brand, step by step: what is missing, what is weak, and the next
/// action with its exact command.
struct GuidanceTests {
  func profiled(_ name: String = "Le Fournil") throws -> BrandState {
    try BrandState.fold([
      .create(try BrandName(name)),
      .setProfile(.sector("artisan bakery")),
      .setProfile(.market(.b2c)),
      .setProfile(.ages([.twentyFiveToThirtyFour, .thirtyFiveToFortyFour])),
      .setProfile(.goals([.awareness, .community])),
      .setProfile(.hours(6)),
      .setProfile(.formats([.image, .shortVideo])),
      .setProfile(.reach(.local)),
      .setProfile(.countries(["FR"])), .setProfile(.languages(["fr"])),
    ])
  }

  func review(_ state: BrandState, _ step: MethodStep) -> StepReview {
    Guidance.review(state)[step.number - 1]
  }

  func keys(_ items: [StepReview.Item]) -> [String] { items.map(\.phrase.key) }

  @Test func noBrandMeansNamingOne() {
    let action = Guidance.next(nil)
    #expect(action?.command == "/new {answer}")
    #expect(action?.command(answering: "Boulangerie Martin") == "/new \"Boulangerie Martin\"")
  }

  @Test func aNewBrandStartsWithTheInterview() throws {
    let state = BrandState(name: try BrandName("acme"))
    #expect(Guidance.next(state)?.command == "/interview")
    let reviews = Guidance.review(state)
    #expect(reviews.allSatisfy { $0.stage == .notStarted })
    #expect(keys(reviews[0].missing) == ["guide.missing.profile", "guide.missing.spaces"])
    #expect(reviews[0].missing[1].action?.command == "/spaces recommend")
  }

  @Test func aCompleteProfileLeadsToChoosingTheProposedPlatforms() throws {
    let state = try profiled()
    let action = try #require(Guidance.next(state))
    let proposal = SpaceScoring.propose(SpaceScoring.rank(state.profile), hours: 6)
    #expect(
      action.command == "/spaces choose "
        + proposal.platforms.map(\.rawValue).joined(separator: " "))
    #expect(action.kind == .run)
    #expect(action.sources.contains { $0.contains("Pew") }, "audience sources: \(action.sources)")
    #expect(review(state, .spaces).done.map(\.key) == ["guide.done.profile"])
  }

  @Test func profilesAreFilledFieldByFieldWithSuggestions() throws {
    var state = try profiled().applying(.chooseSpaces([.instagram, .facebook]))
    var action = try #require(Guidance.next(state))
    #expect(action.command == "/profile instagram set display-name {answer}")
    guard case .ask(_, let suggestion, .text) = action.kind else {
      Issue.record("a text field is asked: \(action.kind)")
      return
    }
    #expect(suggestion == "Le Fournil")
    state = try state.applying(.setProfileText(.instagram, key: "display-name", text: "Le Fournil"))
    state = try state.applying(.setProfileText(.instagram, key: "handle", text: "@fournil_lyon"))
    // The handle taken on one platform is the suggestion on the next.
    #expect(Guidance.handle(for: state, on: .facebook) == "fournil_lyon")
    action = try #require(Guidance.next(state))
    #expect(action.command == "/profile instagram set bio {answer}")
    if case .ask(_, let bio, _) = action.kind {
      #expect(bio == BioSuggestion.suggest(for: state, on: .instagram))
    }
  }

  @Test func aFrenchSpeakingBrandGetsAFrenchBio() throws {
    let french = try profiled()
    #expect(
      BioSuggestion.suggest(for: french, on: .instagram)
        == "Le Fournil — artisan bakery, près de chez vous. Suivez-nous : ce que nous faisons, et pourquoi."
    )
    let english = try french.applying(.setProfile(.languages(["en", "fr"])))
    #expect(BioSuggestion.suggest(for: english, on: .instagram)?.contains("near you") == true)
  }

  @Test func aHandleIsCutToThePlatformsLimit() throws {
    let state = try profiled("The Extraordinary Sourdough Company")
    #expect(Guidance.handle(for: state, on: .x).count == 15)
    #expect(Guidance.handle(for: state, on: .x) == "theextraordinar")
  }

  @Test func doneFieldsAreYesOrNoQuestions() throws {
    let action = Guidance.profileAction(try profiled(), .instagram, "avatar")
    #expect(action.command(answering: "oui") == "/profile instagram set avatar yes")
    #expect(action.command(answering: "not yet") == "/profile instagram set avatar no")
    #expect(action.command(answering: "maybe") == nil)
  }

  @Test func contentNeedsPillarsThenMessagesThenVariantsThenACalendar() throws {
    var state = try profiled().applying(.chooseSpaces([.instagram, .linkedin]))
    var content = review(state, .content)
    #expect(
      keys(content.missing) == [
        "guide.missing.pillars", "guide.missing.messages", "guide.missing.calendar",
      ])
    #expect(
      content.missing[0].action?.command(answering: "bread know-how")
        == "/content pillars add \"bread know-how\"")
    for pillar in ["bread", "people", "season"] { state = try state.applying(.addPillar(pillar)) }
    state = try state.applying(.addMessage("Our sourdough rises for 24 hours.", .educational))
    content = review(state, .content)
    #expect(keys(content.missing) == ["guide.missing.variants", "guide.missing.calendar"])
    #expect(content.missing[0].action?.command == "/content adapt 1")
    state = try state.applying(.adaptMessage(1, [.instagram, .linkedin]))
    state = try state.applying(.planCalendar(weeks: 4, start: try CivilDate(parsing: "2026-02-02")))
    content = review(state, .content)
    #expect(content.stage == .done, "\(content.missing)")
    #expect(content.done.map(\.key).contains("guide.done.calendar"))
  }

  @Test func aCommunityThatGivesNothingBackIsMissingItsSide() throws {
    var state = try profiled().applying(.chooseSpaces([.instagram]))
    state = try state.applying(.addCommunity("Lyon foodies", .instagram, .place))
    state = try state.applying(.setCommunity("Lyon foodies", .gives, "tastings"))
    let communities = review(state, .communities)
    #expect(keys(communities.missing) == ["guide.missing.gets", "guide.missing.engagement"])
    let action = try #require(communities.missing[0].action)
    #expect(
      action.command(answering: "reviews and photos")
        == "/community set \"Lyon foodies\" gets \"reviews and photos\"")
    #expect(communities.missing[1].action?.command == "/engage plan")
  }

  @Test func theCrisisTeamIsAskedRoleByRoleWithAContact() throws {
    let state = try profiled().applying(.chooseSpaces([.instagram]))
    let crisis = review(state, .crisis)
    #expect(
      keys(crisis.missing) == ["guide.missing.risks", "guide.missing.team", "guide.missing.drill"])
    // The brand speaks French first: the suggested risk is named in French (it goes into the
    // holding statements).
    #expect(
      crisis.missing[0].action?.command.hasPrefix("/crisis risk add \"intoxication alimentaire")
        == true)
    let team = try #require(crisis.missing[1].action)
    #expect(
      team.command(answering: "Marie Dupont marie@fournil.fr")
        == "/crisis team \"community manager\" \"Marie Dupont\" marie@fournil.fr")
    #expect(
      team.command(answering: "Paul +33 6 12 34 56 78")
        == "/crisis team \"community manager\" Paul \"+33 6 12 34 56 78\"")
    #expect(
      team.command(answering: "Paul Martin")
        == "/crisis team \"community manager\" \"Paul Martin\"", "no contact: the name alone")
    #expect(
      team.command(answering: "Paul 0612345678")
        == "/crisis team \"community manager\" Paul 0612345678")
    #expect(crisis.missing[2].action == nil, "no risk yet: nothing to drill")
  }

  @Test func theRiskiestPlaybookIsDrilled() throws {
    var state = try profiled().applying(.chooseSpaces([.instagram]))
    state = try state.applying(
      .addRisk(
        CrisisRisk(name: "outage", type: .technicalAccident, likelihood: 2, impact: 2, channels: [])
      ))
    state = try state.applying(
      .addRisk(
        CrisisRisk(
          name: "food poisoning", type: .technicalProductHarm, likelihood: 2, impact: 5,
          channels: [])))
    let drill = review(state, .crisis).missing.last
    #expect(drill?.action?.command == "/crisis drill \"food poisoning\"")
  }

  @Test func goingAheadSaysWhatIsSkipped() throws {
    let state = try profiled()
    #expect(Guidance.skipped(before: .spaces, in: state) == [])
    #expect(Guidance.skipped(before: .content, in: state).map(\.key) == ["guide.skipped.spaces"])
    #expect(
      Guidance.skipped(before: .crisis, in: state).map(\.key) == [
        "guide.skipped.spaces", "guide.skipped.messages", "guide.skipped.communities",
      ])
  }

  @Test func everyActionHasAReasonInBothLanguages() throws {
    let states = [BrandState(name: try BrandName("acme")), try profiled()]
    for state in states {
      for review in Guidance.review(state) {
        for item in review.missing + review.weak {
          for strings in [Strings.english, Strings.french] {
            #expect(!item.phrase.render(strings).contains("["), "\(item.phrase.key)")
            if let action = item.action {
              #expect(!action.reason.render(strings).contains("[\(action.reason.key)]"))
              #expect(!action.sources.isEmpty, "\(action.command) has sources")
            }
          }
        }
      }
    }
  }

  @Test(arguments: [
    ("yes", true), ("Oui", true), ("ok", true), ("vas-y", true), ("d’accord", true),
    ("yes!", true), ("confirm", true), ("no", false), ("Non.", false), ("pas encore", false),
    ("cancel", false), ("stop", false), ("peut-être", nil),
    ("", nil),
  ])
  func affirmationsReadBothLanguages(_ text: String, _ expected: Bool?) {
    #expect(Affirmation.read(text) == expected)
  }
}
