import SMMCore

/// Requests read as frames before keywords: an action, its slots, and the text it carries.
///
/// A frame is tried on the line's head (``IntentPayload``: the line without the text it
/// carries), so the numbers, platforms and names of the payload are never read as slots.
/// Frames, in the order tried (each list is in `po/words/CODE.words`):
///
/// - **metrics**: a platform and two or more counts, each a number beside a metric word
///   (`[frame.metric.followers]`, `reach`, `impressions`, `engagements`): `/metrics add P
///   --followers N …`. A number written `2,100` is 2100.
/// - **profile field**: a platform, a field word (`[frame.profile.FIELD]`: bio, handle, page
///   name, website) and a value (the payload, a web address, or what follows "to / be /
///   en / sera"): `/profile P set FIELD VALUE`.
/// - **count**: a counting word (`[frame.count]`) with a platform and a payload: `/count P TEXT`.
/// - **community, risk, pillar, message**: the noun (`[frame.community]`, `[frame.risk]`,
///   `[frame.pillar]`, `[frame.message]`) with a payload, in a head that adds (`[frame.add]`:
///   "add", "new", "another") or holds at most three words ("core message: …"): `/community add NAME
///   [--platform P]` (a platform after the name, or in the head), `/crisis risk add NAME`,
///   `/content pillars add THEME`, `/content message add TEXT`.
/// - **rename**: a renaming word (`[frame.rename]`, or a change word with "name") and the name
///   after "to / en / as" or after "called / appelle": `/rename NAME`.
/// - **save**: a saving word (`[frame.save]`) and a file ending in `.smm`: `/save FILE`.
/// - **metrics import**: an importing word (`[frame.import]`) and a file ending in `.csv`:
///   `/metrics import FILE`.
/// - **crisis team**: a role (`[frame.team.ROLE]`), a name and a contact: `/crisis team ROLE
///   NAME CONTACT`. **message tag**: a tagging word, a message and one tag: `/content message
///   tag ID T`. **community field**: a community of the brand and what it gives or gets:
///   `/community set NAME gives|gets TEXT`. **statement**: a statement word, a risk, a
///   platform and the text: `/crisis statement RISK P TEXT`. None of them reads a question.
/// - **profile fact**: hours with a period, who the brand sells to, where its customers are,
///   read by ``AnswerInterpreter`` as the interview reads them: `/brand set FIELD VALUE`.
enum IntentFrames {
  /// The longest head (in words) a text frame reads: "can you add this post" is a request,
  /// a sentence of fifteen words before a colon is not.
  static let longestHead = 16
  /// A head of at most this many words needs no adding word: "core message: …".
  static let shortHead = 3

