/// Adapts a core message to one platform, by the platform's rules: length in its own unit
/// (shortened at sentence or word boundaries, or split into a numbered thread where threads are
/// the norm), hashtags within the cap and the advice, links where they work, the register of
/// the platform, a title and description for YouTube and Pinterest, an outline for the blog.
/// Every change is listed with why. Deterministic: the same message and state give the same
/// variant.
public enum Adapter {
  /// Platforms where a long text becomes a numbered thread rather than being cut.
  public static let threadPlatforms: Set<Platform> = [.x, .threads, .bluesky, .mastodon]
  /// The most parts a thread gets.
  public static let maximumThreadParts = 10

  /// The variant of `message` for `platform`, in the brand's `line`.
  public static func adapt(
    _ message: ContentMessage, to platform: Platform, line: EditorialLine, brand: BrandName
  ) -> Variant {
    let rules = PlatformCatalog.entry(platform).post
    var changes: [String] = []
    var text = normaliseSpaces(message.text)
    if text != message.text { changes.append("spaces and blank lines tidied") }

    // Links.
    let urls = TextPieces.urls(text)
    if !urls.isEmpty {
      switch rules.links.value {
      case .notClickable:
        for url in urls { text = normaliseSpaces(text.replacingAll(url, with: "(link in bio)")) }
        changes.append(
          "\(urls.count == 1 ? "link" : "\(urls.count) links") moved to the profile: links in \(platform.displayName) posts are not clickable, so the text says \"link in bio\" — \(rules.links.source.short)"
        )
      case .separateField:
        text = remove(urls, from: text)
        changes.append(
          "link moved to the pin's own link field (\(urls[0])): links in \(platform.displayName) descriptions are not clickable — \(rules.links.source.short)"
        )
      case .clickable, .unknown:
        if let weight = rules.urlWeight {
          changes.append(
            "\(urls.count == 1 ? "the URL counts \(weight.value)" : "\(urls.count) URLs count \(weight.value) each"), whatever its length — \(weight.source.short)"
          )
        }
      }
    }

    // Hashtags.
    let tags = TextPieces.hashtags(text)
    var keep = tags.count
    if let cap = rules.hashtagCap, tags.count > cap.value {
      keep = cap.value
      changes.append(
        "hashtags cut from \(tags.count) to \(cap.value), the cap on \(platform.displayName) — \(cap.source.short)"
      )
    } else if let advice = rules.hashtagAdvice, tags.count > advice.value.upperBound {
      keep = advice.value.upperBound
      changes.append(
        "hashtags cut from \(tags.count) to \(advice.value.upperBound): \(advice.value.lowerBound)–\(advice.value.upperBound) is the advice on \(platform.displayName) — \(advice.source.short)"
      )
    }
    if keep < tags.count {
      text = remove(Array(tags.dropFirst(keep)), from: text)
    }
    if platform == .linkedin, keep > 0 {
      // LinkedIn: hashtags at the end, after the text.
      let kept = Array(tags.prefix(keep))
      let body = remove(kept, from: text)
      let moved = body.trimmingWhiteSpace() + "\n\n" + kept.joined(separator: " ")
      if moved != text {
        text = moved
        changes.append("hashtags gathered at the end, where LinkedIn readers expect them")
      }
    }

    // Register.
    let tone = line.tone(on: platform)
    let (registered, toneChanges) = register(text, tone: tone, platform: platform)
    text = registered
    changes += toneChanges

    // Shape: title + description, outline, thread, or one post.
    switch platform {
    case .youtube, .pinterest:
      return titled(text, platform: platform, rules: rules, changes: changes)
    case .blog:
      return outline(text, line: line, changes: changes, brand: brand)
    default:
      break
    }
    let count = PlatformCounter.count(text, on: platform)
    if count.valid || count.limit == nil {
      if count.valid { changes.append(fitsNote(count, platform: platform)) }
      return Variant(text: text, changes: changes)
    }
    if threadPlatforms.contains(platform) {
      let parts = thread(text, platform: platform)
      changes.append(
        "split into a thread of \(parts.count) numbered parts: the text is \(count.length)/\(count.limit ?? 0) \(count.unit.noun) on \(platform.displayName), and each part fits"
      )
      return Variant(text: parts.joined(separator: "\n\n"), parts: parts, changes: changes)
    }
    let (short, how) = TextPieces.shorten(text) { PlatformCounter.isValid($0, on: platform) }
    let after = PlatformCounter.count(short, on: platform)
    changes.append(
      "shortened from \(count.length) to \(after.length) \(count.unit.noun) (limit \(count.limit ?? 0) on \(platform.displayName)), \(how)"
    )
    return Variant(text: short, changes: changes)
  }

  static func fitsNote(_ count: TextCount, platform: Platform) -> String {
    guard let limit = count.limit else {
      return "\(count.length) \(count.unit.noun); \(platform.displayName) sets no limit"
    }
    return "fits: \(count.length)/\(limit) \(count.unit.noun)"
  }

