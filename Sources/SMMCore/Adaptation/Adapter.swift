/// Adapts a core message to one platform, by the platform's rules: length in its own unit
/// (shortened at sentence or word boundaries, or split into a numbered thread where threads are
/// the norm), hashtags within the cap and the advice, links where they work, the register of
/// the platform, a title and description for YouTube and Pinterest, an outline for the blog.
/// Every change is listed with why. Deterministic: the same message and state give the same
/// variant.
public enum Adapter {
  /// Platforms where a long text becomes a numbered thread rather than being cut (their
  /// platform file's `post.shape: thread`).
  public static var threadPlatforms: Set<Platform> {
    Set(Platform.allCases.filter { PlatformCatalog.entry($0).post.shape == .thread })
  }
  /// The most parts a thread gets.
  public static let maximumThreadParts = 10

  /// The variant of `message` for `platform`, in the brand's `line`.
  /// Text the brand publishes (the "link in bio" pointer, the blog outline) is written in
  /// `language`, the brand's; the notes on what changed are phrases, shown in the session's.
  /// A sponsored message starts with `disclosure`'s label (the home market's rule).
  public static func adapt(
    _ message: ContentMessage, to platform: Platform, line: EditorialLine, brand: BrandName,
    language: Language = .en, disclosure: DisclosureRule? = nil
  ) -> Variant {
    let prepared = prepare(message, line: line, brand: brand, disclosure: disclosure)
    return adapt(prepared, to: platform, line: line, brand: brand, language: language)
  }

  /// The variants of `message` for each of `platforms`, in their order: the same variants as
  /// `adapt(_:to:line:brand:language:disclosure:)` gives one by one, with what every platform
  /// shares (the tidied text, the disclosure, the CamelCase hashtags) done once.
  public static func adapt(
    _ message: ContentMessage, to platforms: [Platform], line: EditorialLine, brand: BrandName,
    language: Language = .en, disclosure: DisclosureRule? = nil
  ) -> [Variant] {
    let prepared = prepare(message, line: line, brand: brand, disclosure: disclosure)
    return platforms.map {
      adapt(prepared, to: $0, line: line, brand: brand, language: language)
    }
  }

  /// What every platform's variant starts from: the message's text with its spaces tidied, its
  /// disclosure, its hashtags in CamelCase, and the changes made so far; and what is read from
  /// that text once for every platform (its URLs, its hashtags, its count's scan).
  final class Prepared {
    let text: String
    let changes: [Phrase]
    private(set) lazy var urls = TextPieces.urls(text)
    private(set) lazy var hashtags = TextPieces.hashtags(text)
    private(set) lazy var scan = TextScan(text)
    private(set) lazy var shouts = Adapter.isShouting(text)

    init(text: String, changes: [Phrase]) {
      self.text = text
      self.changes = changes
    }

    /// Whether `other` shouts: this text's answer when `other` is this text.
    func isShouting(_ other: String) -> Bool {
      other == text ? shouts : Adapter.isShouting(other)
    }

    /// The hashtags of `other`: this text's when `other` is this text.
    func hashtags(of other: String) -> [String] {
      other == text ? hashtags : TextPieces.hashtags(other)
    }

    /// `other` counted on `platform`, from this text's scan when `other` is this text.
    func count(_ other: String, on platform: Platform) -> TextCount {
      other == text
        ? PlatformCounter.count(scan, on: platform, explain: true)
        : PlatformCounter.count(other, on: platform)
    }
  }

  static func prepare(
    _ message: ContentMessage, line: EditorialLine, brand: BrandName,
    disclosure: DisclosureRule?
  ) -> Prepared {
    var changes: [Phrase] = []
    var text = normaliseSpaces(message.text)
    if text != message.text { changes.append(Phrase("adapt.tidied")) }

    // A paid partnership, a gift or an ad: disclosed up front, before any cut.
    if message.sponsored, let disclosure {
      if !disclosure.isDisclosed(text) {
        text = disclosure.disclosed(text)
        changes.append(
          Phrase(
            "adapt.disclosed",
            ["label": .text(disclosure.label), "source": .text(disclosure.source.short)]))
      }
    }

    // Hashtags a screen reader can read word by word (#lacannecy → #LacAnnecy).
    let camel = HashtagCase.rewrite(text) {
      HashtagCase.knownWords(
        brand: brand.value, pillars: line.pillars, sector: nil, text: message.text)
    }
    if !camel.rewritten.isEmpty {
      text = camel.text
      changes.append(
        Phrase(
          "adapt.camelCase",
          [
            "tags": .phrase(.list(camel.rewritten.map(\.1))),
            "source": .text(HashtagCase.source.short),
          ]))
    }
    return Prepared(text: text, changes: changes)
  }