  /// The frame's outcome for `text`, or nil when no frame fits.
  static func match(_ text: String, context: IntentContext) -> IntentOutcome? {
    let payload = IntentPayload(text)
    let head = IntentLine(payload.head, names: [])
    let whole = IntentLine(text, names: [])
    if let metrics = metrics(text, today: context.today) {
      return .run(.metricsAdd, command: metrics)
    }
    let headPlatforms = IntentSlots(head, context: context).platforms
    if let edit = variantEdit(payload, head: head, platforms: headPlatforms, context: context) {
      return .run(.contentEdit, command: edit)
    }
    if let profile = profileField(payload, head: head, platforms: headPlatforms) {
      return .run(.profileSet, command: profile)
    }
    if let body = payload.text, head.tokens.count <= longestHead {
      // "a message for busy parents: …", « un message adapté à … : … »: a noun said with
      // "a / un" (`[frame.add.article]`, the head's first word) is a new one.
      // Not "a post saying our cakes are stale": what someone else posted.
      let newArticle =
        !payload.bySaying
        && (head.tokens.first.map { InputWords.union("frame.add.article").contains($0.text) }
          ?? false)
      let adding =
        has(head, "frame.add") || newArticle
        || (!payload.bySaying && head.tokens.count <= shortHead)
      if let triage = pastedComment(body, whole: text, head: head, platforms: headPlatforms) {
        return .run(.replyTriage, command: triage)
      }
      if has(head, "frame.count"), let platform = headPlatforms.first {
        return .run(.count, command: CommandRequest("count", values: [platform.rawValue, body]))
      }
      if adding, has(head, "frame.community") {
        return .run(.communityAdd, command: community(body, head: head, context: context))
      }
      if adding, has(head, "frame.risk") {
        return .run(
          .crisisRiskAdd, command: CommandRequest("crisis", "risk", "add", values: [body]))
      }
      if adding, has(head, "frame.pillar") {
        return .run(
          .contentPillarAdd, command: CommandRequest("content", "pillars", "add", values: [body]))
      }
      if adding, has(head, "frame.message") {
        // "add a sponsored post: …", « un message sponsorisé : … »: a paid partnership, a gift
        // or an ad (`[frame.sponsored]`, in the head), disclosed by the home market's rule.
        let sponsored: [CommandRequest.Argument] =
          has(head, "frame.sponsored") ? [.flag("sponsored")] : []
        return .run(
          .contentMessageAdd,
          command: CommandRequest(
            ["content", "message", "add"], arguments: [.value(body)] + sponsored))
      }
    }
    if !text.contains("?") {
      if let team = teamMember(text, line: whole) {
        return .run(.crisisTeamSet, command: team)
      }
      if let owner = engageOwner(text, line: whole, context: context) {
        return .run(.engageOwner, command: owner)
      }
      if let tag = messageTag(whole, context: context) {
        return .run(.contentMessageTag, command: tag)
      }
      if let field = communityField(text, line: whole, context: context) {
        return .run(.communitySet, command: field)
      }
      if let size = communitySize(whole, context: context) {
        return .run(.communitySet, command: size)
      }
      if let statement = statement(payload, head: head, platforms: headPlatforms, context: context)
      {
        return .run(.crisisStatement, command: statement)
      }
    }
    if let removed = communityRemoval(whole, context: context) {
      return .confirm(.communityRemove, command: removed)
    }
    if let removed = pillarRemoval(whole, context: context) {
      return .confirm(.contentPillarRemove, command: removed)
    }
    if let shown = moreAboutCommunity(whole, context: context) {
      return .run(.community, command: shown)
    }
    // « fais un plan d'animation pour nos communautés »: a phrase that names another request
    // outright (a cue of weight 6 or more) is that request, not a community to add.
    if payload.text == nil, !text.contains("?"), !namesAnotherRequest(whole),
      let added = communityNamed(text, line: whole, context: context)
    {
      return .run(.communityAdd, command: added)
    }
    if let name = renamed(text, line: whole) {
      return .run(.rename, command: CommandRequest("rename", values: [name]))
    }
    if has(whole, "frame.save"), let file = smmFile(text) {
      return .run(.save, command: CommandRequest("save", values: [file]))
    }
    if has(whole, "frame.import") || has(whole, "frame.import.more"),
      let file = file(text, ending: ".csv")
    {
      return .run(.metricsImport, command: CommandRequest("metrics", "import", values: [file]))
    }
    if let done = profileDone(text, line: whole, context: context) {
      return .run(.profileSet, command: done)
    }
    if let tone = toneSet(text, line: whole, context: context) {
      return .run(.contentToneSet, command: tone)
    }
    if let theme = talkedTheme(text, line: whole, context: context) {
      return .run(
        .contentPillarAdd, command: CommandRequest("content", "pillars", "add", values: [theme]))
    }
    // "Where should we post, given we've only got three hours a week?": a question that says
    // a fact asks something; it does not change the profile.
    if !text.contains("?"), let fact = fact(text, line: whole, profile: context.profile) {
      return .run(
        .brandSet,
        command: CommandRequest("brand", "set", values: [fact.field.rawValue, fact.canonicalText]))
    }
    return nil
  }

  /// "someone left this on facebook: "worst physio in Leeds…"", « un client a écrit sur
  /// instagram : … »: a comment pasted after a head that says someone posted it
  /// (`[frame.reply.pasted]`), triaged by what it says: `/reply triage --kind K --platform P`.
  static func pastedComment(
    _ body: String, whole: String, head: IntentLine, platforms: [Platform]
  ) -> CommandRequest? {
    guard has(head, "frame.reply.pasted"), platforms.count <= 1 else { return nil }
    var options: [CommandRequest.Option] = []
    // The comment says what it is; else the words around it ("a one-star review saying…").
    if let kind = NegativePost.read(body) ?? NegativePost.read(whole) {
      options.append(.init("kind", kind.rawValue))
    }
    if let platform = platforms.first { options.append(.init("platform", platform.rawValue)) }
    return CommandRequest(["reply", "triage"], options: options)
  }

