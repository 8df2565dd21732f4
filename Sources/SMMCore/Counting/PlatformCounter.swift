/// A text counted for one platform, in the platform's own unit.
public struct TextCount: Equatable, Sendable {
  /// A second count of the same text against a second limit (Bluesky's UTF-8 bytes).
  public struct Secondary: Equatable, Sendable {
    /// The length in `unit`.
    public var length: Int
    /// The limit in `unit`.
    public var limit: Int
    /// The unit.
    public var unit: CountingUnit

    /// Creates a secondary count.
    public init(length: Int, limit: Int, unit: CountingUnit) {
      self.length = length
      self.limit = limit
      self.unit = unit
    }
  }

  /// The platform.
  public var platform: Platform
  /// The length in the platform's main unit, URLs and mentions counted as the platform counts
  /// them.
  public var length: Int
  /// The main limit, or nil when there is none or none is known.
  public var limit: Int?
  /// The main unit.
  public var unit: CountingUnit
  /// `limit - length` (negative when over), or nil without a limit.
  public var remaining: Int?
  /// False when the text is over any limit or cap, or holds a character the platform refuses.
  public var valid: Bool
  /// The count against the second limit, if the platform has one.
  public var secondary: Secondary?
  /// What explains the count: "2 URLs counted 23 each", "@alice@example.social counted as
  /// @alice", caps exceeded, links that will not be clickable.
  public var explanations: [Phrase]

  /// What explains the count, in English.
  public var notes: [String] { explanations.map(\.english) }

  /// Creates a count.
  public init(
    platform: Platform, length: Int, limit: Int?, unit: CountingUnit, remaining: Int?,
    valid: Bool, secondary: Secondary?, notes: [Phrase]
  ) {
    self.platform = platform
    self.length = length
    self.limit = limit
    self.unit = unit
    self.remaining = remaining
    self.valid = valid
    self.secondary = secondary
    self.explanations = notes
  }
}

/// Counts a post's text as each platform counts it, with the rules of `PlatformEntry.post`.
public enum PlatformCounter {
  /// `text` counted as the text of a post on `platform` (YouTube and Pinterest: the description).
  public static func count(_ text: String, on platform: Platform) -> TextCount {
    count(text, on: platform, explain: true)
  }

  /// Whether `text` is a valid post on `platform`: the same answer as `count(_:on:).valid`,
  /// without writing the notes (the adaptation asks this many times per message).
  public static func isValid(_ text: String, on platform: Platform) -> Bool {
    count(TextScan(text), on: platform, explain: false).valid
  }

  /// `text` counted for each of `platforms`, in their order: one reading of the text serves
  /// them all.
  public static func count(_ text: String, on platforms: [Platform]) -> [TextCount] {
    let scan = TextScan(text)
    return platforms.map { count(scan, on: $0, explain: true) }
  }

  static func count(_ text: String, on platform: Platform, explain: Bool) -> TextCount {
    count(TextScan(text), on: platform, explain: explain)
  }

