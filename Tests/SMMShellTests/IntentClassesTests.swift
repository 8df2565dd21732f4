import SMMCore
import Testing

@testable import SMMShell

/// Classes of everyday requests read right, each in several phrasings and both languages: the
/// views of the editorial line, choosing spaces in words, a message by its rank, a metrics
/// file, a new brand's name after the last noun, and a language asked for (never one that is
/// denied, nor a sentence about the brand's languages).
struct IntentClassesTests {
  /// A brand with two chosen spaces and two messages.
  static let context = IntentContext(
    platforms: [.instagram, .facebook], messageIDs: [1, 2],
    brandNames: ["Northside Bakes"], riskNames: ["late delivery"], hasBrand: true,
    today: try? CivilDate(year: 2026, month: 12, day: 2))

  /// A brand profiled, no space chosen yet.
  static let profiled = IntentContext(brandNames: ["Northside Bakes"], hasBrand: true)

  static func reading(_ line: String, _ context: IntentContext = context) -> IntentCommand {
    IntentCommand(IntentMatcher.match(line, context: context))
  }

  static let views: [IntentCase] = [
    IntentCase("what are our pillars again?", .run(.contentPillars, command: "/content pillars")),
    IntentCase(
      "remind me of our content pillars", .run(.contentPillars, command: "/content pillars")),
    IntentCase("c'est quoi nos piliers déjà ?", .run(.contentPillars, command: "/content pillars")),
    IntentCase("rappelle-moi les thèmes", .run(.contentPillars, command: "/content pillars")),
    IntentCase("show me the core messages", .run(.contentMessages, command: "/content messages")),
    IntentCase("list our messages", .run(.contentMessages, command: "/content messages")),
    IntentCase("affiche les messages clés", .run(.contentMessages, command: "/content messages")),
    IntentCase("montre les messages", .run(.contentMessages, command: "/content messages")),
    IntentCase("check our content mix", .run(.contentMix, command: "/content mix")),
    IntentCase("are we too salesy? the 80/20 thing", .run(.contentMix, command: "/content mix")),
    IntentCase("vérifie notre mix de contenus", .run(.contentMix, command: "/content mix")),
    IntentCase("on est trop commerciaux ?", .run(.contentMix, command: "/content mix")),
    IntentCase("what tone should we use", .run(.contentTone, command: "/content tone")),
    IntentCase(
      "quel ton adopter pour une boulangerie", .run(.contentTone, command: "/content tone")),
    // The editorial line itself, and checking the variants, stay what they were.
    IntentCase("show me the editorial line", .run(.content, command: "/content")),
    IntentCase("check the variants", .run(.contentCheck, command: "/content check")),
  ]

  @Test(arguments: views)
  func theEditorialLinesViews(_ testCase: IntentCase) {
    #expect(Self.reading(testCase.line) == testCase.expected, "\(testCase.line)")
  }

  static let choosing: [IntentCase] = [
    IntentCase(
      "ok so we talked about it and we'd like to be on instgram and tiktok please",
      .run(.spacesChoose, command: "/spaces choose instagram tiktok")),
    IntentCase("put us on linkedin", .run(.spacesChoose, command: "/spaces choose linkedin")),
    IntentCase(
      "we want to be on Linked In and twitter",
      .run(.spacesChoose, command: "/spaces choose linkedin x")),
    IntentCase(
      "we'd like to be on facebook and youtube",
      .run(.spacesChoose, command: "/spaces choose facebook youtube")),
    IntentCase(
      "just facebook for now, no time for more",
      .run(.spacesChoose, command: "/spaces choose facebook")),
    IntentCase(
      "let's go avec instagram et facebook",
      .run(.spacesChoose, command: "/spaces choose instagram facebook")),
    IntentCase(
      "va pour insta et fb", .run(.spacesChoose, command: "/spaces choose instagram facebook")),
    IntentCase(
      "mets nous sur instagram et tik tok",
      .run(.spacesChoose, command: "/spaces choose instagram tiktok")),
    IntentCase(
      "on voudrait aussi être sur linkedin",
      .run(.spacesChoose, command: "/spaces choose linkedin")),
  ]

  @Test(arguments: choosing)
  func spacesChosenInWords(_ testCase: IntentCase) {
    #expect(Self.reading(testCase.line, Self.profiled) == testCase.expected, "\(testCase.line)")
  }