  /// Whether the line holds a phrase that names a request other than adding a community
  /// outright: a cue of weight 6 or more ("engagement plan", « plan d'animation »).
  static func namesAnotherRequest(_ line: IntentLine) -> Bool {
    line.lexicon.cues.contains { intent, cues in
      intent != .communityAdd && intent != .community
        && cues.contains { $0.weight >= 6 && line.find($0.words, excluding: []) != nil }
    }
  }

  /// Whether a word or phrase of the list `name` is in the line.
  static func has(_ line: IntentLine, _ name: String) -> Bool {
    InputWords.union(name).contains { line.find(IntentLexicon.words(of: $0), excluding: []) != nil }
  }

  // MARK: - Metrics

  /// The metric flags, in the order `/metrics add` prints them.
  static let metricNames = ["followers", "reach", "impressions", "engagements"]

  /// The metrics a sentence gives: a platform and at least one count beside a metric word
  /// (two when the line asks, with a `?`), the number before or after the word, one word
  /// such as "people" or « de » between them allowed (`[frame.metric.between]`: "1,200 people
  /// reached", « 3000 de portée »). Counts of several engagement words add up ("30 likes and
  /// 10 comments" is 40 engagements). The week is the one the line names ("last week",
  /// « cette semaine », `[frame.week.last]`, `[frame.week.this]`) from the context's date;
  /// the figures and week it does not give, `/metrics add` asks for.
  static func metrics(_ text: String, today: CivilDate? = nil) -> CommandRequest? {
    let line = IntentLine(CrisisFigures.joiningThousands(text), names: [])
    let words = line.words
    guard let platform = IntentSlots(line, context: IntentContext()).platforms.first else {
      return nil
    }
    func number(_ position: Int) -> Int? {
      guard words.indices.contains(position) else { return nil }
      let word = words[position]
      if word.count <= 9, word.allSatisfy({ $0.isASCII && $0.isNumber }) { return Int(word) }
      if word.hasSuffix("k"), word.count <= 5, let thousands = Int(word.dropLast()) {
        return thousands * 1000
      }
      return nil
    }
    let between = Set(InputWords.union("frame.metric.between"))
    let metricWords = Dictionary(
      uniqueKeysWithValues: metricNames.map { name in
        (
          name,
          InputWords.union("frame.metric." + name) + InputWords.union("frame.metric.more." + name)
        )
      })
    var used = Set<Int>()
    var values: [String: Int] = [:]
    for (position, _) in words.enumerated() {
      guard
        let metric = metricNames.first(where: { name in
          metricWords[name, default: []].contains { line.word(position, matches: $0) }
        }), values[metric] == nil || metric == "engagements"
      else { continue }
      // Before the word first ("1,200 people reached"), then after it ("reach 900").
      var candidates = [position - 1]
      if position >= 2, between.contains(words[position - 1]) { candidates.append(position - 2) }
      candidates.append(position + 1)
      if position + 2 < words.count, between.contains(words[position + 1]) {
        candidates.append(position + 2)
      }
      for candidate in candidates where !used.contains(candidate) {
        guard let value = number(candidate) else { continue }
        values[metric, default: 0] += value
        used.insert(candidate)
        break
      }
    }
    guard values.count >= (text.contains("?") ? 2 : 1) else { return nil }
    var options: [CommandRequest.Option] = []
    if let today, let week = week(line, today: today) {
      options.append(.init("week", week.description))
    }
    options += metricNames.compactMap { name in values[name].map { .init(name, String($0)) } }
    return CommandRequest(
      ["metrics", "add"], arguments: [.value(platform.rawValue)], options: options)
  }

  /// The week a line names: "last week" / « la semaine dernière » (`[frame.week.last]`) the
  /// week before `today`'s, "this week" / « cette semaine » (`[frame.week.this]`) `today`'s.
  static func week(_ line: IntentLine, today: CivilDate) -> ISOWeek? {
    if has(line, "frame.week.last") { return ISOWeek(containing: today.adding(days: -7)) }
    if has(line, "frame.week.this") { return ISOWeek(containing: today) }
    return nil
  }

  // MARK: - Profile fields