  static func count(_ scan: TextScan, on platform: Platform, explain: Bool) -> TextCount {
    let text = scan.text
    let rules = PlatformCatalog.postRules(platform)
    var notes: [Phrase] = []
    var valid = true
    let name = Phrase.Value.text(platform.displayName)

    // The main length.
    let length: Int
    switch rules.text.unit {
    case .weightedX:
      let (result, emoji) = TwitterText.weigh(scan)
      length = result.weightedLength
      guard explain else {
        // The limit is checked below; here only what else makes X refuse a post.
        valid = !scan.scalars.contains(where: TwitterText.isInvalid)
        break
      }
      let urls = scan.normalizedURLRanges
      if let weight = rules.urlWeight?.value, !urls.isEmpty {
        notes.append(urlNote(urls.count, weight))
      }
      // The emoji the weighing found (none inside a URL: those weigh as the URL).
      if emoji > 0 {
        notes.append(Phrase("counter.emoji", ["count": .number(emoji)]))
      }
      if scan.normalizedScalars.contains(where: TwitterText.isInvalid) {
        let refused = scan.normalizedScalars.filter(TwitterText.isInvalid)
        valid = false
        let codes = Set(refused.map(\.value)).sorted().map(codePoint).joined(separator: ", ")
        notes.append(Phrase("counter.refuses", ["platform": name, "codes": .text(codes)]))
      }
    case .emojiAsUTF8Bytes:
      let counted = TextLength.emojiAsUTF8Bytes(scan.scalars)
      length = counted.length
      if counted.emoji > 0 {
        notes.append(
          Phrase(
            "counter.emojiBytes",
            ["count": .number(counted.emoji), "bytes": .number(counted.emojiBytes)]))
      }
    default:
      if let countable = countableText(scan, rules: rules, notes: &notes) {
        length = TextLength.count(countable, in: rules.text.unit)
      } else {
        length = scan.length(in: rules.text.unit)
      }
    }

    // Limits.
    var remaining: Int?
    if let limit = rules.text.limit {
      remaining = limit - length
      if length > limit {
        valid = false
        notes.append(overNote(limit: limit, unit: rules.text.unit, over: length - limit))
      }
    } else if let note = rules.localizedNote {
      notes.append(Phrase("domain.verbatim", ["text": .localized(note)]))
    }
    var secondary: TextCount.Secondary?
    if let rule = rules.secondary, let limit = rule.limit {
      let secondaryLength = scan.length(in: rule.unit)
      secondary = TextCount.Secondary(length: secondaryLength, limit: limit, unit: rule.unit)
      if secondaryLength > limit {
        valid = false
        notes.append(
          Phrase(
            "counter.overSecondary",
            [
              "length": .number(secondaryLength), "units": .phrase(rule.unit.nounPhrase),
              "platform": name, "limit": .number(limit), "unit": .phrase(singular(rule.unit)),
              "over": .number(secondaryLength - limit),
            ]))
      }
    }
    if let bad = forbiddenCharacters(in: text, rules.text) {
      valid = false
      notes.append(
        Phrase(
          "counter.refusesIn",
          [
            "platform": name, "characters": .phrase(bad),
            "field": .phrase(PostLimit.fieldPhrase(rules.text.field)),
          ]))
    }

    // Hashtags, mentions, links.
    let hashtags = rules.hashtagCap == nil && rules.hashtagAdvice == nil ? 0 : scan.hashtagCount
    if let cap = rules.hashtagCap?.value, hashtags > cap {
      valid = false
      notes.append(
        Phrase(
          "counter.hashtagCap", ["count": .number(hashtags), "platform": name, "cap": .number(cap)])
      )
    } else if let advice = rules.hashtagAdvice?.value, hashtags > 0, !advice.contains(hashtags) {
      notes.append(
        Phrase(
          "counter.hashtagAdvice",
          [
            "count": .number(hashtags), "low": .number(advice.lowerBound),
            "high": .number(advice.upperBound), "platform": name,
          ]))
    }
    if let cap = rules.mentionCap?.value {
      let mentions = scan.mentionCount
      if mentions > cap {
        valid = false
        notes.append(
          Phrase(
            "counter.mentionCap",
            ["count": .number(mentions), "platform": name, "cap": .number(cap)]
          ))
      }
    }
    // The text as given searched for URLs only where a rule on links needs it (X's count
    // searched its NFC form).
    let linksMatter: Bool
    switch rules.links.value {
    case .notClickable, .separateField: linksMatter = true
    case .clickable, .unknown: linksMatter = rules.linkCap != nil
    }
    let hasURLs = linksMatter && !scan.urlRanges.isEmpty
    if let cap = rules.linkCap?.value, hasURLs {
      let distinct = Set(scan.urls.map(\.url)).count
      if distinct > cap {
        valid = false
        notes.append(
          Phrase(
            "counter.linkCap", ["count": .number(distinct), "platform": name, "cap": .number(cap)]))
      }
    }
    if hasURLs {
      switch rules.links.value {
      case .notClickable:
        notes.append(
          Phrase(
            "counter.linksInBio",
            ["platform": name, "field": .phrase(PostLimit.fieldPhrase(rules.text.field))]))
      case .separateField(let limit):
        notes.append(
          Phrase(
            "counter.linkField",
            [
              "platform": name, "field": .phrase(PostLimit.fieldPhrase(rules.text.field)),
              "limit": .number(limit),
            ]))
      case .clickable, .unknown:
        break
      }
    }

    var seen: [Phrase] = []
    notes = notes.filter { note in
      guard !seen.contains(note) else { return false }
      seen.append(note)
      return true
    }
    return TextCount(
      platform: platform, length: length, limit: rules.text.limit, unit: rules.text.unit,
      remaining: remaining, valid: valid, secondary: secondary, notes: notes)
  }