  @Test func aDeniedPlatformIsNeverChosen() {
    for line in [
      "we don't want tiktok for now", "we don't want to be on instagram",
      "no tiktok for now please", "pas de tiktok pour l'instant",
      "on ne veut pas être sur facebook", "sans instagram pour le moment",
    ] {
      if case .run(.spacesChoose, let command) = Self.reading(line, Self.profiled) {
        Issue.record("\(line): \(command)")
      }
    }
    #expect(
      Self.reading("not tiktok, let's go with instagram", Self.profiled)
        == .run(.spacesChoose, command: "/spaces choose instagram"))
    #expect(
      Self.reading("just facebook for now, we don't have time for more", Self.profiled)
        == .run(.spacesChoose, command: "/spaces choose facebook"))
  }

  @Test func aQuestionAboutAPlatformChoosesNothing() {
    for line in [
      "should we be on tiktok?", "is tiktok worth it for us?", "tiktok ça vaut le coup ?",
      "what's mastodon?", "what networks are we on?", "on est sur quels réseaux déjà ?",
    ] {
      if case .run(let intent, _) = Self.reading(line, Self.profiled) {
        #expect(intent != .spacesChoose, "\(line)")
      }
    }
    #expect(
      Self.reading("is tiktok worth it for a gym like ours?")
        == .run(.spacesWhy, command: "/spaces why tiktok"))
    #expect(
      Self.reading("tiktok ça vaut le coup pour nous ?")
        == .run(.spacesWhy, command: "/spaces why tiktok"))
    #expect(Self.reading("what's mastodon?") == .run(.platforms, command: "/platforms mastodon"))
    #expect(Self.reading("what networks are we on?") == .run(.spaces, command: "/spaces"))
    #expect(Self.reading("on est sur quels réseaux déjà ?") == .run(.spaces, command: "/spaces"))
  }

  @Test func aMessageByItsRank() {
    #expect(
      Self.reading("adapt the first message")
        == .run(.contentAdapt, command: "/content adapt 1"))
    #expect(
      Self.reading("rewrite the second message for instagram")
        == .run(.contentAdapt, command: "/content adapt 2 instagram"))
    #expect(
      Self.reading("décline le premier message")
        == .run(.contentAdapt, command: "/content adapt 1"))
    #expect(
      Self.reading("adapte le deuxième message pour facebook")
        == .run(.contentAdapt, command: "/content adapt 2 facebook"))
  }

  @Test func metricsFromAFile() {
    #expect(
      Self.reading("import the metrics from week48.csv")
        == .run(.metricsImport, command: "/metrics import week48.csv"))
    #expect(
      Self.reading("please load stats.csv into the metrics")
        == .run(.metricsImport, command: "/metrics import stats.csv"))
    #expect(
      Self.reading("importe semaine12.csv")
        == .run(.metricsImport, command: "/metrics import semaine12.csv"))
    // Without a file, the command is offered with its placeholder, never run.
    #expect(Self.reading("import metrics") == .ask(["/metrics import FILE.csv"]))
  }

  @Test func aNewBrandsNameFollowsTheLastNoun() {
    for (line, command) in [
      (
        "I have a new client, can you set up a brand for Greenleaf Dental",
        "/new \"Greenleaf Dental\""
      ),
      ("new customer, please create a brand for Harbour Cafe", "/new \"Harbour Cafe\""),
      ("j'ai un nouveau client, crée la marque Camping des Pins", "/new \"Camping des Pins\""),
      ("nouvelle marque Boulangerie Martin", "/new \"Boulangerie Martin\""),
      ("créer une marque appelée Chez Paul", "/new \"Chez Paul\""),
    ] {
      #expect(Self.reading(line, IntentContext()) == .run(.newBrand, command: command), "\(line)")
    }
  }

  @Test func aLanguageIsAskedForNeverDeniedNorDescribed() {
    for (line, code) in [
      ("en français s'il te plaît, ma cliente ne parle pas anglais", "fr"),
      ("switch to French please, my client doesn't speak English", "fr"),
      ("passe en anglais stp, mon client ne parle pas français", "en"),
      ("speak English", "en"),
      // A sentence about speaking a language that says please asks for it.
      ("on parle français svp", "fr"),
      ("we speak English please", "en"),
    ] {
      #expect(
        Self.reading(line) == .run(.language, command: "/lang \(code)"), "\(line)")
    }
    // About the brand's languages: never /lang.
    for line in [
      "on parle aussi anglais aux touristes", "we speak English at the clinic",
      "my client speaks French and English", "nos clients parlent français et anglais",
    ] {
      if case .run(let intent, _) = Self.reading(line) {
        #expect(intent != .language, "\(line)")
      }
    }
  }
}

