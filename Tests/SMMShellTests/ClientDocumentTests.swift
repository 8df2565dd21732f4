import Foundation
import SMMCore
import SMMShell
import SMMShellTestSupport
import Testing

/// The plan handed to a client: the shipped onboarding examples, replayed, exported in
/// Markdown and HTML in both languages, carry no shell command, no file path, no repository
/// reference, no table twice, and — in French — no English word of smm's own.
struct ClientDocumentTests {
  static let examples: [String] = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples")
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasPrefix("onboarding-") && $0.hasSuffix(".smm") }.sorted()
      .map { folder.appendingPathComponent($0).path }
  }()

  /// The newcomers' walk-throughs in plain words (typed at a terminal: `interactive`).
  static let walkthroughs: [String] = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("TranscriptTests/Transcripts")
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasPrefix("walkthrough-") && $0.hasSuffix(".smm") }.sorted()
      .map { folder.appendingPathComponent($0).path }
  }()

  static var cases: [(String, Language)] {
    (examples + walkthroughs).flatMap { path in [(path, Language.en), (path, Language.fr)] }
  }

  /// The brand an example or a walk-through leaves.
  static func brand(_ path: String) throws -> BrandState {
    let shell = try TestShell(interactive: path.contains("/walkthrough-"))
    _ = shell.runner.run(try ScriptFile.open(path, shownAs: "example"), source: "example")
    return try #require(shell.session.current?.state)
  }

  // MARK: - What a client document must not hold

  static func matches(_ pattern: String, in text: String) -> [String] {
    guard let regex = try? NSRegularExpression(pattern: pattern) else {
      Issue.record("bad pattern \(pattern)")
      return []
    }
    let range = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: range).compactMap {
      Range($0.range, in: text).map { String(text[$0]) }
    }
  }

  /// A shell command (`/word`, not a URL's path or a fraction) or a flag (`--word`).
  static func commands(in text: String) -> [String] {
    matches(#"(?<![\w:/.\-])/[a-z]+"#, in: text) + matches(#"(?<![\w-])--[a-z]+"#, in: text)
  }

  /// A file name or a local path.
  static func paths(in text: String) -> [String] {
    let text = text.replacingOccurrences(
      of: #"https?://\S+"#, with: " ", options: .regularExpression)
    return matches(
      #"\b[\w.\-]+\.(md|html|json|csv|smm|ya?ml|ts|rb|py|swift|sqlite|ics)\b"#, in: text)
      + matches(#"\b(reference|shared|Sources|platforms|config|lexicons)/"#, in: text)
  }

  /// A code repository, a commit, a licence, smm's internal names or a low-grade site.
  static func repositories(in text: String) -> [String] {
    let lowered = text.lowercased()
    return [
      "github", "gitlab", "commit ", "gitroomhq", "postiz", "twitter-text", "atproto",
      "api-description", "agpl", "apache-2.0", ".provider.", "smm editorial", "smm's",
      "de smm", "charcounter", "via reference", "mixpost", "youtube_api_client",
    ].filter { lowered.contains($0) }
  }

  /// The tables of a Markdown document, each as its lines.
  static func tables(_ markdown: String) -> [String] {
    var tables: [String] = []
    var current: [Substring] = []
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("|") {
        current.append(line)
      } else if !current.isEmpty {
        tables.append(current.joined(separator: "\n"))
        current = []
      }
    }
    if !current.isEmpty { tables.append(current.joined(separator: "\n")) }
    return tables
  }

  /// The words of smm's own English that a French plan must not show.
  static let english: Set<String> = [
    "the", "and", "of", "with", "characters", "character", "bytes", "weighted", "victim",
    "preventable", "accidental", "spokesperson", "legal", "executive", "sponsor", "create",
    "spread", "deny", "diminish", "rebuild", "inform", "kb", "week", "weeks", "hours", "write",
    "done", "missing", "started", "progress", "strategy", "consumers", "businesses", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "june",
    "december", "our", "assessment", "judgement", "over", "limit", "thirds", "run", "yes",
  ]

  /// The French document's own words: without the quotes (what the brand publishes, in its
  /// language), the sources (the works' own titles) and every text the user typed.
  static func ownWords(_ markdown: String, of state: BrandState) -> [String] {
    var body = markdown
    if let sources = body.range(of: "\n## Sources") { body = String(body[..<sources.lowerBound]) }
    body = body.split(separator: "\n").filter { !$0.hasPrefix(">") }.joined(separator: "\n")
    var typed: [String] = [state.name.value] + state.content.pillars
    typed += state.content.messages.map(\.text)
    // The calendar shows each post's first words.
    for message in state.content.messages {
      let words = message.text.split(separator: " ")
      typed += (1..<max(1, words.count)).map { words.prefix($0).joined(separator: " ") }
    }
    typed += state.content.messages.flatMap { $0.variants.values.map(\.text) }
    typed += state.communities.flatMap { [$0.name, $0.gives ?? "", $0.gets ?? ""] }
    typed += state.risks.map(\.name)
    typed += state.crisisTeam.flatMap { [$0.name, $0.contact] }
    typed += state.profiles.values.flatMap { $0.texts.values }
    typed += [state.profile.sector ?? ""]
    typed += state.drills.map(\.risk)
    // The reply guide's first replies are the brand's words, in its own language.
    if let platform = state.spaces.first {
      typed += NegativePost.allCases.compactMap {
        $0.fittedReply(
          brand: state.name.value, platform: platform, language: state.publishingLanguage)
      }
    }
    for text in typed.filter({ !$0.isEmpty }).sorted(by: { $0.count > $1.count }) {
      body = body.replacingOccurrences(of: text, with: " ")
      body = body.replacingOccurrences(
        of: text.prefix(1).uppercased() + text.dropFirst(), with: " ")
    }
    return body.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map { $0.lowercased() }
      .filter { english.contains($0) }
  }

  /// The visible text of an HTML page: no style, no tags, entities read back.
  static func visibleText(_ html: String) -> String {
    var text = html
    if let start = text.range(of: "<style>"), let end = text.range(of: "</style>") {
      text.removeSubrange(start.lowerBound..<end.upperBound)
    }
    text = text.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
    for (entity, character) in [
      ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&"),
    ] {
      text = text.replacingOccurrences(of: entity, with: character)
    }
    return text
  }

  @Test(arguments: cases)
  func theMarkdownPlanIsAClientDocument(_ path: String, _ language: Language) throws {
    let state = try Self.brand(path)
    let markdown = MarkdownExport.plan(state, language: language)
    let name = URL(fileURLWithPath: path).lastPathComponent + " (\(language.rawValue))"
    #expect(Self.commands(in: markdown).isEmpty, "\(name): \(Self.commands(in: markdown))")
    #expect(Self.paths(in: markdown).isEmpty, "\(name): \(Self.paths(in: markdown))")
    #expect(
      Self.repositories(in: markdown).isEmpty, "\(name): \(Self.repositories(in: markdown))")
    #expect(!markdown.contains("`"), "\(name): code in a client document")
    let tables = Self.tables(markdown)
    #expect(tables.count > 3)
    #expect(Set(tables).count == tables.count, "\(name): a table is printed twice")
    // Scores in the client's words: "a strong fit", never "B2C strength 3/3".
    #expect(Self.matches("\\b[0-3]/3\\b", in: markdown).isEmpty, "\(name): a bare n/3 score")
    #expect(!markdown.contains("B2C strength") && !markdown.contains("Force en B2"), "\(name)")
    if language == .fr {
      let words = Self.ownWords(markdown, of: state)
      #expect(words.isEmpty, "\(name): English in the French plan: \(Set(words).sorted())")
    }
  }

  @Test(arguments: cases)
  func theHTMLPlanIsAClientDocument(_ path: String, _ language: Language) throws {
    let state = try Self.brand(path)
    let html = HTMLExport.plan(state, language: language)
    let text = Self.visibleText(html)
    let name = URL(fileURLWithPath: path).lastPathComponent + " (\(language.rawValue))"
    #expect(!html.contains("<code>"), "\(name): code in a client document")
    #expect(Self.commands(in: text).isEmpty, "\(name): \(Self.commands(in: text))")
    #expect(Self.paths(in: text).isEmpty, "\(name): \(Self.paths(in: text))")
    #expect(Self.repositories(in: text).isEmpty, "\(name): \(Self.repositories(in: text))")
    // The table of contents is a plain list: "1. The spaces", never "3. 1. The spaces".
    #expect(html.contains("<nav class=\"toc\"><ul>"))
  }

  /// `--notes` adds the consultant's appendix, with the commands; the client part stays clean.
  @Test(arguments: examples)
  func theNotesCarryTheCommandsTheClientDocumentDoesNot(_ path: String) throws {
    let state = try Self.brand(path)
    for language in [Language.en, .fr] {
      let client = MarkdownExport.plan(state, language: language)
      let notes = MarkdownExport.plan(state, language: language, notes: true)
      let heading = Strings.of(language)("export.notes.heading")
      #expect(!client.contains(heading))
      #expect(notes.contains("## " + heading))
      let appendix = try #require(notes.range(of: "## " + heading))
      let sources = "## " + Strings.of(language)("export.sources.heading")
      let clientBody = try #require(client.range(of: sources)).lowerBound
      #expect(String(notes[..<appendix.lowerBound]) == String(client[..<clientBody]))
      let notesPart = String(notes[appendix.upperBound...])
      #expect(!Self.commands(in: notesPart).isEmpty, "\(notesPart)")
    }
  }

  /// Each figure without a published work behind it points to one note, "our assessment",
  /// and the bibliography names publishers, titles and addresses, never a repository.
  @Test(arguments: examples)
  func theSourcesAreABibliography(_ path: String) throws {
    let state = try Self.brand(path)
    for language in [Language.en, .fr] {
      let document = PlanDocumentBuilder.build(state, language: language)
      let assessment = Strings.of(language)("export.ourAssessment")
      #expect(document.notes.filter { $0 == assessment }.count <= 1)
      #expect(Set(document.notes).count == document.notes.count)
      for note in document.notes where note != assessment {
        #expect(note.contains(", "), "\(note)")
        #expect(Self.repositories(in: note).isEmpty, "\(note)")
      }
      #expect(document.notes.contains { $0.contains("https://") })
    }
  }
}

extension ClientDocumentTests {
  /// A title in brackets describes a work that has none: the French bibliography describes it
  /// in French, while a work's own title is kept as published.
  @Test func describedTitlesReadInTheReadersLanguage() throws {
    let references =
      Array(Bibliography.method.values) + Bibliography.platforms.values.compactMap(\.reference)
    let described = references.filter { $0.title.hasPrefix("[") }
    #expect(described.count >= 5)
    for reference in described {
      let french = try #require(reference.frenchTitle, "\(reference.title) has no title-fr")
      #expect(french.hasPrefix("[") && french.hasSuffix("]"))
      #expect(Bibliography.entry(reference, Strings.of(.fr)).contains(french))
      #expect(Bibliography.entry(reference, Strings.of(.en)).contains(reference.title))
    }
    let published = try #require(references.first { $0.publisher == "Pew Research Center" })
    #expect(published.title(in: .fr) == published.title)
  }
}

/// What the session produced reaches the plan: the triages run, and how to answer negative
/// posts.
struct PlanSessionWorkTests {
  @Test func aTriageRunIsRecordedAndReachesThePlanOnce() throws {
    let shell = try TestShell()
    _ = shell.run(
      "/new \"Harbour Lane Physio\"", "/spaces choose instagram",
      "/crisis triage --type rumor --veracity false --history no --reputation good --harm none --reach 2500",
      "/crisis triage --type rumor --veracity false --history no --reputation good --harm none --reach 2500"
    )
    let state = try #require(shell.session.current?.state)
    #expect(state.triages.count == 2)
    #expect(state.triages[0].veracity == .untrue && state.triages[0].reach == 2500)
    // The log line reads back as the same change (the brand reopens with its triages).
    let line = try CommandRegistry.decodeChange(
      "/crisis triage --type rumor --veracity false --history no --reputation good --harm none --reach 2500"
    )
    #expect(line.change == .recordTriage(state.triages[0]))
    for (language, heading, strategy, reach) in [
      (Language.en, "Triages run", "deny", "2,500"), (.fr, "Crises évaluées", "nier", "2 500"),
    ] {
      let markdown = MarkdownExport.plan(state, language: language)
      let section = try #require(markdown.range(of: "### " + heading))
      let rows = markdown[section.upperBound...].split(separator: "\n")
        .prefix { !$0.hasPrefix("#") }.filter { $0.hasPrefix("| ") }
      // The header and one row: the same situation twice is shown once.
      #expect(rows.count == 2, "\(rows)")
      #expect(rows.last?.contains(strategy) == true, "\(rows)")
      #expect(rows.last?.contains(reach) == true, "\(rows)")
    }
    // Undone, it leaves the plan.
    _ = shell.run("/undo", "/undo")
    let undone = try #require(shell.session.current?.state)
    #expect(undone.triages.isEmpty)
    #expect(!MarkdownExport.plan(undone, language: .en).contains("### Triages run"))
  }

  @Test func contradictoryAnswersAreRefusedAndNothingIsRecorded() throws {
    let shell = try TestShell()
    _ = shell.run("/new \"Harbour Lane Physio\"")
    let result = shell.execute(
      "/crisis triage --type rumor --veracity true --history no --reputation good --harm none")
    #expect(!result.ok)
    #expect(shell.session.current?.state.triages.isEmpty == true)
  }

  @Test(arguments: [Language.en, .fr])
  func thePlanSaysHowToAnswerEachKindOfNegativePost(_ language: Language) throws {
    var state = BrandState(name: try BrandName("Harbour Lane Physio"))
    state = try state.applying(.chooseSpaces([.x]))
    let markdown = MarkdownExport.plan(state, language: language)
    let s = Strings.of(language)
    #expect(markdown.contains("### " + s("export.replyGuide.heading")))
    for kind in NegativePost.allCases {
      #expect(markdown.contains(s("export.replyGuide.kind.\(kind.rawValue)")))
      if let reply = kind.fittedReply(brand: "Harbour Lane Physio", platform: .x) {
        #expect(markdown.contains(reply))
        #expect(PlatformCounter.isValid(reply, on: .x))
      }
    }
  }
}

/// A plan whose steps are done is not called complete while it does not hold together.
struct PlanReadinessTests {
  /// Every step done, on one platform, with `hours` a week and `messages` messages (each
  /// adapted) for a calendar of several posts a week.
  static func brand(hours: Double, messages: Int) throws -> BrandState {
    var state = BrandState(name: try BrandName("Harbour Lane Physio"))
    var changes: [BrandChange] = [
      .setProfile(.sector("physiotherapy clinic")), .setProfile(.market(.b2c)),
      .setProfile(.ages([.twentyFiveToThirtyFour, .thirtyFiveToFortyFour])),
      .setProfile(.goals([.awareness])), .setProfile(.hours(hours)),
      .setProfile(.formats([.image, .shortVideo])), .setProfile(.reach(.local)),
      .setProfile(.languages(["en"])), .chooseSpaces([.instagram]),
      .addPillar("recovery"), .addPillar("the team"), .addPillar("advice"),
    ]
    for index in 1...messages {
      changes.append(.addMessage("Message number \(index) about recovery", .educational))
    }
    changes += (1...messages).map { .adaptMessage($0, [.instagram]) }
    changes += [
      .planCalendar(weeks: 4, start: try CivilDate(parsing: "2027-06-07")),
      .addCommunity("Leeds runners", .instagram, .place),
      .setCommunity("Leeds runners", .gives, "advice"),
      .setCommunity("Leeds runners", .gets, "visits"), .planEngagement,
    ]
    for change in changes { state = try state.applying(change) }
    return state
  }

  @Test func aCalendarThatRepeatsItsOneMessageIsNotReady() throws {
    let state = try Self.brand(hours: 20, messages: 1)
    let reviews = Guidance.review(state)
    let blockers = Guidance.blockers(reviews)
    #expect(blockers.contains { $0.phrase.key == "guide.weak.repetition" })
    #expect(!Guidance.ready(reviews))
    #expect(PlanReport.build(state).progress.complete == false)
    let plan = MarkdownExport.plan(state)
    #expect(!plan.contains(Strings.english("export.summary.complete")))
    #expect(
      plan.contains(Strings.english("export.summary.blockers")), "said before the steps are done")
    #expect(plan.contains("within 2 weeks"), "the rule is stated")
  }

  @Test func hoursThatDoNotFitAreABlocker() throws {
    let state = try Self.brand(hours: 1, messages: 12)
    let blockers = Guidance.blockers(Guidance.review(state))
    #expect(blockers.contains { $0.phrase.key == "guide.weak.hours" })
    #expect(PlanReport.build(state).progress.complete == false)
  }

  @Test func nothingIsPublishedOverChristmasOrOnNewYearsDay() throws {
    var state = try Self.brand(hours: 20, messages: 12)
    state = try state.applying(
      .planCalendar(weeks: 3, start: try CivilDate(parsing: "2026-12-21")))
    let calendar = try #require(state.content.calendar)
    #expect(!calendar.slots.isEmpty)
    #expect(!calendar.slots.contains { CalendarPlanner.isDayOff($0.date) })
    #expect(calendar.notes.contains { $0.key == "calendar.note.daysOff" })
    #expect(CalendarPlanner.isDayOff(try CivilDate(parsing: "2027-01-01")))
    #expect(!CalendarPlanner.isDayOff(try CivilDate(parsing: "2026-12-23")))
  }

  @Test func enoughMessagesAndHoursLeaveNoBlocker() throws {
    let state = try Self.brand(hours: 20, messages: 12)
    #expect(Guidance.blockers(Guidance.review(state)).isEmpty)
  }

  /// A brand whose hours do not fit: on the platforms (1 h for Instagram's 5), or on the
  /// engagement it planned before it cut its hours (5.2 h).
  static func overHours() throws -> [BrandState] {
    let platforms = try brand(hours: 1, messages: 12)
    let engagement = try brand(hours: 20, messages: 12).applying(.setProfile(.hours(5.2)))
    return [platforms, engagement]
  }

  @Test func aPlanWhoseHoursDoNotFitIsNeverCalledComplete() throws {
    for state in try Self.overHours() {
      let reviews = Guidance.review(state)
      let blockers = Guidance.blockers(reviews)
      #expect(!blockers.isEmpty)
      #expect(!Guidance.ready(reviews))
      #expect(PlanReport.build(state).progress.complete == false)
      let plan = MarkdownExport.plan(state).replacingOccurrences(of: "\n", with: " ")
      #expect(!plan.contains(Strings.english("export.summary.complete")))
      #expect(plan.contains(Strings.english("export.summary.blockers")))
      for blocker in blockers {
        #expect(plan.contains(blocker.phrase.render(Strings(.en))), "the plan says what blocks")
      }
    }
  }

  @Test func hoursThatDoNotFitAskForTheHoursThePlanNeeds() throws {
    let state = try Self.brand(hours: 1, messages: 12)
    let action = try #require(Guidance.blockers(Guidance.review(state)).first?.action)
    #expect(action.request.path == ["brand", "set"])
    // Instagram's 5 h and the lightest engagement plan (three actions once a month, 0.3 h).
    guard case .ask(_, let suggestion, _) = action.kind else {
      Issue.record("a question, not \(action.kind)")
      return
    }
    #expect(suggestion == "6")
    let fixed = try state.applying(.setProfile(.hours(6)))
    #expect(Guidance.blockers(Guidance.review(fixed)).isEmpty, "the suggestion fixes it")
  }

  @Test func anEngagementPlannedForMoreHoursIsPlannedAgain() throws {
    let state = try Self.brand(hours: 20, messages: 12).applying(.setProfile(.hours(5.6)))
    let blocker = try #require(Guidance.blockers(Guidance.review(state)).first)
    #expect(blocker.phrase.key == "guide.weak.engagementHours")
    #expect(blocker.action?.request.path == ["engage", "plan"])
    #expect(blocker.action?.offer != nil, "offered in plain words")
    let fixed = try state.applying(.planEngagement)
    #expect(Guidance.blockers(Guidance.review(fixed)).isEmpty)
  }

  @Test func theWholePlansHoursAreAskedWhenEvenTheLightestEngagementDoesNotFit() throws {
    let state = try Self.brand(hours: 20, messages: 12).applying(.setProfile(.hours(5.2)))
    let action = try #require(Guidance.blockers(Guidance.review(state)).first?.action)
    #expect(action.request.path == ["brand", "set"])
  }

  @Test func aRepeatedMessageAsksForAnotherThenTheCalendarIsPlannedAgain() throws {
    var state = try Self.brand(hours: 20, messages: 1)
    let asked = try #require(Guidance.blockers(Guidance.review(state)).first?.action)
    #expect(asked.request.path == ["content", "message", "add"])
    #expect(Guidance.next(reviews: Guidance.review(state)) != asked, "waits for the session")
    // Instagram: 3 posts a week, 6 within two weeks; 5 more messages, each adapted.
    for id in 2...6 {
      state = try state.applying(.addMessage("Another message, number \(id)", .educational))
        .applying(.adaptMessage(id, [.instagram]))
    }
    let blocker = try #require(Guidance.blockers(Guidance.review(state)).first)
    #expect(blocker.phrase.key == "guide.weak.staleCalendar", "planned before the messages")
    let replan = try #require(blocker.action)
    let calendar = try #require(state.content.calendar)
    #expect(
      replan.request
        == CommandRequest(
          "calendar", "plan", values: ["4"], options: [.init("start", "2027-06-07")]),
      "the same weeks, from the same day")
    state = try state.applying(.planCalendar(weeks: calendar.weeks, start: calendar.start))
    #expect(Guidance.blockers(Guidance.review(state)).isEmpty)
  }

  @Test func aCalendarStillRepeatingAMessageWithoutItsVariantIsNotPlannedAgain() throws {
    var state = try Self.brand(hours: 20, messages: 1)
    for id in 2...6 {
      state = try state.applying(.addMessage("Another message, number \(id)", .educational))
    }
    let blockers = Guidance.blockers(Guidance.review(state))
    #expect(blockers.map(\.phrase.key) == ["guide.weak.staleCalendar"])
    #expect(blockers.first?.action == nil, "the variants come first")
    let missing = Guidance.review(state).flatMap(\.missing).compactMap(\.action)
    #expect(missing.contains { $0.request.path == ["content", "adapt"] })
  }
}