  static func adapt(
    _ prepared: Prepared, to platform: Platform, line: EditorialLine, brand: BrandName,
    language: Language
  ) -> Variant {
    let rules = PlatformCatalog.postRules(platform)
    let name = Phrase.Value.text(platform.displayName)
    var changes = prepared.changes
    var text = prepared.text

    // Links.
    let urls = prepared.urls
    if !urls.isEmpty {
      switch rules.links.value {
      case .notClickable:
        let pointer = Strings.of(language)("post.linkInBio")
        for url in urls { text = normaliseSpaces(text.replacingAll(url, with: pointer)) }
        changes.append(
          Phrase(
            "adapt.linkInBio",
            [
              "count": .number(urls.count), "platform": name,
              "source": .text(rules.links.source.short),
            ]))
      case .separateField:
        text = remove(urls, from: text)
        changes.append(
          Phrase(
            "adapt.linkField",
            ["url": .text(urls[0]), "platform": name, "source": .text(rules.links.source.short)]))
      case .clickable, .unknown:
        if let weight = rules.urlWeight {
          changes.append(
            Phrase(
              urls.count == 1 ? "adapt.urlWeight.one" : "adapt.urlWeight.many",
              [
                "count": .number(urls.count), "weight": .number(weight.value),
                "source": .text(weight.source.short),
              ]))
        }
      }
    }

    // Hashtags.
    let tags = prepared.hashtags(of: text)
    var keep = tags.count
    if let cap = rules.hashtagCap, tags.count > cap.value {
      keep = cap.value
      changes.append(
        Phrase(
          "adapt.hashtagCap",
          [
            "from": .number(tags.count), "to": .number(cap.value), "platform": name,
            "source": .text(cap.source.short),
          ]))
    } else if let advice = rules.hashtagAdvice, tags.count > advice.value.upperBound {
      keep = advice.value.upperBound
      changes.append(
        Phrase(
          "adapt.hashtagAdvice",
          [
            "from": .number(tags.count), "to": .number(advice.value.upperBound),
            "low": .number(advice.value.lowerBound), "high": .number(advice.value.upperBound),
            "platform": name, "source": .text(advice.source.short),
          ]))
    }
    if keep < tags.count {
      text = remove(Array(tags.dropFirst(keep)), from: text)
    }
    if rules.hashtagsAtEnd, keep > 0 {
      // LinkedIn: hashtags at the end, after the text.
      let kept = Array(tags.prefix(keep))
      let body = remove(kept, from: text)
      let moved = body.trimmingWhiteSpace() + "\n\n" + kept.joined(separator: " ")
      if moved != text {
        text = moved
        changes.append(Phrase("adapt.hashtagsEnd"))
      }
    }

    // Register.
    let (registered, toneChanges) = register(
      text, line: line, platform: platform, isShouting: prepared.isShouting)
    text = registered
    changes += toneChanges

    // Shape: title + description, outline, thread, or one post.
    switch rules.shape {
    case .titled:
      return titled(text, platform: platform, rules: rules, changes: changes)
    case .outline:
      return outline(text, line: line, changes: changes, brand: brand, language: language)
    case .single, .thread:
      break
    }
    let count = prepared.count(text, on: platform)
    if count.valid || count.limit == nil {
      if count.valid { changes.append(fitsNote(count, platform: platform)) }
      return Variant(text: text, notes: changes)
    }
    if rules.shape == .thread {
      let parts = thread(text, platform: platform)
      changes.append(
        Phrase(
          "adapt.thread",
          [
            "count": .number(parts.count), "length": .number(count.length),
            "limit": .number(count.limit ?? 0), "unit": .phrase(count.unit.nounPhrase),
            "platform": name,
          ]))
      return Variant(text: parts.joined(separator: "\n\n"), parts: parts, notes: changes)
    }
    let (short, how) = TextPieces.shorten(text) { PlatformCounter.isValid($0, on: platform) }
    let after = PlatformCounter.count(short, on: platform)
    changes.append(
      Phrase(
        "adapt.shortened",
        [
          "from": .number(count.length), "to": .number(after.length),
          "unit": .phrase(count.unit.nounPhrase), "limit": .number(count.limit ?? 0),
          "platform": name, "how": .phrase(how),
        ]))
    return Variant(text: short, notes: changes)
  }