  /// The profile's text fields a line may set, in the order tried (`[frame.profile.FIELD]`).
  static let profileFields = InputWords.groups(prefixed: "frame.profile.").map(\.suffix)

  static func profileField(_ payload: IntentPayload, head: IntentLine, platforms: [Platform])
    -> CommandRequest?
  {
    // The field named by the longest phrase: "link in bio" is the link, not the bio.
    let named = profileFields.compactMap { field -> (String, Int)? in
      let lengths = InputWords.union("frame.profile." + field).compactMap {
        head.find(IntentLexicon.words(of: $0), excluding: []).map(\.count)
      }
      return lengths.max().map { (field, $0) }
    }
    guard let platform = platforms.first,
      // Ties keep the first field in the lists' order.
      let field = named.max(by: { $0.1 < $1.1 })?.0
    else { return nil }
    // "what is the instagram bio?" asks, it sets nothing.
    if payload.text == nil && payload.head.contains("?") { return nil }
    let fieldEnd =
      InputWords.union("frame.profile." + field).compactMap {
        head.find(IntentLexicon.words(of: $0), excluding: [])?.last
      }.min() ?? 0
    let url = (payload.head + " " + (payload.text ?? "")).split(separator: " ").first {
      $0.contains("://") || $0.hasPrefix("www.")
    }
    let value: String?
    if field == "link" {
      value = url.map { String($0).trimmingSuffix(",.;") }
    } else if let text = payload.text {
      value = text
    } else {
      value = after(
        InputWords.union("frame.value.markers"), in: head, original: payload.head, from: fieldEnd)
    }
    guard var value, !value.isEmpty else { return nil }
    // A handle is one word: "kineticleeds actually" is the handle "kineticleeds".
    if field == "handle", payload.text == nil, let first = value.split(separator: " ").first {
      value = String(first)
    }
    return CommandRequest("profile", platform.rawValue, "set", field, values: [value])
  }

  /// The words typed after the first of `markers` in `line`, up to a comma, without "now"
  /// before them (`[frame.skip]`) or "now, please" (`[name.trailing]`) after them.
  static func after(
    _ markers: [String], in line: IntentLine, original: String, from start: Int = 0
  ) -> String? {
    guard
      var marker = line.tokens.indices.first(where: { index in
        index >= start && markers.contains { line.tokens[index].text == $0 }
      })
    else { return nil }
    while marker + 1 < line.tokens.count, skipped.contains(line.tokens[marker + 1].text) {
      marker += 1
    }
    guard marker + 1 < line.tokens.count else { return nil }
    var text = String(Array(original)[line.tokens[marker + 1].start...])
    if let comma = text.firstIndex(of: ",") { text = String(text[..<comma]) }
    var words = text.split(separator: " ").map(String.init)
    while let last = words.last,
      IntentMatcher.trailingWords.contains(IntentText.tokens(of: last).first?.text ?? "")
    {
      words.removeLast()
    }
    let name = IntentPayload.trimmed(words.joined(separator: " ")).trimmingSuffix(".!?")
    return name.isEmpty ? nil : name
  }

  /// Words between a marker and the value that are not part of it: "called now X" (`[frame.skip]`).
  static let skipped = Set(InputWords.union("frame.skip"))

  // MARK: - Community

  static func community(_ body: String, head: IntentLine, context: IntentContext)
    -> CommandRequest
  {
    // "Leeds runners, on facebook": the platform after the name is not part of it.
    var name = body
    var platform = IntentSlots(head, context: context).platforms.first
    let tail = IntentLine(body, names: [])
    if let last = tail.tokens.last, let named = IntentSlots.platform(last.text),
      tail.tokens.count >= 2,
      InputWords.union("frame.on").contains(tail.tokens[tail.tokens.count - 2].text)
    {
      platform = platform ?? named
      name = IntentPayload.trimmed(
        String(Array(body)[..<tail.tokens[tail.tokens.count - 2].start])
      ).trimmingSuffix(",;")
    }
    return CommandRequest(
      ["community", "add"], arguments: [.value(name)],
      options: platform.map { [.init("platform", $0.rawValue)] } ?? [])
  }