/// Holding statements take the posture the crisis type calls for (Coombs 2007).
struct HoldingStatementStrategyTests {
  static func statement(_ type: CrisisType, _ language: Language = .en) -> String {
    HoldingStatement.write(
      risk: CrisisRisk(name: "the risk", type: type, likelihood: 3, impact: 3, channels: []),
      brand: "Harbour Lane Physio", platform: .facebook, language: language)
  }

  @Test func aRumourIsDeniedWithTheEvidenceNotApologisedFor() {
    let text = Self.statement(.rumor)
    #expect(text.contains(Strings.english("crisis.publish.deny")))
    #expect(!text.contains(Strings.english("crisis.publish.sorry")))
    #expect(Self.statement(.rumor, .fr).contains("C'est faux"))
  }

  @Test func aPreventableCrisisApologisesAndPutsItRight() {
    let text = Self.statement(.humanErrorProductHarm)
    #expect(text.hasPrefix("We are sorry"))
    #expect(text.contains(Strings.english("crisis.publish.compensate")))
    #expect(!text.contains(Strings.english("crisis.publish.deny")))
  }

  @Test func aVictimCrisisInstructsAndAnAccidentDiminishes() throws {
    #expect(Self.statement(.naturalDisaster).contains(Strings.english("crisis.publish.inform")))
    #expect(
      Self.statement(.technicalAccident).contains(Strings.english("crisis.publish.diminish")))
    for type in CrisisType.allCases {
      // The triage's strategy for the type with no intensifier, no harm, the facts as they are.
      let triage = try CrisisTriage.assess(
        type: type, veracity: type == .rumor ? .untrue : .accurate, history: false,
        reputation: .good, harm: .none, reach: nil, velocity: nil)
      #expect(HoldingStatement.strategy(for: type) == triage.strategy, "\(type)")
    }
  }
}