/// Requests that give a role, tag a message, fill a community's map or write a statement,
/// in a sentence: each needs all its slots, and a question never makes one.
struct IntentRecordFramesTests {
  static let context = IntentContext(
    platforms: [.instagram, .facebook], messageIDs: [1, 2],
    brandNames: ["Kinetic Physio"],
    communityNames: ["Leeds runners", "Randonneurs des Alpes"],
    riskNames: ["booking system outage", "patient injured during treatment"], hasBrand: true)

  static func reading(_ line: String) -> IntentCommand {
    IntentCommand(IntentMatcher.match(line, context: context))
  }

  static let cases: [IntentCase] = [
    IntentCase(
      "Sarah Patel is our spokesperson, sarah@kineticphysio.co.uk",
      .run(
        .crisisTeamSet,
        command: "/crisis team spokesperson \"Sarah Patel\" sarah@kineticphysio.co.uk")),
    IntentCase(
      "our legal contact is Omar Haddad, +44 20 7946 0111",
      .run(.crisisTeamSet, command: "/crisis team legal \"Omar Haddad\" \"+44 20 7946 0111\"")),
    IntentCase(
      "the lawyer we use is Priya Shah 0113 496 0001",
      .run(.crisisTeamSet, command: "/crisis team legal \"Priya Shah\" \"0113 496 0001\"")),
    IntentCase(
      "Claire Morel est notre community manager, claire@lac-tourisme.fr",
      .run(
        .crisisTeamSet,
        command: "/crisis team \"community manager\" \"Claire Morel\" claire@lac-tourisme.fr")),
    IntentCase(
      "notre porte-parole sera Jean Dupont, 06 12 34 56 78",
      .run(
        .crisisTeamSet, command: "/crisis team spokesperson \"Jean Dupont\" \"06 12 34 56 78\"")),
    IntentCase(
      "le message 2 est promotionnel, tague-le brand",
      .run(.contentMessageTag, command: "/content message tag 2 brand")),
    IntentCase(
      "tag the first message as educational",
      .run(.contentMessageTag, command: "/content message tag 1 educational")),
    IntentCase(
      "for Leeds runners we give free injury checks before races",
      .run(
        .communitySet,
        command: "/community set \"Leeds runners\" gives \"free injury checks before races\"")),
    IntentCase(
      "Leeds runners bring us race photos and reviews",
      .run(
        .communitySet, command: "/community set \"Leeds runners\" gets \"race photos and reviews\"")
    ),
    IntentCase(
      "aux Randonneurs des Alpes on apporte les cartes des sentiers",
      .run(
        .communitySet,
        command: "/community set \"Randonneurs des Alpes\" gives \"les cartes des sentiers\"")),
    IntentCase(
      "les Randonneurs des Alpes nous apportent des photos et des avis",
      .run(
        .communitySet,
        command: "/community set \"Randonneurs des Alpes\" gets \"des photos et des avis\"")),
    IntentCase(
      "write a holding statement for the booking outage on facebook: Our booking system is down.",
      .run(
        .crisisStatement,
        command:
          "/crisis statement \"booking system outage\" facebook \"Our booking system is down.\"")),
  ]

  @Test(arguments: cases)
  func reads(_ testCase: IntentCase) {
    #expect(Self.reading(testCase.line) == testCase.expected, "\(testCase.line)")
  }

  @Test func withoutAllTheirSlotsTheyRecordNothing() {
    for line in [
      "who is our spokesperson?",  // a question
      "our spokesperson is off sick, call 0113 496 0000",  // no name
      "Sarah Patel is our spokesperson",  // no contact
      "tag message 2",  // no tag
      "tag message 2 as brand or educational",  // two tags
      "for the Harrogate cyclists we give free checks",  // not a community of the brand
      "what do we give Leeds runners?",  // a question
      "write a statement on facebook: We are back.",  // no risk
    ] {
      switch Self.reading(line) {
      case .run(let intent, _):
        #expect(
          ![.crisisTeamSet, .contentMessageTag, .communitySet, .crisisStatement].contains(intent),
          "\(line)")
      default: break
      }
    }
  }
}

/// Everyday phrasings of the read-only views, several per view and both languages, and the
/// bare verbs that only ask which is meant.
struct IntentPhrasingsTests {
  static let context = IntentContext(
    platforms: [.instagram, .facebook], messageIDs: [1, 2],
    brandNames: ["Kinetic Physio", "Greenleaf Dental"], riskNames: ["inondation"],
    hasBrand: true)

  static func reading(_ line: String) -> IntentCommand {
    IntentCommand(IntentMatcher.match(line, context: context))
  }

