import SMMCore

/// Maps a free-text line (English, French, or a mix of both) to a canonical shell command.
///
/// The matcher is deterministic and explainable; the same line and context always give the
/// same outcome. It works in five steps:
///
/// 1. **Normalise** (``IntentText``): lower case, Latin diacritics folded with an explicit table
///    (é→e, ç→c, œ→oe…), typographic apostrophes read as `'`, and a split on anything that is
///    not a letter or a digit: "Où en est-on ?" is `ou en est on`.
/// 2. **Read the slots** (``IntentSlots``, ``CrisisSlots``): platforms (ids, display names,
///    "twitter", "insta", "linked in"…), numbers (digits or words), the message number, the
///    number of weeks, a brand or risk of the context (``NameMatch``), a reply kind, the crisis
///    type and veracity, a language, and whether the line asks for less ("stop", "plus de").
///    The name after "called / appelée" (or after "brand / marque" in a request to create one)
///    is the new brand's name, cut from the line as typed.
/// 3. **Score every intent** from its keyword groups (``IntentLexicon``). A cue is a word or a
///    phrase whose words follow each other (one word may sit between two of them); a typed
///    word matches a keyword when it is the same, the keyword plus -s/-x/-e/-es, a word the
///    keyword starts when it ends in `*`, or — only for words the lexicon does not know — a
///    typo: Damerau–Levenshtein distance 1 for keywords of 5 letters or more, 2 from 8, same
///    first letter ("wich" → which, "shuold" → should). Cues are tried longest first and a
///    word counts once per intent. The score is the sum of the weights of the cues found
///    (4: names the intent; 6: a phrase that settles a conflict between two such words; 8: a
///    phrase that holds another intent's 6 and names a narrower view;
///    2: supports it; 1: a word of its domain), plus a bonus for the slot the intent uses:
///    +4 for a platform after "why" (`/spaces why`), a number of weeks, a language or a reply
///    kind; +3 for a platform with `/profile`, `/platforms`; +2 for platforms to choose or
///    drop, a known brand, a known risk, a message number, a crisis type, a veracity; +1 for
///    platforms to adapt to. An intent whose command needs a slot the line lacks (a platform
///    for `/spaces why`, a language for `/lang`) scores 0; `/calendar plan` without a number
///    of weeks is only offered ("plan" asks which plan). Words
///    of a recognised brand or risk name, and of a new brand's name, count only for the
///    intents that take that name ("create a brand called Calendar Pro" is not `/calendar`).
/// 4. **Decide**: below 2 points, `.none`. A winner with 3 points or more and a lead of 2
///    points or more over the next intent gives its command: `.run`, or `.confirm` for
///    destructive intents (``Intent/needsConfirmation``), which are never run from free text.
///    Otherwise `.ask` with the commands of the intents within 2 points of the best (and at
///    least 2), best first, at most 3; equal scores keep the order of ``Intent/allCases``.
/// 5. **Build the command** as a ``CommandRequest`` (the shell prints it, names double-quoted
///    when they hold a space), platform ids as ``Platform/rawValue``. A command whose required
///    argument the line
///    does not give becomes `.ask`: one command per candidate from the context (each risk for
///    `/crisis drill`, each message for `/content adapt`), or the command with its
///    placeholder (`/new NAME`).
package enum IntentMatcher {
  /// The outcome of `text` in `context`.
  package static func match(_ text: String, context: IntentContext) -> IntentOutcome {
    match(text, context: context, lexicon: .shipped)
  }

  /// The outcome of `text` in `context`, its cues read from `lexicon` (the shipped languages,
  /// or a test's).
  static func match(_ text: String, context: IntentContext, lexicon: IntentLexicon)
    -> IntentOutcome
  {
    let line = IntentLine(
      text, names: context.brandNames + context.riskNames + context.communityNames,
      lexicon: lexicon)
    guard !line.tokens.isEmpty else { return .none }
    // "don't export the plan yet", « n'exporte pas le plan »: a line that forbids is never
    // read as the change it names.
    let forbids = forbidding(line)
    if let framed = IntentFrames.match(text, context: context) { return forbids ? .none : framed }
    let slots = IntentSlots(line, context: context)
    let newName = newBrandName(line)
    let newBrandCues = cueScore(.newBrand, line: line, masked: [])
    let participles = adjectives(line)
    var scored: [(intent: Intent, score: Int)] = []
    for intent in Intent.allCases {
      var masked = slots.platformNameWords
      if intent != .openBrand && intent != .deleteBrand, let brand = slots.brand {
        masked.formUnion(brand.words)
      }
      if ![.crisisPlaybook, .crisisDrill, .crisisRiskRemove].contains(intent),
        let risk = slots.risk
      {
        masked.formUnion(risk.words)
      }
      // « un message adapté à des parents », "a post adapted to busy parents": an
      // adjective, not a request to adapt.
      if intent == .contentAdapt { masked.formUnion(participles) }
      if intent != .newBrand, newBrandCues >= 4, let newName {
        masked.formUnion(newName.words)
      }
      // "we speak English", « on parle anglais »: a fact about the brand, not a request —
      // unless it says please (« on parle français svp »).
      if intent == .language, IntentFrames.has(line, "frame.fact.languages"),
        !IntentFrames.has(line, "frame.fact.languages.please")
      {
        continue
      }
      // The open brand's own name in a sentence (an answer, a bio) is no request to open it.
      if intent == .openBrand, let brand = slots.brand?.name, brand == context.openBrand {
        continue
      }
      let cues = cueScore(intent, line: line, masked: masked)
      // « un message plein d'insultes sur notre page facebook »: a comment described by its
      // kind is a reply to triage; a message is adapted only when the line says adapt.
      if intent == .contentAdapt, slots.replyKind != nil, cues < 4 { continue }
      guard cues > 0 || slotAlone(intent) || plansWeeks(intent, slots: slots, line: line),
        let bonus = slotBonus(intent, slots: slots), cues + bonus > 0
      else { continue }
      // "someone on facebook thinks we are the hospital": a comment described, with its
      // author (`[frame.reply.someone]`) and its kind, is a reply to triage.
      let described =
        intent == .replyTriage && slots.replyKind != nil
          && IntentFrames.has(line, "frame.reply.someone") ? 2 : 0
      scored.append((intent, cues + bonus + described))
    }
    // Stable: equal scores keep the order of Intent.allCases.
    scored = scored.enumerated().sorted { a, b in
      a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset
    }.map(\.element)
    guard let best = scored.first, best.score >= 2 else { return .none }
    let second = scored.count > 1 ? scored[1].score : 0
    if best.score >= 3 && best.score - second >= 2 {
      if forbids && changing.contains(best.intent) { return .none }
      switch command(
        best.intent, slots: slots, newName: newName?.name, line: line, context: context)
      {
      case .command(let command):
        return best.intent.needsConfirmation
          ? .confirm(best.intent, command: command) : .run(best.intent, command: command)
      case .choices(let commands):
        return .ask(commands)
      }
    }
    var commands: [CommandRequest] = []
    for candidate in scored where candidate.score >= max(2, best.score - 2) {
      let resolution = command(
        candidate.intent, slots: slots, newName: newName?.name, line: line, context: context)
      let first: CommandRequest
      switch resolution {
      case .command(let command): first = command
      case .choices(let choices): first = choices[0]
      }
      if !commands.contains(first) { commands.append(first) }
      if commands.count == 3 { break }
    }
    return .ask(commands)
  }

  // MARK: - Scoring

  /// The intents whose command changes something: a line that forbids ("don't…", « ne …
  /// pas ») never runs one.
  static let changing: Set<Intent> = [
    .newBrand, .openBrand, .spacesChoose, .contentAdapt, .calendarPlan, .undo, .redo, .export,
    .language, .hints, .contentMessageAdd, .contentPillarAdd, .communityAdd, .crisisRiskAdd,
    .metricsAdd, .profileSet, .count, .rename, .save, .brandSet, .metricsImport, .crisisTeamSet,
    .contentMessageTag, .communitySet, .crisisStatement, .contentPillarRemove, .contentMix,
    .contentToneSet, .contentEdit, .engageOwner,
  ]

  /// The endings of the words that say a text is adapted rather than ask to adapt it
  /// (`[frame.adjective.endings]`: « adapté », « adaptée », "adapted"), read on the words as
  /// typed, accents kept.
  static let adjectiveEndings = InputWords.union("frame.adjective.endings")
  /// The adapting words of the line written as adjectives: « adapté à », "adapted to".
  static func adjectives(_ line: IntentLine) -> Set<Int> {
    Set(
      line.tokens.indices.filter { index in
        let typed = line.original(from: index, through: index).lowercased()
        return adjectiveEndings.contains { typed.hasSuffix($0) }
      })
  }

  /// The words a forbidding line starts with: "don't", "do not", « ne », « n' »
  /// (`[frame.forbid]`, the first words of the line).
  static let forbiddingStarts = InputWords.union("frame.forbid").map { IntentLexicon.words(of: $0) }

  /// Whether the line starts by forbidding.
  static func forbidding(_ line: IntentLine) -> Bool {
    forbiddingStarts.contains { words in
      words.count <= line.tokens.count && Array(line.words.prefix(words.count)) == words
    }
  }

  /// The sum of the weights of the intent's cues found in the line, longest first, each word
  /// counted once, words in `masked` not counted.
  static func cueScore(_ intent: Intent, line: IntentLine, masked: Set<Int>) -> Int {
    var used = masked
    var score = 0
    for cue in line.lexicon.cues[intent] ?? [] {
      if let positions = line.find(cue.words, excluding: used) {
        used.formUnion(positions)
        score += cue.weight
      }
    }
    return score
  }

  /// The bonus the intent's slot adds, or nil when the intent needs a slot the line lacks.
  static func slotBonus(_ intent: Intent, slots: IntentSlots) -> Int? {
    let platform = !slots.platforms.isEmpty
    switch intent {
    case .spacesWhy: return platform ? 4 : nil
    case .spacesChoose:
      return slots.platforms.contains { !slots.deniedPlatforms.contains($0) } ? 2 : nil
    case .spacesDrop: return platform ? 2 : nil
    // `/profile` shows one platform: two named are rather a check of both.
    case .profile: return slots.platforms.count == 1 ? 3 : (platform ? 1 : nil)
    case .profileCheck: return slots.platforms.count >= 2 ? 2 : 0
    case .platforms: return platform ? 3 : 0
    case .contentAdapt: return (slots.messageID != nil ? 2 : 0) + (platform ? 1 : 0)
    case .calendarPlan:
      return slots.weeks != nil ? (slots.start != nil ? 6 : 4) : (slots.start != nil ? 4 : 0)
    case .language: return slots.language != nil ? 4 : nil
    case .replyTriage: return slots.replyKind != nil ? 4 : 0
    case .community, .engagePlan, .engageBalance: return slots.community != nil ? 2 : 0
    case .contentMix: return slots.mixRule != nil ? 4 : 0
    case .openBrand, .deleteBrand: return slots.brand != nil ? 2 : 0
    case .crisisPlaybook, .crisisDrill, .crisisRiskRemove: return slots.risk != nil ? 2 : 0
    case .crisisTriage:
      return (slots.crisis.type != nil ? 2 : 0) + (slots.crisis.veracity != nil ? 2 : 0)
    default: return 0
    }
  }

  /// Whether the slot alone, without any cue, points at the intent: a language ("in
  /// English"), a reply kind ("a troll"), a brand of the workspace ("acme").
  static func slotAlone(_ intent: Intent) -> Bool {
    intent == .language || intent == .replyTriage || intent == .openBrand
  }

  /// Words of what a calendar holds (`[slot.calendar.content]`): "three weeks of posts".
  static let calendarContent = Set(
    InputWords.union("slot.calendar.content").flatMap { IntentText.tokens(of: $0).map(\.text) })

  /// Whether the line plans weeks without naming the calendar: a number of weeks with a start
  /// ("six semaines … à partir du lundi 8 février") or with what they hold ("three weeks of
  /// content please").
  static func plansWeeks(_ intent: Intent, slots: IntentSlots, line: IntentLine) -> Bool {
    intent == .calendarPlan && slots.weeks != nil
      && (slots.start != nil || line.words.contains(where: calendarContent.contains))
  }

  // MARK: - Commands

  /// A command, or the commands to choose from when the line lacks an argument.
  enum Resolution {
    case command(CommandRequest)
    case choices([CommandRequest])
  }

  static func command(
    _ intent: Intent, slots: IntentSlots, newName: String?, line: IntentLine,
    context: IntentContext
  ) -> Resolution {
    let platforms = slots.platforms.map(\.rawValue)
    func plain(_ path: String...) -> Resolution { .command(CommandRequest(path)) }
    func named(_ path: [String], _ name: String?, candidates: [String]) -> Resolution {
      if let name { return .command(CommandRequest(path, arguments: [.value(name)])) }
      if candidates.count == 1 {
        return .command(CommandRequest(path, arguments: [.value(candidates[0])]))
      }
      if !candidates.isEmpty {
        return .choices(candidates.prefix(3).map { CommandRequest(path, arguments: [.value($0)]) })
      }
      return .choices([CommandRequest(path, arguments: [.placeholder("NAME")])])
    }
    switch intent {
    case .next: return plain("next")
    case .why: return plain("why")
    case .status: return plain("status")
    // Help asked in words gets the few lines that say what to type, not every command.
    case .help: return .command(CommandRequest(["help"], arguments: [.flag("brief")]))
    case .newBrand:
      return newName.map { .command(CommandRequest("new", values: [$0])) }
        ?? .choices([CommandRequest(["new"], arguments: [.placeholder("NAME")])])
    case .openBrand:
      return named(
        ["use"], slots.brand?.name ?? fallbackName(line, after: openMarkers), candidates: [])
    case .listBrands: return plain("brands")
    case .interview: return plain("interview")
    case .brandProfile: return plain("brand")
    case .platforms:
      return .command(CommandRequest("platforms", values: Array(platforms.prefix(1))))
    case .spaces: return plain("spaces")
    case .spacesRecommend: return plain("spaces", "recommend")
    case .spacesWhy: return .command(CommandRequest("spaces", "why", values: [platforms[0]]))
    case .spacesChoose:
      let new = slots.platforms.filter {
        !context.platforms.contains($0) && !slots.deniedPlatforms.contains($0)
      }.map(\.rawValue)
      return .command(
        new.isEmpty ? CommandRequest("spaces") : CommandRequest("spaces", "choose", values: new))
    case .spacesDrop:
      let chosen = slots.platforms.first { context.platforms.contains($0) } ?? slots.platforms[0]
      return .command(CommandRequest("spaces", "drop", values: [chosen.rawValue]))
    case .profileCheck: return plain("profile", "check")
    case .profile: return .command(CommandRequest("profile", values: [platforms[0]]))
    case .content: return plain("content")
    case .contentAdapt:
      let tail = platforms.map { CommandRequest.Argument.value($0) }
      func adapt(_ id: CommandRequest.Argument) -> CommandRequest {
        CommandRequest(["content", "adapt"], arguments: [id] + tail)
      }
      if let id = slots.messageID ?? slots.messageBySubject
        ?? (context.messageIDs.count == 1 ? context.messageIDs[0] : nil)
      {
        return .command(adapt(.value(String(id))))
      }
      let ids = context.messageIDs.prefix(3).map { CommandRequest.Argument.value(String($0)) }
      return .choices((ids.isEmpty ? [.placeholder("ID")] : ids).map(adapt))
    case .contentCheck: return plain("content", "check")
    case .calendar: return plain("calendar")
    case .calendarPlan:
      // Without a number of weeks, the plan is offered with the usual 4, never run; a new
      // start alone keeps the weeks of the calendar there is ("start it in March").
      // A shift moves the calendar there is; a new length keeps its start (if still ahead).
      if let shift = slots.calendarShift, let weeks = context.calendarWeeks,
        let start = context.calendarStart
      {
        return .command(
          CommandRequest(
            "calendar", "plan", values: [String(weeks)],
            options: [.init("start", start.adding(days: 7 * shift).description)]))
      }
      let weeks = slots.weeks ?? (slots.start != nil ? context.calendarWeeks : nil)
      let kept = context.calendarStart.flatMap { start in
        context.today.map { start >= $0 } ?? true ? start : nil
      }
      let start = slots.start ?? (slots.weeks != nil ? kept : nil)
      let plan = CommandRequest(
        "calendar", "plan", values: [String(weeks ?? 4)],
        options: start.map { [.init("start", $0.description)] } ?? [])
      return weeks == nil ? .choices([plan]) : .command(plan)
    case .community:
      // "tell me more about the Leeds runners group": the community named, shown in full.
      return slots.community.map {
        .command(CommandRequest("community", "show", values: [$0.name]))
      }
        ?? plain("community")
    case .engagePlan:
      // "how much time does the engagement plan take?", "what's in the engagement plan?": a
      // question about the plan shows it; only a request plans it again.
      let shows = ["frame.engage.time", "frame.engage.show"].contains { name in
        InputWords.union(name).contains {
          line.find(IntentLexicon.words(of: $0), excluding: []) != nil
        }
      }
      return shows ? plain("engage") : plain("engage", "plan")
    case .engageBalance: return plain("engage", "balance")
    case .replyTargets: return plain("reply", "targets")
    case .replyTriage:
      return .command(
        CommandRequest(
          ["reply", "triage"],
          options: ((NegativePost.read(String(line.characters))?.rawValue ?? slots.replyKind)
            .map { [.init("kind", $0)] } ?? [])
            + (platforms.first.map { [.init("platform", $0)] } ?? [])))
    case .metrics: return plain("metrics")
    case .crisisRisks: return plain("crisis", "risks")
    case .crisisTriage:
      // A line that states more ("mould in a loaf, nobody was hurt") goes whole as --about.
      let text = String(line.characters)
      let about = CrisisTriageQuestions.statesMore(text)
      return .command(
        CommandRequest(
          ["crisis", "triage"],
          options: (slots.crisis.type.map { [.init("type", $0.rawValue)] } ?? [])
            + (slots.crisis.veracity.map { [.init("veracity", $0.rawValue)] } ?? [])
            + (about ? [.init("about", text)] : [])))
    case .crisisPlaybook:
      return named(["crisis", "playbook"], slots.risk?.name, candidates: context.riskNames)
    case .crisisDrill:
      return named(["crisis", "drill"], slots.risk?.name, candidates: context.riskNames)
    case .crisisTeam: return plain("crisis", "team")
    case .crisisRiskRemove:
      return named(
        ["crisis", "risk", "remove"], slots.risk?.name ?? fallbackName(line, after: riskMarkers),
        candidates: [])
    case .undo: return plain("undo")
    case .redo: return plain("redo")
    case .history: return plain("history")
    case .export:
      // The format the line names, else the calendar when it names it, else the printable plan.
      func mentions(_ words: [String]) -> Bool {
        words.contains { line.find(IntentLexicon.words(of: $0), excluding: []) != nil }
      }
      let format =
        exportFormats.first { mentions($0.words) }?.format
        ?? (mentions(exportCalendarWords) ? "ics" : "html")
      return .command(CommandRequest("export", values: [format]))
    case .deleteBrand:
      return named(
        ["delete"], slots.brand?.name ?? fallbackName(line, after: deleteMarkers), candidates: [])
    case .quit: return plain("quit")
    case .language: return .command(CommandRequest("lang", values: [slots.language ?? "en"]))
    case .hints: return .command(CommandRequest("hints", values: [slots.turnsOff ? "off" : "on"]))
    // Frames whose text the line did not carry (IntentFrames reads them when it does).
    case .contentMessageAdd: return placeholder(["content", "message", "add"], "TEXT")
    case .contentPillarAdd: return placeholder(["content", "pillars", "add"], "THEME")
    case .communityAdd: return placeholder(["community", "add"], "NAME")
    case .crisisRiskAdd: return placeholder(["crisis", "risk", "add"], "NAME")
    case .metricsAdd:
      return .choices([
        CommandRequest(
          ["metrics", "add"], arguments: [.value(platforms.first ?? "PLATFORM")],
          options: IntentFrames.metricNames.map { .init($0, "N") })
      ])
    case .profileSet:
      return .choices([
        CommandRequest(
          ["profile"],
          arguments: [.value(platforms.first ?? "PLATFORM"), .value("set")]
            + [.placeholder("FIELD"), .placeholder("TEXT")])
      ])
    case .count:
      return .choices([
        CommandRequest(
          ["count"], arguments: [.value(platforms.first ?? "PLATFORM"), .placeholder("TEXT")])
      ])
    case .rename: return placeholder(["rename"], "NAME")
    case .save: return placeholder(["save"], "FILE")
    case .brandSet:
      return .choices([
        CommandRequest(
          ["brand", "set"], arguments: [.placeholder("FIELD"), .placeholder("VALUE")])
      ])
    case .contentPillars: return plain("content", "pillars")
    case .contentMessages: return plain("content", "messages")
    case .contentMix:
      // "use the 80-20 rule", « la règle des tiers »: the rule named is chosen.
      return .command(CommandRequest("content", "mix", values: slots.mixRule.map { [$0] } ?? []))
    case .contentTone: return plain("content", "tone")
    case .metricsImport: return placeholder(["metrics", "import"], "FILE.csv")
    case .crisisTeamSet:
      return .choices([
        CommandRequest(
          ["crisis", "team"],
          arguments: [.placeholder("ROLE"), .placeholder("NAME"), .placeholder("CONTACT")])
      ])
    case .contentMessageTag:
      return .choices([
        CommandRequest(
          ["content", "message", "tag"], arguments: [.placeholder("ID"), .placeholder("TAG")])
      ])
    case .communitySet:
      return .choices([
        CommandRequest(
          ["community", "set"],
          arguments: [.placeholder("NAME"), .placeholder("FIELD"), .placeholder("TEXT")])
      ])
    case .communityRemove: return placeholder(["community", "remove"], "NAME")
    case .contentPillarRemove: return placeholder(["content", "pillars", "remove"], "THEME")
    case .contentToneSet:
      return .choices([
        CommandRequest(
          ["content", "tone"], arguments: [.placeholder("PLATFORM"), .placeholder("TONE")])
      ])
    case .contentEdit:
      return .choices([
        CommandRequest(
          ["content", "edit"],
          arguments: [.placeholder("ID"), .placeholder("PLATFORM"), .placeholder("TEXT")])
      ])
    case .crisisStatement:
      return .choices([
        CommandRequest(
          ["crisis", "statement"],
          arguments: [.placeholder("RISK"), .placeholder("PLATFORM"), .placeholder("TEXT")])
      ])
    case .engageOwner:
      return .choices([
        CommandRequest(
          ["engage", "owner"],
          arguments: [.placeholder("COMMUNITY"), .placeholder("KIND"), .placeholder("NAME")])
      ])
    }
  }

  /// The command with its text still to type: `/rename NAME`.
  static func placeholder(_ path: [String], _ name: String) -> Resolution {
    .choices([CommandRequest(path, arguments: [.placeholder(name)])])
  }

  // MARK: - Names

  /// The words before a brand to open, to delete, a risk to remove (`[name.open]`,
  /// `[name.delete]`, `[name.risk]` in `po/words/CODE.words`).
  static let openMarkers = InputWords.union("name.open")
  static let deleteMarkers = InputWords.union("name.delete")
  static let riskMarkers = InputWords.union("name.risk")
  /// Words before a name that are not part of it: "the", "brand" (`[name.leading]`), and
  /// pairs of words ("la marque", `[name.leading.pairs]`).
  static let leadingWords = Set(InputWords.union("name.leading"))
  static let leadingPairs = InputWords.union("name.leading.pairs").map {
    IntentLexicon.words(of: $0)
  }
  /// Words after a name that are not part of it: "please", "now" (`[name.trailing]`).
  static let trailingWords = Set(InputWords.union("name.trailing"))
  /// The words before a new brand's name, strongest first: "called", then "brand", then
  /// "new" (`[name.new.called]`, `[name.new.noun]`, `[name.new.verb]`), the words skipped
  /// after them (`[name.new.skip]`) and the words after the name (`[name.new.trailing]`).
  static let newBrandMarkers = [
    InputWords.union("name.new.called"), InputWords.union("name.new.noun"),
    InputWords.union("name.new.verb"),
  ].map { $0.flatMap(IntentLexicon.words(of:)) }
  static let newBrandSkipped = Set(InputWords.union("name.new.skip"))
  static let newBrandTrailing = Set(InputWords.union("name.new.trailing"))
  /// The export formats a line may name, in the order tried (`[slot.format.FORMAT]`), and
  /// the calendar's words, which ask for `ics` when no format is named (`[slot.calendar]`).
  static let exportFormats = InputWords.groups(prefixed: "slot.format.").map {
    (format: $0.suffix, words: $0.words)
  }
  static let exportCalendarWords = InputWords.union("slot.calendar")

  /// The content-mix rule the line names: the numbers of one (`80-20`, `5-3-2`, `4-1-1`), or a
  /// rule's words with a word for a rule (`[slot.mix.RULE]` and `[slot.mix.rule]`: "rule of
  /// thirds", « règle des tiers »); nil when none.
  static func mixRule(_ line: IntentLine) -> String? {
    func found(_ phrase: String) -> Bool {
      line.find(IntentLexicon.words(of: phrase), excluding: []) != nil
    }
    let saysRule = InputWords.union("slot.mix.rule").contains(where: found)
    for rule in MixRule.allCases {
      let numbers = rule.rawValue.split(separator: "-").map(String.init)
      if numbers.count > 1, Array(line.words).firstRange(of: numbers) != nil {
        return rule.rawValue
      }
      if saysRule, InputWords.union("slot.mix." + rule.rawValue).contains(where: found) {
        return rule.rawValue
      }
    }
    return nil
  }

  /// The name typed after the last of `markers`, as typed, without "the / brand / marque"
  /// before it or "please / svp / now" after it; nil when nothing is left.
  static func fallbackName(_ line: IntentLine, after markers: [String]) -> String? {
    guard
      let marker = line.tokens.indices.last(where: { index in
        markers.contains { line.word(index, matches: $0) }
      })
    else { return nil }
    var first = marker + 1
    var last = line.tokens.count - 1
    while first <= last,
      leadingWords.contains(line.tokens[first].text)
        || (first < last
          && leadingPairs.contains([line.tokens[first].text, line.tokens[first + 1].text]))
    {
      first += 1
    }
    while last >= first, trailingWords.contains(line.tokens[last].text) { last -= 1 }
    guard first <= last else { return nil }
    return line.original(from: first, through: last)
  }

  /// The new brand's name and its words: what follows "called / named / appelée / nommée",
  /// or else the last "brand / marque / client", or else "new / nouvelle / create / créer", as typed;
  /// nil when nothing follows.
  static func newBrandName(_ line: IntentLine) -> (name: String, words: [Int])? {
    let markerGroups = newBrandMarkers
    for (group, markers) in markerGroups.enumerated() {
      // The last noun: "a new client, can you set up a brand for X" names X.
      let isMarker = { (index: Int) in markers.contains(line.tokens[index].text) }
      guard
        let marker = group == 1
          ? line.tokens.indices.last(where: isMarker) : line.tokens.indices.first(where: isMarker)
      else { continue }
      var first = marker + 1
      while first < line.tokens.count,
        newBrandSkipped.contains(line.tokens[first].text)
          || markerGroups[0].contains(line.tokens[first].text)
      {
        first += 1
      }
      var last = line.tokens.count - 1
      while last >= first, newBrandTrailing.contains(line.tokens[last].text) { last -= 1 }
      guard first <= last else { return nil }
      return (line.original(from: first, through: last), Array(first...last))
    }
    return nil
  }
}