  /// Light, safe register changes: no "!!!" on LinkedIn, no shouting anywhere.
  static func register(_ text: String, tone: String, platform: Platform) -> (String, [String]) {
    var result = text
    var changes: [String] = []
    if tone.contains("professional") || tone.contains("expert") {
      var collapsed = result
      while collapsed.contains("!!") { collapsed = collapsed.replacingAll("!!", with: "!") }
      if collapsed != result {
        result = collapsed
        changes.append(
          "repeated exclamation marks reduced: the register on \(platform.displayName) is \(tone)")
      }
    }
    let words = TextPieces.words(result)
    let shouted = words.filter {
      $0.count > 3 && $0 == $0.uppercased() && $0.contains(where: \.isLetter) && !$0.hasPrefix("#")
        && !$0.hasPrefix("http")
    }
    if !shouted.isEmpty && shouted.count * 3 > words.count {
      changes.append(
        "note: most words are in capitals, which reads as shouting on \(platform.displayName) (\(tone)); left as written"
      )
    }
    return (result, changes)
  }

  /// A numbered thread: parts cut at sentence ends, else word boundaries, each within the limit
  /// with its "i/n" number.
  static func thread(_ text: String, platform: Platform) -> [String] {
    var total = 2
    while true {
      let parts = split(text, platform: platform, total: total)
      if parts.count <= total || total >= maximumThreadParts {
        return parts.enumerated().map { "\($0.element) \($0.offset + 1)/\(parts.count)" }
      }
      total = parts.count
    }
  }

  private static func split(_ text: String, platform: Platform, total: Int) -> [String] {
    let marker = " \(total)/\(total)"
    func fits(_ candidate: String) -> Bool {
      PlatformCounter.count(candidate + marker, on: platform).valid
    }
    var parts: [String] = []
    var rest = text
    while !rest.isEmpty && parts.count < maximumThreadParts {
      if fits(rest) {
        parts.append(rest)
        break
      }
      let (piece, _) = TextPieces.shorten(rest, fits: fits)
      let clean = piece.hasSuffix("…") ? String(piece.dropLast()) : piece
      guard !clean.isEmpty else { break }
      parts.append(piece)
      rest = String(rest.dropFirst(clean.count)).trimmingWhiteSpace()
    }
    return parts
  }

  /// YouTube and Pinterest: a title from the first sentence, the text as the description.
  static func titled(_ text: String, platform: Platform, rules: PostRules, changes: [String])
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
        "title shortened to fit \(limit.limit ?? 0) \(limit.unit.noun) — \(limit.source.short)")
    }
    changes.append("title taken from the first sentence; the message is the \(rules.text.field)")
    var description = text
    for character in rules.text.forbidden where description.contains(character) {
      description = String(description.filter { $0 != character })
      changes.append(
        "\"\(character)\" removed: \(platform.displayName) refuses it in a \(rules.text.field)")
    }
    let count = PlatformCounter.count(description, on: platform)
    if !count.valid {
      let (short, how) = TextPieces.shorten(description) {
        PlatformCounter.isValid($0, on: platform)
      }
      changes.append(
        "\(rules.text.field) shortened from \(count.length) to \(PlatformCounter.count(short, on: platform).length) \(count.unit.noun), \(how)"
      )
      description = short
    } else {
      changes.append(fitsNote(count, platform: platform))
    }
    return Variant(text: description, title: title, changes: changes)
  }

  /// The blog: an outline — a title, one section per pillar the message touches (or per
  /// paragraph), and the points to develop.
  static func outline(_ text: String, line: EditorialLine, changes: [String], brand: BrandName)
    -> Variant
  {
    var changes = changes
    var text = text
    let tags = TextPieces.hashtags(text)
    if !tags.isEmpty {
      text = remove(tags, from: text)
      changes.append("hashtags left out: an article is found through search, not hashtags")
    }
    let sentences = TextPieces.sentences(text)
    let title = (sentences.first ?? text).trimmingTrailing(".")
    let ending = title.last.map { ".!?…".contains($0) } ?? false ? "" : "."
    var lines = [
      "# \(title)", "", "## Introduction",
      "- What \(brand.value) wants the reader to take away: \(title)\(ending)",
    ]
    let rest = Array(sentences.dropFirst())
    if rest.isEmpty {
      lines += [
        "", "## Develop", "- Explain the why and the how, with an example from \(brand.value).",
        "- Give one practical tip the reader can use today.",
      ]
    } else {
      lines += ["", "## Points to develop"] + rest.map { "- \($0)" }
    }
    let lower = text.lowercased()
    let touched = line.pillars.filter { lower.contains($0.lowercased()) }
    if !touched.isEmpty {
      lines += ["", "## Pillars"] + touched.map { "- \($0)" }
    }
    lines += ["", "## Conclusion", "- One call to action, and links to the related posts."]
    changes.append(
      "turned into a blog outline: a title, the points to develop, a conclusion; write the article from it"
    )
    return Variant(text: lines.joined(separator: "\n"), title: title, changes: changes)
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
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      TextPieces.words(String($0)).joined(separator: " ")
    }
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

extension String {
  /// Every occurrence of `target` replaced by `replacement` (Foundation-free; a byte search,
  /// safe since both are whole UTF-8 strings).
  func replacingAll(_ target: String, with replacement: String) -> String {
    let needle = Array(target.utf8)
    guard !needle.isEmpty else { return self }
    let hay = Array(utf8)
    guard hay.count >= needle.count else { return self }
    var out: [UInt8] = []
    out.reserveCapacity(hay.count)
    let patch = Array(replacement.utf8)
    var index = 0
    var replaced = false
    while index < hay.count {
      if hay[index] == needle[0] && index + needle.count <= hay.count
        && hay[index..<(index + needle.count)].elementsEqual(needle)
      {
        out += patch
        index += needle.count
        replaced = true
      } else {
        out.append(hay[index])
        index += 1
      }
    }
    return replaced ? String(decoding: out, as: UTF8.self) : self
  }
}
