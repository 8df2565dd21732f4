import SMMCore

/// Frames of the editorial line and the community map said without a colon: a theme the brand
/// wants to talk about, a pillar to drop, the size of a community.
extension IntentFrames {
  /// "let's also talk about healthy posture at work", « on voudrait aussi parler des recettes » —
  /// a wish at the start of the line (`[frame.pillar.want]`), a talking phrase after it
  /// (`[frame.pillar.talk]`; a one-word one right after the wish) and the theme that follows: `/content pillars add THEME`. Not a
  /// question, and only for an open brand.
  static func talkedTheme(_ text: String, line: IntentLine, context: IntentContext) -> String? {
    guard context.hasBrand, !text.contains("?"),
      let wish = startsWith(line, "frame.pillar.want")
    else { return nil }
    // A one-word talking phrase ("about", « sur ») counts only right after the wish: "add a
    // theme about X", never "we want to be on Instagram".
    let talks = InputWords.union("frame.pillar.talk").compactMap {
      line.find(IntentLexicon.words(of: $0), excluding: Set(0..<wish))
    }.filter { $0.count > 1 || $0.first == wish }
    guard
      let talk = talks.max(by: { $0.count < $1.count || ($0.count == $1.count && $0[0] > $1[0]) }),
      var start = talk.last.map({ $0 + 1 }), start < line.tokens.count
    else { return nil }
    while start < line.tokens.count - 1, MatchWords.articles.contains(line.tokens[start].text) {
      start += 1
    }
    let end = line.tokens.count - 1
    guard end - start < 8 else { return nil }
    let theme = line.original(from: start, through: end).trimmingSuffix(".!,;")
    return theme.isEmpty ? nil : theme
  }

  /// The number of words of the first phrase of `list` the line starts with, or nil.
  static func startsWith(_ line: IntentLine, _ list: String) -> Int? {
    InputWords.union(list).map { IntentLexicon.words(of: $0) }
      .filter {
        !$0.isEmpty && $0.count <= line.tokens.count && Array(line.words.prefix($0.count)) == $0
      }
      .map(\.count).max()
  }

  /// "drop the meet the team theme", « enlève le thème du savoir-faire du pain »: a removing
  /// word (`[frame.remove]`) and a pillar of the brand, read without its articles:
  /// `/content pillars remove THEME`.
  static func pillarRemoval(_ line: IntentLine, context: IntentContext) -> CommandRequest? {
    guard has(line, "frame.remove") else { return nil }
    let pillar = context.pillarNames.first { name in
      var words = IntentText.tokens(of: name).map(\.text)
      while words.count > 1, let first = words.first, MatchWords.articles.contains(first) {
        words.removeFirst()
      }
      return NameMatch.occurrence(of: words, in: line) != nil
    }
    return pillar.map { CommandRequest("content", "pillars", "remove", values: [$0]) }
  }

  /// "the Leeds runners group has about 2,000 members", « les Gourmands de Lyon comptent
  /// environ 5000 membres »: a community of the brand and a number before a word of members
  /// (`[frame.community.size]`): `/community set NAME size N`.
  static func communitySize(_ line: IntentLine, context: IntentContext) -> CommandRequest? {
    guard
      let community = context.communityNames.first(where: { name in
        NameMatch.occurrence(of: IntentText.tokens(of: name).map(\.text), in: line) != nil
      })
    else { return nil }
    let sizeWords = Set(InputWords.union("frame.community.size"))
    for index in line.tokens.indices.dropFirst() where sizeWords.contains(line.tokens[index].text) {
      if let size = number(endingAt: index - 1, in: line) {
        return CommandRequest(
          "community", "set", values: [community, Community.Field.size.rawValue, String(size)])
      }
    }
    return nil
  }

  /// The number written in digits whose last group is the word at `index`: "2000", "2,000",
  /// "2 000", « 5.000 » (groups of three digits after the first).
  static func number(endingAt index: Int, in line: IntentLine) -> Int? {
    guard index >= 0, line.tokens[index].text.allSatisfy(\.isNumber) else { return nil }
    var first = index
    while first > 0, line.tokens[first].text.count == 3,
      line.tokens[first - 1].text.allSatisfy(\.isNumber),
      line.tokens[first].start - line.tokens[first - 1].end == 1,
      [",", ".", " ", "\u{00A0}", "\u{202F}"].contains(
        line.characters[line.tokens[first - 1].end])
    {
      first -= 1
    }
    return Int((first...index).map { line.tokens[$0].text }.joined())
  }
}

extension IntentFrames {
  /// "tell me more about the Leeds runners", « dis-m'en plus sur les Gourmands de Lyon »: a
  /// phrase asking for more (`[frame.tell.more]`) and a community of the brand by its whole
  /// name: `/community show NAME`.
  static func moreAboutCommunity(_ line: IntentLine, context: IntentContext) -> CommandRequest? {
    guard has(line, "frame.tell.more"),
      let community = context.communityNames.first(where: { name in
        NameMatch.occurrence(of: IntentText.tokens(of: name).map(\.text), in: line) != nil
      })
    else { return nil }
    return CommandRequest("community", "show", values: [community])
  }
}