  /// "add a community called Leeds runners on facebook", « ajoute la communauté Voisins de la
  /// Croix-Rousse sur facebook », "add the Headingley parents group on facebook as a
  /// community": an adding word and the community noun, without a colon; the name is what
  /// follows "called" (`[frame.community.called]`), else the noun, else the adding word, up to
  /// "on PLATFORM" or the noun, without "the / la" before it (`[name.leading]`).
  static func communityNamed(_ text: String, line: IntentLine, context: IntentContext)
    -> CommandRequest?
  {
    guard has(line, "frame.add") || has(line, "frame.add.more"), has(line, "frame.community")
    else { return nil }
    func first(_ list: String) -> [Int]? {
      InputWords.union(list).compactMap { line.find(IntentLexicon.words(of: $0), excluding: []) }
        .min { ($0.first ?? 0) < ($1.first ?? 0) }
    }
    guard let adding = first("frame.add") ?? first("frame.add.more"),
      let noun = first("frame.community")
    else {
      return nil
    }
    let called = first("frame.community.called")
    // The name follows "called", else the noun right after the adding word ("add the
    // community X"), else the adding word ("add X on facebook as a community").
    let nounFollows = noun[0] > adding[adding.count - 1] && noun[0] - adding[adding.count - 1] <= 3
    var start =
      (called?.last ?? (nounFollows ? noun[noun.count - 1] : adding[adding.count - 1])) + 1
    var end = line.tokens.count - 1
    // The platform said after the name: "… on facebook", « … sur instagram ».
    var platform: Platform?
    let on = Set(InputWords.union("frame.on"))
    for index in stride(from: line.tokens.count - 1, to: start, by: -1) {
      if let named = IntentSlots.platform(line.tokens[index].text),
        on.contains(line.tokens[index - 1].text)
      {
        platform = named
        end = min(end, index - 2)
        break
      }
    }
    // The noun after the name: "… as a community".
    if noun[0] > start { end = min(end, noun[0] - 1) }
    while end >= start,
      on.contains(line.tokens[end].text) || MatchWords.asWords.contains(line.tokens[end].text)
        || IntentMatcher.trailingWords.contains(line.tokens[end].text)
    {
      end -= 1
    }
    while start <= end,
      IntentMatcher.leadingWords.contains(line.tokens[start].text)
        || MatchWords.articles.contains(line.tokens[start].text)
    {
      start += 1
    }
    guard start <= end, end - start < 8 else { return nil }
    let name = line.original(from: start, through: end).trimmingSuffix(",;")
    return CommandRequest(
      ["community", "add"], arguments: [.value(name)],
      options: platform.map { [.init("platform", $0.rawValue)] } ?? [])
  }

  /// Words around a community's name that are not part of it.
  enum MatchWords {
    /// "as a community" (`[frame.community.as]`).
    static let asWords = Set(InputWords.union("frame.community.as"))
    /// "the", « la », « les » (`[frame.articles]`).
    static let articles = Set(InputWords.union("frame.articles"))
    /// "on", « sur » between a text and the platform named after it (`[frame.prepositions]`).
    static let prepositions = Set(InputWords.union("frame.prepositions"))
  }

  /// "remove the Leeds runners community", « retire la communauté Gourmands de Lyon »: a
  /// removing word (`[frame.remove]`) and a community of the brand: `/community remove NAME`,
  /// confirmed, never run from plain words.
  static func communityRemoval(_ line: IntentLine, context: IntentContext) -> CommandRequest? {
    guard has(line, "frame.remove"),
      let community = context.communityNames.first(where: { name in
        NameMatch.occurrence(of: IntentText.tokens(of: name).map(\.text), in: line) != nil
      })
    else { return nil }
    return CommandRequest("community", "remove", values: [community])
  }

  // MARK: - Crisis team, message tag, community field, statement

  /// The crisis roles a line may give, with their words (`[frame.team.ROLE]`, the role's
  /// words joined by `-`: `community-manager` is the role "community manager").
  static let teamRoles = InputWords.groups(prefixed: "frame.team.").map {
    (role: String($0.suffix.map { $0 == "-" ? " " : $0 }), words: $0.words)
  }