  static let cases: [IntentCase] = [
    IntentCase("actually bring that back", .run(.redo, command: "/redo")),
    IntentCase("put that back please", .run(.redo, command: "/redo")),
    IntentCase("what's left to do before the plan is finished?", .run(.status, command: "/status")),
    IntentCase("what is still to do", .run(.status, command: "/status")),
    IntentCase("qu'est-ce qui reste à faire ?", .run(.status, command: "/status")),
    IntentCase("il reste quoi à faire ?", .run(.status, command: "/status")),
    IntentCase(
      "tu peux me faire une version imprimable du plan", .run(.export, command: "/export html")),
    IntentCase(
      "can you make me a printable version of the plan", .run(.export, command: "/export html")),
    IntentCase(
      "I need a printable version of the plan for the client meeting",
      .run(.export, command: "/export html")),
    IntentCase(
      "il me faut le plan en pdf pour le conseil municipal", .run(.export, command: "/export pdf")
    ),
    // The plan written again is the export, not /redo ("refais" alone is redo).
    IntentCase("refais le plan", .run(.export, command: "/export html")),
    IntentCase("tu peux réécrire le plan ?", .run(.export, command: "/export html")),
    IntentCase("please rewrite the plan", .run(.export, command: "/export html")),
    IntentCase("update the plan", .run(.export, command: "/export html")),
    IntentCase("which clients do I have in here?", .run(.listBrands, command: "/brands")),
    IntentCase("montre mes clients", .run(.listBrands, command: "/brands")),
    IntentCase(
      "where should a physio clinic post, in your opinion",
      .run(.spacesRecommend, command: "/spaces recommend")),
    IntentCase(
      "classe les plateformes pour nous stp", .run(.spacesRecommend, command: "/spaces recommend")),
    IntentCase("who do we call if there's a crisis?", .run(.crisisTeam, command: "/crisis team")),
    IntentCase("qui appeler en cas de crise ?", .run(.crisisTeam, command: "/crisis team")),
    IntentCase(
      "on fait quoi en cas d'inondation",
      .run(.crisisPlaybook, command: "/crisis playbook inondation")),
    IntentCase(
      "pourriez-vous nous conseiller les réseaux sociaux pour une mairie ?",
      .run(.spacesRecommend, command: "/spaces recommend")),
    IntentCase(
      "we'd like your advice on which networks",
      .run(.spacesRecommend, command: "/spaces recommend")),
    IntentCase("what should we post this week?", .run(.calendar, command: "/calendar")),
    IntentCase("on publie quoi ?", .run(.calendar, command: "/calendar")),
    // A bare verb asks which is meant; a plan without its weeks is offered, never run.
    IntentCase("plan", .ask(["/calendar plan 4", "/engage plan"])),
    IntentCase("planifie", .ask(["/calendar plan 4", "/engage plan"])),
    IntentCase("check", .ask(["/profile check", "/content check"])),
    IntentCase("vérifie", .ask(["/profile check", "/content check"])),
  ]

  @Test(arguments: cases)
  func reads(_ testCase: IntentCase) {
    #expect(Self.reading(testCase.line) == testCase.expected, "\(testCase.line)")
  }
}

/// Facts said with "also" add to the brand's profile; without the profile, or without "also",
/// a wish does not replace the goals.
struct IntentAddedFactsTests {
  static let profile = BrandProfile(goals: [.awareness, .customerCare], languages: ["en"])
  static let context = IntentContext(hasBrand: true, profile: profile)
  static let french = IntentContext(
    hasBrand: true, profile: BrandProfile(goals: [.sales], languages: ["fr"]))

  static func reading(_ line: String, _ context: IntentContext = context) -> IntentCommand {
    IntentCommand(IntentMatcher.match(line, context: context))
  }