extension IntentFrames {
  /// "on linkedin we want to sound expert but approachable", « sur instagram on veut un ton
  /// chaleureux et complice »: one platform, a word for the tone (`[frame.tone]`) and the few
  /// words after it: `/content tone PLATFORM TONE`. Not a question.
  static func toneSet(_ text: String, line: IntentLine, context: IntentContext) -> CommandRequest? {
    guard context.hasBrand, !text.contains("?") else { return nil }
    let platforms = IntentSlots(line, context: context).platforms
    guard platforms.count == 1, let platform = platforms.first else { return nil }
    let found = InputWords.union("frame.tone").compactMap {
      line.find(IntentLexicon.words(of: $0), excluding: [])
    }
    guard let phrase = found.max(by: { $0.count < $1.count }),
      var start = phrase.last.map({ $0 + 1 })
    else { return nil }
    // "the tone of the comments is angry" describes someone else's tone: nothing is set.
    guard start < line.tokens.count,
      !InputWords.union("frame.tone.not").contains(line.tokens[start].text)
    else { return nil }
    // "the tone for LinkedIn to …", « le ton sera … »: the platform, its preposition and the
    // linking words (`[frame.tone.link]`) before the tone are not part of it.
    let linking = Set(InputWords.union("frame.tone.link"))
    while start < line.tokens.count - 1 {
      let word = line.tokens[start].text
      let beforePlatform = IntentSlots.platform(line.tokens[start + 1].text) != nil
      let skipped =
        MatchWords.articles.contains(word) || linking.contains(word)
        || IntentSlots.platform(word) != nil
        || (MatchWords.prepositions.contains(word) && beforePlatform)
      guard skipped else { break }
      start += 1
    }
    // A tone in quotes (« le ton sera « inspirant et pédagogue » ») is the quoted text.
    let quoteStart = Array(text).firstIndex { "\"“«".contains($0) } ?? Int.max
    if let quoted = IntentPayload(text).text, quoted.count <= 60,
      line.tokens[start].start >= quoteStart
    {
      return CommandRequest("content", "tone", values: [platform.rawValue, quoted])
    }
    // The tone ends where the platform is named after it ("… warm on instagram").
    var end = line.tokens.count - 1
    if let named = (start...end).first(where: { IntentSlots.platform(line.tokens[$0].text) != nil })
    {
      end = named - 1
      while end > start, MatchWords.prepositions.contains(line.tokens[end].text) { end -= 1 }
    }
    guard end >= start, end - start < 8 else { return nil }
    let tone = line.original(from: start, through: end).trimmingSuffix(".!,;»\"”")
    guard !tone.isEmpty, tone.count <= 60 else { return nil }
    return CommandRequest("content", "tone", values: [platform.rawValue, tone])
  }

  /// "change the instagram version of message 1 to: …", « remplace la version instagram du
  /// message 1 par : … »: a head naming a variant (`[frame.variant]`), one platform and a
  /// message (its number, or the only one), and the text after the colon:
  /// `/content edit ID PLATFORM TEXT`.
  static func variantEdit(
    _ payload: IntentPayload, head: IntentLine, platforms: [Platform], context: IntentContext
  ) -> CommandRequest? {
    guard let text = payload.text, !payload.bySaying, has(head, "frame.variant"),
      platforms.count == 1, let platform = platforms.first
    else { return nil }
    let slots = IntentSlots(head, context: context)
    guard
      let id = slots.messageID.flatMap({ context.messageIDs.contains($0) ? $0 : nil })
        ?? slots.messageBySubject ?? (context.messageIDs.count == 1 ? context.messageIDs[0] : nil)
    else { return nil }
    return CommandRequest("content", "edit", values: [String(id), platform.rawValue, text])
  }
}

extension IntentFrames {
  /// "we've put the banner up on facebook now", « on a mis la bannière sur facebook »: one
  /// platform, a profile item that is done or not, and a word saying it is done
  /// (`[frame.profile.done]`), not denied and not asked: `/profile PLATFORM set KEY yes`.
  static func profileDone(_ text: String, line: IntentLine, context: IntentContext)
    -> CommandRequest?
  {
    guard context.hasBrand, !text.contains("?"),
      !line.words.contains(where: IntentSlots.negationWords.contains),
      has(line, "frame.profile.done"),
      let key = AnswerCue.profileField(named: text)
    else { return nil }
    let platforms = IntentSlots(line, context: context).platforms
    // Only an item the platform has, and one that is done or not (a picture, not a bio).
    guard platforms.count == 1, let platform = platforms.first,
      PlatformCatalog.entry(platform).profileFields.first(where: { $0.key == key })?.kind == .done
    else { return nil }
    return CommandRequest("profile", platform.rawValue, "set", key, values: ["yes"])
  }
}
