import SMMCore
import Testing

/// The crisis and reply domain in French: what the brand publishes follows the brand's first
/// language; what smm explains follows the language of the shell.
struct CrisisFrenchTests {
  static func frenchBrand(_ spaces: [Platform] = Platform.allCases) throws -> BrandState {
    var state = BrandState(name: try BrandName("Le Fournil"))
    state = try state.applying(.setProfile(.languages(["fr", "en"])))
    state = try state.applying(.chooseSpaces(spaces))
    state = try state.applying(
      .addRisk(
        CrisisRisk(
          name: "intoxication alimentaire signalée", type: .technicalProductHarm, likelihood: 2,
          impact: 5, channels: [.instagram])))
    return state
  }

  @Test func theBrandsFirstLanguageSetsThePublishingLanguage() {
    for (languages, expected) in [
      (["fr"], Language.fr), (["fr-CA", "en"], .fr), (["français"], .fr), (["en", "fr"], .en),
      ([], .en), (["de"], .en),
    ] {
      var profile = BrandProfile()
      profile.languages = languages
      #expect(profile.publishingLanguage == expected, "\(languages)")
    }
  }

  @Test(arguments: Platform.allCases)
  func frenchHoldingStatementsFitEveryPlatform(_ platform: Platform) throws {
    let long = String(repeating: "nom de risque très long ", count: 12)
    for name in ["intoxication alimentaire signalée", long] {
      let risk = CrisisRisk(
        name: name, type: .technicalProductHarm, likelihood: 2, impact: 5, channels: [platform])
      let text = HoldingStatement.write(
        risk: risk, brand: "Le Fournil", platform: platform, language: .fr)
      #expect(PlatformCounter.isValid(text, on: platform), "\(platform): \(text)")
      #expect(text.hasPrefix("Nous avons connaissance"), "\(platform): \(text)")
    }
  }

  @Test func aFrenchBrandsPlaybookPublishesInFrenchOnEveryChannel() throws {
    let state = try Self.frenchBrand()
    let playbook = CrisisPlaybook.build(state.risks[0], for: state)
    #expect(playbook.statements.count == Platform.allCases.count)
    for statement in playbook.statements {
      #expect(statement.valid, "\(statement.platform): \(statement.text)")
      #expect(!statement.text.contains("We know"), "\(statement.platform): \(statement.text)")
    }
    #expect(playbook.statements.contains { $0.text.contains("Ce que nous savons") })
    #expect(playbook.darkSite?.contains("Dernière mise à jour") == true)
    #expect(playbook.internalMessage.hasPrefix("Message interne à toute l'équipe (Le Fournil)"))
    #expect(playbook.internalMessage.contains("au responsable de la communication"))
    // The explanations stay phrases: English or French, as the shell speaks.
    #expect(playbook.escalation[0].render(.english).hasPrefix("Level 1 — community manager"))
    #expect(playbook.escalation[0].render(.french).hasPrefix("Niveau 1 — community manager"))
    #expect(playbook.checklist[0].render(.french).hasPrefix("0–10 min : établir les faits"))
  }