  /// "Sarah Patel is our spokesperson, sarah@…", « Claire Morel est notre community manager,
  /// claire@… »: a role word, a contact (an e-mail or a phone number, last) and a name (the
  /// capitalised words the lexicon does not know): `/crisis team ROLE NAME CONTACT`.
  static func teamMember(_ text: String, line: IntentLine) -> CommandRequest? {
    guard
      let role = teamRoles.first(where: { role in
        role.words.contains { line.find(IntentLexicon.words(of: $0), excluding: []) != nil }
      })?.role
    else { return nil }
    let split = GuideAction.splitContact(text.split(separator: " ").map(String.init))
    guard let contact = split.contact else { return nil }
    let before = IntentLine(split.name.joined(separator: " "), names: [])
    var runs: [[Int]] = [[]]
    for (index, token) in before.tokens.enumerated() {
      let typed = before.characters[token.start]
      if typed.isUppercase && !before.known[index] {
        runs[runs.count - 1].append(index)
      } else if !runs[runs.count - 1].isEmpty {
        runs.append([])
      }
    }
    guard let longest = runs.max(by: { $0.count < $1.count }), let first = longest.first,
      let last = longest.last
    else { return nil }
    let name = before.original(from: first, through: last)
    return CommandRequest("crisis", "team", values: [role, name, contact])
  }

  /// The tags a message may take, with their words (`[frame.tag.TAG]`).
  static let tagWords = InputWords.groups(prefixed: "frame.tag.")

  /// "tag message 2 as educational", « le message 2 est promotionnel, tague-le brand »: a
  /// tagging word (`[frame.tag]`), a message's number and one tag: `/content message tag ID T`.
  static func messageTag(_ line: IntentLine, context: IntentContext) -> CommandRequest? {
    guard has(line, "frame.tag"),
      let id = IntentSlots(line, context: context).messageID, context.messageIDs.contains(id)
    else { return nil }
    let tags = tagWords.filter { group in
      group.words.contains { line.find(IntentLexicon.words(of: $0), excluding: []) != nil }
    }.map(\.suffix)
    guard tags.count == 1 else { return nil }
    return CommandRequest("content", "message", "tag", values: [String(id), tags[0]])
  }

  /// "for Leeds runners we give free injury checks", « les Randonneurs des Alpes nous
  /// apportent des photos »: a community of the brand named in full, and what the brand gives
  /// it (`[frame.community.gives]`) or gets from it (`[frame.community.gets]`), the words
  /// after them: `/community set NAME gives|gets TEXT`.
  static func communityField(_ text: String, line: IntentLine, context: IntentContext)
    -> CommandRequest?
  {
    guard
      let community = context.communityNames.first(where: { name in
        NameMatch.occurrence(of: IntentText.tokens(of: name).map(\.text), in: line) != nil
      }),
      let named = NameMatch.occurrence(
        of: IntentText.tokens(of: community).map(\.text), in: line)
    else { return nil }
    // "do we give as much as we get from them", « est-ce qu'on donne… »: a question, even
    // without its "?", sets nothing (`[frame.asking]`).
    if let first = line.words.first, InputWords.union("frame.asking").contains(first) {
      return nil
    }
    for field in ["gets", "gives"] {
      for phrase in InputWords.union("frame.community." + field) {
        guard var end = line.find(IntentLexicon.words(of: phrase), excluding: [])?.last
        else { continue }
        // "we give Leeds runners free checks", « on offre aux Gourmands de Lyon des
        // ateliers »: the name said after the verb is not part of what they get.
        if let first = named.first, let last = named.last, first > end, first - end <= 2 {
          end = last
        }
        guard end + 1 < line.tokens.count else { continue }
        let value = IntentPayload.trimmed(
          String(line.characters[line.tokens[end + 1].start...])
        ).trimmingSuffix(".!")
        // "we get a lot from the Leeds runners": the community itself is not what it gets.
        guard !value.isEmpty, let valueStart = line.tokens.indices.first(where: { $0 > end }),
          !named.contains(where: { $0 >= valueStart })
        else { continue }
        return CommandRequest("community", "set", values: [community, field, value])
      }
    }
    return nil
  }

  /// "write a holding statement for the booking outage on facebook: …": a statement word
  /// (`[frame.statement]`), a risk of the brand and a platform in the head, and the text:
  /// `/crisis statement RISK PLATFORM TEXT`.
  static func statement(
    _ payload: IntentPayload, head: IntentLine, platforms: [Platform], context: IntentContext
  ) -> CommandRequest? {
    guard let body = payload.text, has(head, "frame.statement"), let platform = platforms.first,
      let risk = NameMatch.find(context.riskNames, in: head)
    else { return nil }
    return CommandRequest("crisis", "statement", values: [risk.name, platform.rawValue, body])
  }