  /// `text` counted as the title of a post on `platform`, or nil when posts there have no title.
  public static func countTitle(_ text: String, on platform: Platform) -> TextCount? {
    guard let rule = PlatformCatalog.postRules(platform).title else { return nil }
    let length = TextLength.count(text, in: rule.unit)
    var valid = true
    var notes: [Phrase] = []
    var remaining: Int?
    if let limit = rule.limit {
      remaining = limit - length
      if length > limit {
        valid = false
        notes.append(overNote(limit: limit, unit: rule.unit, over: length - limit))
      }
    }
    if let bad = forbiddenCharacters(in: text, rule) {
      valid = false
      notes.append(
        Phrase(
          "counter.refusesIn",
          [
            "platform": .text(platform.displayName), "characters": .phrase(bad),
            "field": .phrase(PostLimit.fieldPhrase(rule.field)),
          ]))
    }
    return TextCount(
      platform: platform, length: length, limit: rule.limit, unit: rule.unit,
      remaining: remaining, valid: valid, secondary: nil, notes: notes)
  }

  // MARK: URLs and mentions (Mastodon)

  /// The text as the platform counts it: URLs with a protocol replaced by `urlWeight` characters,
  /// `@user@domain` by `@user` where the platform counts only the user part; nil when the
  /// platform counts the text as it is, or nothing in it is replaced.
  static func countableText(_ scan: TextScan, rules: PostRules, notes: inout [Phrase]) -> String? {
    let urlWeight = rules.urlWeight?.value
    let userPartOnly = rules.mentions?.value == .userPartOnly
    guard urlWeight != nil || userPartOnly else { return nil }
    let scalars = scan.scalars

    // Replacements as (scalar range, replacement), in order.
    var replacements: [(range: Range<Int>, text: String)] = []
    if let urlWeight {
      let urls = scan.urlRanges.filter(\.hasProtocol)
      for url in urls {
        replacements.append((url.range, String(repeating: "x", count: urlWeight)))
      }
      if !urls.isEmpty { notes.append(urlNote(urls.count, urlWeight)) }
    }
    if userPartOnly, scalars.contains("@") {
      for mention in remoteMentions(in: scalars)
      where !replacements.contains(where: { $0.range.overlaps(mention.range) }) {
        replacements.append((mention.range, mention.user))
        var written = String.UnicodeScalarView()
        written.append(contentsOf: scalars[mention.range])
        notes.append(
          Phrase("counter.mention", text: ["written": String(written), "user": mention.user]))
      }
    }
    guard !replacements.isEmpty else { return nil }
    replacements.sort { $0.range.lowerBound < $1.range.lowerBound }
    // Written as UTF-8 bytes and made a string once (appending code points to a string's
    // scalar view one slice at a time cost more than the count).
    var result: [UInt8] = []
    result.reserveCapacity(scan.utf8Count)
    var position = 0
    func copy(_ range: Range<Int>) {
      for scalar in scalars[range] { UTF8.encode(scalar) { result.append($0) } }
    }
    for replacement in replacements {
      copy(position..<replacement.range.lowerBound)
      result.append(contentsOf: replacement.text.utf8)
      position = replacement.range.upperBound
    }
    copy(position..<scalars.count)
    return String(decoding: result, as: UTF8.self)
  }

  /// Mentions of remote accounts, `@user@domain`, as Mastodon's `MENTION_RE` finds them: `@` not
  /// after `=`, `/` or a word character; a username of `[a-z0-9_]` with inner `.` or `-`; `@`
  /// and a domain ending in a word character. `user` is `@` and the username.
  static func remoteMentions(
    in scalars: [Unicode.Scalar]
  ) -> [(range: Range<Int>, user: String)] {
    func isWord(_ scalar: Unicode.Scalar) -> Bool {
      scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        || scalar.properties.generalCategory == .nonspacingMark
    }
    func isUsername(_ scalar: Unicode.Scalar) -> Bool {
      scalar.isASCII && (scalar == "_" || isWord(scalar))
    }
    var found: [(range: Range<Int>, user: String)] = []
    var index = 0
    while index < scalars.count {
      defer { index += 1 }
      guard scalars[index] == "@" else { continue }
      if index > 0 {
        let before = scalars[index - 1]
        if before == "=" || before == "/" || isWord(before) { continue }
      }
      // Username: [a-z0-9_]+ ([.-]+ [a-z0-9_]+)*
      var end = index + 1
      while end < scalars.count, isUsername(scalars[end]) { end += 1 }
      guard end > index + 1 else { continue }
      while true {
        var cursor = end
        while cursor < scalars.count, scalars[cursor] == "." || scalars[cursor] == "-" {
          cursor += 1
        }
        guard cursor > end else { break }
        let segment = cursor
        while cursor < scalars.count, isUsername(scalars[cursor]) { cursor += 1 }
        guard cursor > segment else { break }
        end = cursor
      }
      // Domain: @ [word.-]+ ending in a word character, two characters at least.
      guard end + 1 < scalars.count, scalars[end] == "@" else {
        index = end - 1
        continue
      }
      var domainEnd = end + 1
      while domainEnd < scalars.count,
        isWord(scalars[domainEnd]) || scalars[domainEnd] == "." || scalars[domainEnd] == "-"
      {
        domainEnd += 1
      }
      while domainEnd > end + 1, !isWord(scalars[domainEnd - 1]) { domainEnd -= 1 }
      guard domainEnd - (end + 1) >= 2 else {
        index = end - 1
        continue
      }
      var user = String.UnicodeScalarView()
      user.append(contentsOf: scalars[index..<end])
      found.append((index..<domainEnd, String(user)))
      index = domainEnd - 1
    }
    return found
  }