/// The plan printed to PDF by a headless Chromium: a cover, a page per part, page numbers.
struct PlanPDFTests {
  @Test(.enabled(if: PDFPrinter.browser() != nil, "no headless Chromium installed"))
  func theHTMLPlanPrintsToAPDFOfSeveralPages() throws {
    let path = try #require(ClientDocumentTests.examples.first { $0.contains("bakery") })
    let state = try ClientDocumentTests.brand(path)
    let html = HTMLExport.plan(state, language: .fr, date: "mercredi 2 décembre 2026")
    #expect(html.contains("<header class=\"cover\">") && html.contains("mercredi 2 décembre 2026"))
    #expect(html.contains("counter(page)"), "page numbers")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "smm-pdf-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let pdf = folder.appendingPathComponent("plan.pdf").path
    try PDFPrinter.print(
      html, to: pdf, shown: "plan.pdf", browser: PDFPrinter.browser(), force: false,
      strings: .french)
    let data = try #require(FileManager.default.contents(atPath: pdf))
    #expect(data.starts(with: Array("%PDF".utf8)))
    // One page for the cover, then a page at least per part: count the page objects.
    let text = String(decoding: data, as: UTF8.self)
    let pages = ClientDocumentTests.matches(#"/Type\s*/Page(?!s)"#, in: text).count
    #expect(pages >= 7, "\(pages) pages: the cover, the summary, the brand, four steps")
  }

  @Test func withoutABrowserTheErrorSaysHowToInstallOneOrPrintTheHTML() {
    #expect(PDFPrinter.browser(environment: ["SMM_CHROMIUM": "/nonexistent/chromium"]) == nil)
    #expect(PDFPrinter.browser(environment: ["PATH": "/nonexistent"]) == nil)
    do {
      try PDFPrinter.print(
        "<html></html>", to: "/tmp/never.pdf", shown: "never.pdf", browser: nil, force: false,
        strings: .english)
      Issue.record("printed without a browser")
    } catch {
      #expect(error.description.contains("apt install chromium"))
      #expect(error.description.contains("/export html"))
    }
    #expect(!FileManager.default.fileExists(atPath: "/tmp/never.pdf"))
  }
}