  // MARK: - Rename, save

  static func renamed(_ text: String, line: IntentLine) -> String? {
    let renaming =
      has(line, "frame.rename")
      || (has(line, "frame.change") && has(line, "frame.name"))
    guard !text.contains("?") else { return nil }
    // "we've rebranded, we're IronWorks Strength Club now", « on a changé de nom, on
    // s'appelle désormais … »: the name after the clause's verb (`[frame.rebrand.as]`).
    if has(line, "frame.rebrand"), !renaming {
      return after(InputWords.union("frame.rebrand.as"), in: line, original: text)
    }
    guard renaming else { return nil }
    return after(InputWords.union("frame.rename.to"), in: line, original: text)
      ?? after(InputWords.union("frame.rename.called"), in: line, original: text)
  }

  static func smmFile(_ text: String) -> String? { file(text, ending: ".smm") }

  /// The first word of `text` that names a file ending in `ending` ("week48.csv"), without
  /// the punctuation after it.
  static func file(_ text: String, ending: String) -> String? {
    text.split(separator: " ").map { String($0).trimmingSuffix(",;!?.") }
      .first { $0.lowercased().hasSuffix(ending) && $0.count > ending.count }
  }

  // MARK: - Profile facts

  /// A profile fact: hours with a period said of the brand (`[frame.fact.hours]`,
  /// `[frame.fact.period]` and a having word, `[frame.fact.have]`: "we have", « on a »),
  /// who the brand sells to (`[frame.fact.market]`; "also" `[frame.fact.also]` makes it both),
  /// where its customers are (`[frame.fact.reach]`: two countries or more named, else a
  /// reach; with "also" and its people, `[frame.fact.audience]`, countries added), the
  /// languages it speaks
  /// (`[frame.fact.languages]`, two or more), and with "also" a goal (`[frame.fact.goals]`) or a
  /// language added to the profile's (``IntentContext/profile``); opening hours said with
  /// `[frame.fact.open]` ("we're open Mon-Fri 9-18").
  static func fact(_ text: String, line: IntentLine, profile: BrandProfile?) -> ProfileValue? {
    // "we're open Mon-Fri 9-18", « nous sommes ouverts lun-ven 9h-18h » (`[frame.fact.open]`).
    if has(line, "frame.fact.open"), let hours = OpeningHours.find(in: text) {
      return .open(hours)
    }
    // "we don't have 8 hours a week": a clause that denies its hours sets none.
    if has(line, "frame.fact.hours"), has(line, "frame.fact.period"), has(line, "frame.fact.have"),
      !deniesHours(text), let value = AnswerInterpreter.interpret(text, for: .hours)
    {
      return value
    }
    // « on est cinq à publier et à répondre maintenant », "there are three of us doing the
    // posts now": how many people run the accounts (`[frame.fact.team]` and a count).
    if has(line, "frame.fact.team"), has(line, "frame.fact.team.work"),
      let value = AnswerInterpreter.interpret(text, for: .team)
    {
      return value
    }
    if let sector = comparedSector(line) { return .sector(sector) }
    if has(line, "frame.fact.market"), let value = AnswerInterpreter.interpret(text, for: .market) {
      return has(line, "frame.fact.also") ? .market(.both) : value
    }
    // "our customers are in France and Switzerland": two countries or more are the brand's
    // countries; one ("only in the UK") says a national reach.
    if has(line, "frame.fact.reach"),
      case .countries(let codes)? = AnswerInterpreter.interpret(text, for: .countries),
      codes.count >= 2
    {
      return .countries(codes)
    }
    if has(line, "frame.fact.reach"), let value = AnswerInterpreter.interpret(text, for: .reach) {
      return value
    }
    // "we'd also like to recruit", « on voudrait aussi recruter »: a goal added to the
    // brand's goals (`[frame.fact.goals]` and "also"); without "also" it would replace them,
    // which a passing sentence does not ask.
    if let profile, has(line, "frame.fact.goals"), has(line, "frame.fact.also"),
      case .goals(let added)? = AnswerInterpreter.interpret(text, for: .goals)
    {
      let all = Goal.allCases.filter { profile.goals.contains($0) || added.contains($0) }
      if all != profile.goals { return .goals(all) }
    }
    // "we also speak English", « on parle aussi anglais »: a language added to the brand's.
    if let profile, !profile.languages.isEmpty, has(line, "frame.fact.languages"),
      has(line, "frame.fact.also"),
      case .languages(let codes)? = AnswerInterpreter.interpret(text, for: .languages)
    {
      let all = profile.languages + codes.filter { !profile.languages.contains($0) }
      if all != profile.languages { return .languages(all) }
    }
    // "we speak to visitors in French, English and German": two languages or more, said
    // without "also" (which adds to the brand's languages, above).
    if has(line, "frame.fact.languages"), !has(line, "frame.fact.also"),
      case .languages(let codes)? = AnswerInterpreter.interpret(text, for: .languages),
      codes.count >= 2
    {
      return .languages(codes)
    }
    // "we also target 18-24 year olds", « on vise aussi les 18-24 ans »: an age band added to
    // the brand's (`[frame.fact.ages]` and "also"), in their order.
    if let profile, has(line, "frame.fact.ages"), has(line, "frame.fact.also"),
      case .ages(let added)? = AnswerInterpreter.interpret(text, for: .ages)
    {
      let all = AgeBand.allCases.filter { profile.ages.contains($0) || added.contains($0) }
      if all != profile.ages { return .ages(all) }
    }
    // "we also get a lot of Belgian visitors", « on a aussi beaucoup de visiteurs suisses »
    // (`[frame.fact.audience]` and "also"), "so add Ireland", « ajoute le pays »
    // (`[frame.fact.country.add]`): countries added to the brand's, home market first.
    let addsCountry =
      has(line, "frame.fact.country.add")
      || (has(line, "frame.fact.audience") && has(line, "frame.fact.also"))
    if let profile, !profile.countries.isEmpty, addsCountry, !has(line, "frame.fact.languages"),
      case .countries(let codes)? = AnswerInterpreter.interpret(text, for: .countries)
    {
      let all = profile.countries + codes.filter { !profile.countries.contains($0) }
      if all != profile.countries { return .countries(all) }
    }
    return nil
  }
}