  // MARK: Hashtags, mentions, emoji

  /// Hashtags: `#` (or `＃`) not after a letter, digit, `_` or `&`, then word characters, at least
  /// one of them not a digit.
  static func hashtagCount(in text: String) -> Int {
    TextScan(text).hashtagCount
  }

  /// The tags that start with one of `marks` in `scalars` (hashtags or mentions): `marks` is
  /// an ASCII mark first, then non-ASCII forms of it (`#`, `＃`).
  static func tagCount(
    in scalars: [Unicode.Scalar], marks: [Unicode.Scalar], needsLetter: Bool
  ) -> Int {
    func isWord(_ scalar: Unicode.Scalar) -> Bool {
      if scalar.isASCII {
        let value = scalar.value
        return value == 0x5F || (0x30...0x39).contains(value) || (0x41...0x5A).contains(value)
          || (0x61...0x7A).contains(value)
      }
      return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        || scalar.properties.generalCategory == .nonspacingMark
        || scalar.properties.generalCategory == .spacingMark
    }
    var count = 0
    var index = 0
    while index < scalars.count {
      // Most code points are ASCII and no mark: one comparison each (`marks` is an ASCII mark,
      // then its full-width forms).
      let scalar = scalars[index]
      guard scalar == marks[0] || (!scalar.isASCII && marks.dropFirst().contains(scalar)) else {
        index += 1
        continue
      }
      if index > 0, isWord(scalars[index - 1]) || scalars[index - 1] == "&" {
        index += 1
        continue
      }
      var end = index + 1
      var hasLetter = false
      while end < scalars.count, isWord(scalars[end]) {
        if !hasLetter, scalars[end].properties.numericType == nil { hasLetter = true }
        end += 1
      }
      if end > index + 1 && (hasLetter || !needsLetter) { count += 1 }
      index = max(end, index + 1)
    }
    return count
  }

  // MARK: Helpers

  private static func forbiddenCharacters(in text: String, _ rule: PostLimit) -> Phrase? {
    let found = rule.forbidden.filter { text.containsCharacter($0) }
    guard !found.isEmpty else { return nil }
    var phrase = Phrase("counter.quoted", text: ["character": String(found[0])])
    for character in found.dropFirst() {
      phrase = Phrase(
        "counter.and",
        [
          "a": .phrase(phrase),
          "b": .phrase(Phrase("counter.quoted", text: ["character": String(character)])),
        ])
    }
    return phrase
  }

  private static func urlNote(_ count: Int, _ weight: Int) -> Phrase {
    Phrase("counter.url", ["count": .number(count), "weight": .number(weight)])
  }

  /// "over the 280-character limit by 17".
  static func overNote(limit: Int, unit: CountingUnit, over: Int) -> Phrase {
    Phrase(
      "counter.over",
      ["limit": .number(limit), "unit": .phrase(singular(unit)), "over": .number(over)])
  }

  /// "character", "byte", "weighted character": the unit's noun in the singular.
  private static func singular(_ unit: CountingUnit) -> Phrase {
    switch unit {
    case .utf8Bytes: return Phrase("counter.unit.byte")
    case .weightedX: return Phrase("counter.unit.weighted")
    case .graphemes, .utf16, .codePoints, .emojiAsUTF8Bytes: return Phrase("counter.unit.character")
    }
  }

  private static func codePoint(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