  @Test func anEnglishBrandPublishesInEnglishWhateverTheShellSpeaks() throws {
    var state = BrandState(name: try BrandName("Crumb"))
    state = try state.applying(.chooseSpaces([.x]))
    state = try state.applying(
      .addRisk(CrisisRisk(name: "rumour", type: .rumor, likelihood: 3, impact: 3, channels: [])))
    let playbook = CrisisPlaybook.build(state.risks[0], for: state)
    #expect(playbook.statements[0].text.hasPrefix("We know about the situation (rumour)"))
    #expect(playbook.internalMessage.hasPrefix("To the whole team of Crumb"))
    #expect(
      NegativePost.unhappy.fittedReply(brand: "Crumb", platform: .x)?.hasPrefix("We're") == true)
  }

  @Test func theInternalMessageNamesTheCommunicationsLeadWithFrenchGrammar() throws {
    var state = try Self.frenchBrand([.x])
    state = try state.applying(
      .setCrisisRole(CrisisRole(role: "communications lead", name: "Claire", contact: "+33")))
    let playbook = CrisisPlaybook.build(state.risks[0], for: state)
    #expect(playbook.internalMessage.contains("à Claire (responsable de la communication)"))
    #expect(
      playbook.escalation[1].render(.french)
        == "Niveau 2 — Claire (responsable de la communication) : valide chaque déclaration publique"
    )
  }

  @Test func frenchUIGetsFrenchGuidelinesNotesAndActions() throws {
    let result = try CrisisTriage.assess(
      type: .technicalProductHarm, veracity: .accurate, history: true, reputation: .poor,
      harm: .injury, reach: nil, velocity: nil)
    #expect(
      result.guideline.render(.french)
        == "Crise accidentelle, avec antécédents de crise ou mauvaise réputation préalable : ajouter indemnisation ou excuses, stratégie « reconstruire » (Coombs 2007, recommandation 6)"
    )
    #expect(result.whoActs.render(.french).hasPrefix("Toute l'organisation est mobilisée"))
    #expect(
      result.notes[0].render(.french)
        == "Antécédents de crise et mauvaise réputation préalable : l'attribution de responsabilité monte d'un niveau ; la crise, de catégorie accidentelle, est traitée comme une crise évitable"
    )
    #expect(
      result.notes[0].render(.english)
        == "A crisis history and a poor prior reputation raised the attribution one level: the accidental crisis is treated as preventable"
    )
    #expect(result.actions[0].render(.french).hasPrefix("Protéger d'abord les personnes"))
    // The English text, which the JSON of a triage carries for scripts (TriageReport).
    #expect(result.guideline.render(.english).contains("Coombs 2007, recommendation 6"))
  }

  @Test func aFrenchBrandsDrillAndDebrief() throws {
    var state = try Self.frenchBrand([.x])
    state = try state.applying(
      .addRisk(
        CrisisRisk(name: "fausse rumeur", type: .rumor, likelihood: 3, impact: 3, channels: [])))
    let risk = state.risks[1]
    let scenario = CrisisDrill.scenario(risk, seed: 42, language: .fr)
    #expect(
      scenario.posts[0].hasPrefix("« Quelqu'un d'autre a entendu parler de ça : fausse rumeur"))
    #expect(scenario.posts[2].contains("personnes en parlent"))
    // The language changes the words, not the drill.
    var english = CrisisDrill.scenario(risk, seed: 42)
    english.posts = scenario.posts
    #expect(english == scenario)
    let result = try CrisisDrill.debrief(scenario, answers: ["x", "rebuild", "wait"], state: state)
    let fixes = result.fixes.map { $0.render(.french) }
    #expect(
      fixes.contains(
        "aucune réponse publique pendant l'exercice : décider à l'avance qui publie, et quand"))
    #expect(
      fixes.contains {
        $0.hasPrefix(
          "stratégie : reconstruire alors que la recherche préconise nier — Une information fausse")
      })
    // Each fact shown and missed is said in French, in plain words.
    #expect(
      fixes.contains {
        $0.hasPrefix("vrai ou non : le scénario disait faux, vous avez répondu rien")
      })
    #expect(result.triageFit == 0 && result.triageAsked == 4)
  }

  @Test(arguments: Platform.allCases)
  func frenchRepliesFitEveryPlatform(_ platform: Platform) {
    for kind in NegativePost.allCases {
      guard let reply = kind.fittedReply(brand: "Le Fournil", platform: platform, language: .fr)
      else {
        #expect(kind == .troll)
        continue
      }
      #expect(PlatformCounter.isValid(reply, on: platform), "\(platform) \(kind): \(reply)")
      #expect(reply.hasPrefix("Nous") || reply.hasPrefix("Merci"), "\(platform) \(kind): \(reply)")
    }
    #expect(NegativePost.troll.advice.render(.french).hasPrefix("Ne pas répondre"))
    #expect(
      ResponseTargets.target(.question).basis.render(.french).hasPrefix("53 % des utilisateurs"))
  }

  @Test func aFrenchBrandIsSuggestedRisksNamedInFrench() throws {
    var state = try Self.frenchBrand([.x])
    state = try state.applying(.setProfile(.sector("boulangerie")))
    let names = RiskSuggestions.suggest(state).map(\.name)
    #expect(names.first == "intoxication alimentaire signalée par un client")
    #expect(names.contains("fausse rumeur sur la marque"))
  }

  @Test func thresholdReasonsAreInBothLanguages() {
    let result = CrisisThreshold.assess(
      mentionsPerHour: 90, usualPerHour: 10, reach: 20_000, claimTrue: true, harm: true)
    #expect(result.isCrisis)
    #expect(result.reasons.map { $0.render(.french) }.allSatisfy { !$0.contains("[") })
    #expect(result.reasons[0].render(.english).hasPrefix("volume: 90 mentions an hour against 10"))
  }
}