extension IntentFrames {
  /// "we're more of a community pantry than a food bank these days", « on est plutôt une
  /// épicerie solidaire qu'une banque alimentaire »: the words between a comparing phrase
  /// (`[frame.fact.sector.more]`) and the next `[frame.fact.sector.than]`, one to six of them,
  /// in a line that starts with a word of the brand (`[frame.fact.sector.we]`).
  static func comparedSector(_ line: IntentLine) -> String? {
    // The brand's word within the first three ("actually we're…", « en fait on est… »).
    let we = Set(InputWords.union("frame.fact.sector.we").flatMap(IntentLexicon.words(of:)))
    guard line.words.prefix(3).contains(where: we.contains) else { return nil }
    let mores = InputWords.union("frame.fact.sector.more").compactMap {
      line.find(IntentLexicon.words(of: $0), excluding: [])
    }
    guard let more = mores.min(by: { ($0.first ?? 0) < ($1.first ?? 0) }), let start = more.last,
      start + 2 < line.tokens.count
    else { return nil }
    let thans = InputWords.union("frame.fact.sector.than").map(IntentLexicon.words(of:))
    for end in (start + 2)..<min(line.tokens.count, start + 8) {
      if thans.contains(where: { $0.first == line.words[end] }) {
        return line.original(from: start + 1, through: end - 1)
      }
    }
    return nil
  }

  /// Whether a clause of `text` (cut at , . ; ! ?) that names hours also holds a negation
  /// (`[slot.negations]`).
  static func deniesHours(_ text: String) -> Bool {
    text.split(whereSeparator: { ",.;!?".contains($0) }).contains { clause in
      let line = IntentLine(String(clause), names: [])
      return has(line, "frame.fact.hours")
        && line.words.contains(where: IntentSlots.negationWords.contains)
    }
  }
}

extension String {
  /// The string without the characters of `characters` at its end.
  func trimmingSuffix(_ characters: String) -> String {
    var text = Substring(self)
    while let last = text.last, characters.contains(last) { text.removeLast() }
    return String(text)
  }
}