  static func fitsNote(_ count: TextCount, platform: Platform) -> Phrase {
    guard let limit = count.limit else {
      return Phrase(
        "adapt.noLimit",
        [
          "length": .number(count.length), "unit": .phrase(count.unit.nounPhrase),
          "platform": .text(platform.displayName),
        ])
    }
    return Phrase(
      "adapt.fits",
      [
        "length": .number(count.length), "limit": .number(limit),
        "unit": .phrase(count.unit.nounPhrase),
      ])
  }

  /// Light, safe register changes: no "!!!" on LinkedIn, no shouting anywhere.
  static func register(
    _ text: String, line: EditorialLine, platform: Platform,
    isShouting: (String) -> Bool = Adapter.isShouting
  ) -> (String, [Phrase]) {
    let tone = line.tone(on: platform)
    let values: [String: Phrase.Value] = [
      "platform": .text(platform.displayName), "tone": .phrase(line.tonePhrase(on: platform)),
    ]
    var result = text
    var changes: [Phrase] = []
    if tone.containsText("professional") || tone.containsText("expert") {
      var collapsed = result
      // Byte by byte, as the replacement goes.
      func hasDoubleMark(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
          if byte == 0x21 && previous == 0x21 { return true }
          previous = byte
        }
        return false
      }
      while hasDoubleMark(collapsed) {
        collapsed = collapsed.replacingAll("!!", with: "!")
      }
      if collapsed != result {
        result = collapsed
        changes.append(Phrase("adapt.exclamations", values))
      }
    }
    if isShouting(result) { changes.append(Phrase("adapt.shouting", values)) }
    return (result, changes)
  }

  /// Whether `text` shouts: more than a third of its words in capitals (four letters or more,
  /// hashtags and links aside).
  static func isShouting(_ text: String) -> Bool {
    let words = TextPieces.words(text)
    // The cheap tests first: most words have a lower-case ASCII letter.
    let shouted = words.filter {
      !$0.utf8.contains(where: { (0x61...0x7A).contains($0) }) && !$0.hasPrefix("#")
        && !$0.hasPrefix("http") && $0.count > 3 && $0.contains(where: \.isLetter)
        && $0 == $0.uppercased()
    }
    return !shouted.isEmpty && shouted.count * 3 > words.count
  }

  /// A numbered thread: parts cut at sentence ends, else word boundaries, each within the limit
  /// with its "i/n" number.
  static func thread(_ text: String, platform: Platform) -> [String] {
    var total = 2
    while true {
      let parts = split(text, platform: platform, total: total)
      // A split depends on the total only through its marker's width (" 2/2" and " 7/7" count
      // the same everywhere: ASCII digits): with as many digits, splitting again for the new
      // total gives these parts again.
      let sameWidth = String(parts.count).utf8.count == String(total).utf8.count
      if parts.count <= total || total >= maximumThreadParts || sameWidth {
        return parts.enumerated().map { "\($0.element) \($0.offset + 1)/\(parts.count)" }
      }
      total = parts.count
    }
  }

  private static func split(_ text: String, platform: Platform, total: Int) -> [String] {
    let marker = " \(total)/\(total)"
    func fits(_ candidate: String) -> Bool {
      PlatformCounter.isValid(candidate + marker, on: platform)
    }
    var parts: [String] = []
    var rest = text
    while !rest.isEmpty && parts.count < maximumThreadParts {
      // `shorten` gives the rest itself when it fits.
      let (piece, _) = TextPieces.shorten(rest, fits: fits)
      if piece == rest {
        parts.append(rest)
        break
      }
      let clean = piece.hasSuffix("…") ? String(piece.dropLast()) : piece
      guard !clean.isEmpty else { break }
      parts.append(piece)
      rest = String(rest.dropFirst(clean.count)).trimmingWhiteSpace()
    }
    return parts
  }

  /// YouTube and Pinterest: a title from the first sentence, the text as the description.
  static func titled(_ text: String, platform: Platform, rules: PostRules, changes: [Phrase])
    -> Variant
  {
    var changes = changes
    let first = TextPieces.sentences(text).first ?? text
    var title = first.trimmingTrailing(".")
    if let limit = rules.title, PlatformCounter.countTitle(title, on: platform)?.valid == false {
      title =
        TextPieces.shorten(title) { PlatformCounter.countTitle($0, on: platform)?.valid ?? true }
        .text
      changes.append(
        Phrase(
          "adapt.titleShortened",
          [
            "limit": .number(limit.limit ?? 0), "unit": .phrase(limit.unit.nounPhrase),
            "source": .text(limit.source.short),
          ]))
    }
    let field = Phrase.Value.phrase(PostLimit.fieldPhrase(rules.text.field))
    changes.append(Phrase("adapt.titleFirst", ["field": field]))
    var description = text
    for character in rules.text.forbidden where description.containsCharacter(character) {
      description = String(description.filter { $0 != character })
      changes.append(
        Phrase(
          "adapt.removed",
          [
            "character": .text(String(character)), "platform": .text(platform.displayName),
            "field": field,
          ]))
    }
    let count = PlatformCounter.count(description, on: platform)
    if !count.valid {
      let (short, how) = TextPieces.shorten(description) {
        PlatformCounter.isValid($0, on: platform)
      }
      changes.append(
        Phrase(
          "adapt.fieldShortened",
          [
            "field": field, "from": .number(count.length),
            "to": .number(PlatformCounter.count(short, on: platform).length),
            "unit": .phrase(count.unit.nounPhrase), "how": .phrase(how),
          ]))
      description = short
    } else {
      changes.append(fitsNote(count, platform: platform))
    }
    return Variant(text: description, title: title, notes: changes)
  }

  /// The blog: an outline — a title, one section per pillar the message touches (or per
  /// paragraph), and the points to develop.
  static func outline(
    _ text: String, line: EditorialLine, changes: [Phrase], brand: BrandName, language: Language
  ) -> Variant {
    let s = Strings.of(language)
    var changes = changes
    var text = text
    let tags = TextPieces.hashtags(text)
    if !tags.isEmpty {
      text = remove(tags, from: text)
      changes.append(Phrase("adapt.noHashtags"))
    }
    let sentences = TextPieces.sentences(text)
    let title = (sentences.first ?? text).trimmingTrailing(".")
    let ending = title.last.map { ".!?…".contains($0) } ?? false ? "" : "."
    var lines = [
      "# \(title)", "", "## " + s("outline.introduction"),
      "- " + s("outline.takeAway", ["brand": brand.value, "title": title + ending]),
    ]
    let rest = Array(sentences.dropFirst())
    if rest.isEmpty {
      lines += [
        "", "## " + s("outline.develop"), "- " + s("outline.explain", ["brand": brand.value]),
        "- " + s("outline.tip"),
      ]
    } else {
      lines += ["", "## " + s("outline.points")] + rest.map { "- \($0)" }
    }
    let lower = text.lowercased()
    let touched = line.pillars.filter { lower.containsText($0.lowercased()) }
    if !touched.isEmpty {
      lines += ["", "## " + s("outline.pillars")] + touched.map { "- \($0)" }
    }
    lines += ["", "## " + s("outline.conclusion"), "- " + s("outline.callToAction")]
    changes.append(Phrase("adapt.outline"))
    return Variant(text: lines.joined(separator: "\n"), title: title, notes: changes)
  }

  static func normaliseSpaces(_ text: String) -> String {
    // Fast path: nothing to tidy (no double space, no tab, no space next to a line break, no
    // blank lines, no space at either end).
    let bytes = text.utf8
    var previous: UInt8 = 0x0A
    var tidy = true
    var lineBreaks = 0
    for byte in bytes {
      if byte == 0x09 || (byte == 0x20 && (previous == 0x20 || previous == 0x0A))
        || (byte == 0x0A && (previous == 0x20 || lineBreaks > 0 && previous == 0x0A))
      {
        tidy = false
        break
      }
      lineBreaks = byte == 0x0A ? lineBreaks + 1 : 0
      previous = byte
    }
    if tidy && previous != 0x20 && previous != 0x0A { return text }
    // Lines split on the byte of the line break, but where "\r\n" (one character) may hold it.
    let rawLines =
      text.utf8.contains(0x0D)
      ? text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      : text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map {
        String(decoding: $0, as: UTF8.self)
      }
    var lines = rawLines.map { TextPieces.words($0).joined(separator: " ") }
    var result: [String] = []
    for line in lines where !(line.isEmpty && (result.last?.isEmpty ?? true)) {
      result.append(line)
    }
    while result.last?.isEmpty == true { result.removeLast() }
    lines = result
    return lines.joined(separator: "\n")
  }

  static func remove(_ piece: String, from text: String) -> String {
    normaliseSpaces(text.replacingAll(piece, with: ""))
  }

  /// Removes every piece, tidying the spaces once.
  static func remove(_ pieces: [String], from text: String) -> String {
    guard !pieces.isEmpty else { return text }
    var result = text
    for piece in pieces { result = result.replacingAll(piece, with: "") }
    return normaliseSpaces(result)
  }
}