  /// Goals come in the order of `Goal.allCases`, as `/brand set` writes them.
  @Test func aGoalOrALanguageSaidWithAlsoIsAdded() {
    #expect(
      Self.reading("we'd also like to recruit a physio through social media")
        == .run(.brandSet, command: "/brand set goals awareness,recruitment,customer-care"))
    #expect(
      Self.reading("we also want to recruit staff")
        == .run(.brandSet, command: "/brand set goals awareness,recruitment,customer-care"))
    #expect(
      Self.reading("on voudrait aussi recruter des coachs via les réseaux", Self.french)
        == .run(.brandSet, command: "/brand set goals sales,recruitment"))
    #expect(
      Self.reading("we also speak Polish with some patients")
        == .run(.brandSet, command: "/brand set languages en,pl"))
    #expect(
      Self.reading("on parle aussi anglais aux touristes", Self.french)
        == .run(.brandSet, command: "/brand set languages fr,en"))
  }

  @Test func withoutAlsoOrAProfileNothingIsReplaced() {
    for (line, context) in [
      ("we want to recruit", Self.context),
      ("we'd also like to recruit a physio", IntentContext(hasBrand: true)),
      ("we also speak Polish", IntentContext(hasBrand: true)),
    ] {
      if case .run(let intent, _) = Self.reading(line, context) {
        #expect(intent != .brandSet, "\(line)")
      }
    }
  }

  @Test func deniedHoursSetNone() {
    for line in ["we don't have 8 hours a week", "on n'a pas 5 heures par semaine"] {
      if case .run(.brandSet, let command) = Self.reading(line) {
        Issue.record("\(line): \(command)")
      }
    }
    #expect(
      Self.reading("not much time now, we have 2 hours a week")
        == .run(.brandSet, command: "/brand set hours 2"))
  }

  @Test func theCountryIsANationalReach() {
    #expect(
      Self.reading("our customers are only in the UK actually")
        == .run(.brandSet, command: "/brand set reach national"))
  }

  @Test func countriesNamedWithoutAReachAreTheBrandsCountries() {
    #expect(
      Self.reading("our customers are in France and Switzerland")
        == .run(.brandSet, command: "/brand set countries FR,CH"))
    #expect(
      Self.reading("nos clients sont en Belgique et en France")
        == .run(.brandSet, command: "/brand set countries BE,FR"))
  }
}

/// What people say of the brand, and whether it is true, reaches the crisis triage in several
/// phrasings: "people on X are saying", "a post says we…", a leak, « des gens disent que ».
struct IntentCrisisSayingTests {
  static let context = IntentContext(
    platforms: [.facebook], messageIDs: [1], brandNames: ["Kinetic Physio"], hasBrand: true)

  static func reading(_ line: String) -> IntentCommand {
    IntentCommand(IntentMatcher.match(line, context: context))
  }

  @Test func saidAndUntrueIsARumourToTriage() {
    for line in [
      "a post says we sell donated food, that's a lie",
      "someone claims we overcharge pensioners, that's a lie",
      "des gens disent qu'on utilise de la farine périmée, c'est faux",
    ] {
      #expect(
        Self.reading(line)
          == .run(.crisisTriage, command: "/crisis triage --type rumor --veracity false"),
        "\(line)")
    }
  }

  @Test func aLeakOrWhatPeopleAreSayingIsTriaged() {
    for line in [
      "people on X are saying we leaked client data. we didn't.",
      "there's a data breach, patient emails got out",
      "il y a eu une fuite de données clients",
    ] {
      guard case .run(.crisisTriage, _) = Self.reading(line) else {
        Issue.record("\(line): \(Self.reading(line))")
        continue
      }
    }
    guard
      case .run(_, let command) = Self.reading(
        "people on X are saying we leaked client data. we didn't.")
    else { return }
    #expect(command.contains("--veracity false"))
  }
}

/// A line that forbids a change never makes it.
struct IntentForbiddingTests {
  static let context = IntentContext(
    platforms: [.instagram], messageIDs: [1, 2], brandNames: ["Kinetic Physio"], hasBrand: true)

  @Test func aForbiddingLineRunsNoChange() {
    for line in [
      "don't export the plan yet", "do not undo that", "please don't switch to French",
      "n'exporte pas le plan", "ne change pas la langue en anglais",
      "don't add a message: we are closed", "ne renomme pas la marque en Kinetic",
    ] {
      switch IntentCommand(IntentMatcher.match(line, context: Self.context)) {
      case .run(let intent, let command):
        #expect(!IntentMatcher.changing.contains(intent), "\(line): \(command)")
      default: break
      }
    }
  }

  /// « commande » (to order goods) is taken as written, never as a typo of « commandes ».
  @Test func orderingGoodsIsNoRequestForHelp() {
    #expect(
      IntentCommand(
        IntentMatcher.match(
          "commande 20 kilos de farine chez le fournisseur", context: Self.context))
        == .none)
    #expect(
      IntentCommand(IntentMatcher.match("quelles commandes ?", context: Self.context))
        == .run(.help, command: "/help --brief"))
  }

  @Test func theSameLinesWithoutTheNegationStillRun() {
    #expect(
      IntentCommand(IntentMatcher.match("export the plan", context: Self.context))
        == .run(.export, command: "/export html"))
    #expect(
      IntentCommand(IntentMatcher.match("exporte le plan", context: Self.context))
        == .run(.export, command: "/export html"))
  }
}
