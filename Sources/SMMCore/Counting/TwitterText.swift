// X's weighted length: a port of twitter-text's `parseTweet` (js/src/parseTweet.js,
// rb/lib/twitter-text/validation.rb) and of the URL extraction it relies on
// (js/src/extractUrlsWithIndices.js and js/src/regexp/*), from twitter/twitter-text,
// commit 30e2430d (2021-10-21), Apache-2.0 (notice and licence: `twitter-text-NOTICE` beside this
// file). The TLD lists at the end of this file are copied from
// js/src/regexp/validGTLD.js and validCCTLD.js of the same commit.
//
// NFC normalisation comes from the standard library's normaliser, which it offers as SPI
// (`_nfcCodeUnits`, the one swift-foundation builds on) and String comparison uses: there is
// no documented public API for it yet, and Foundation's `precomposedStringWithCanonicalMapping`
// goes through CFString on Linux, several times slower. `TextScanTests` checks the two agree.

@_spi(_Unicode) import Swift

/// twitter-text's weighted length, which X counts posts in (`reference/domain.md` §3).
///
/// The text is normalised to NFC; every URL weighs `transformedURLLength` (23); with
/// `emojiParsingEnabled` (v3) every emoji sequence weighs `defaultWeight` (2 characters) once, ZWJ
/// families, skin tones, flags and keycaps included; every other code point weighs what its range
/// says (1 character for Latin through Georgian, general punctuation spaces, dashes, quotes and
/// primes), or `defaultWeight` (2 characters: CJK, most symbols). U+FFFE, U+FEFF and U+FFFF make
/// the text invalid.
public enum TwitterText {
  /// A range of code points and the weight each of them has.
  public struct WeightRange: Equatable, Sendable {
    /// The code points.
    public var codePoints: ClosedRange<UInt32>
    /// The weight of each, in 1/`scale` characters.
    public var weight: Int

    /// Creates a range.
    public init(_ codePoints: ClosedRange<UInt32>, weight: Int) {
      self.codePoints = codePoints
      self.weight = weight
    }
  }

  /// A twitter-text configuration file (`config/v2.json`, `config/v3.json`).
  public struct Configuration: Equatable, Sendable {
    /// The configuration's version.
    public var version: Int
    /// The most a post may weigh, in characters (280).
    public var maxWeightedTweetLength: Int
    /// The weights' denominator (100: a weight of 100 is one character).
    public var scale: Int
    /// The weight of a code point in no range, and of an emoji sequence (200).
    public var defaultWeight: Int
    /// What every URL counts, in characters (23).
    public var transformedURLLength: Int
    /// Whether an emoji sequence weighs `defaultWeight` once (v3) or the sum of its code points
    /// (v2).
    public var emojiParsingEnabled: Bool
    /// The ranges of code points lighter than `defaultWeight`.
    public var ranges: [WeightRange]

    /// Creates a configuration.
    public init(
      version: Int, maxWeightedTweetLength: Int, scale: Int, defaultWeight: Int,
      transformedURLLength: Int, emojiParsingEnabled: Bool, ranges: [WeightRange]
    ) {
      self.version = version
      self.maxWeightedTweetLength = maxWeightedTweetLength
      self.scale = scale
      self.defaultWeight = defaultWeight
      self.transformedURLLength = transformedURLLength
      self.emojiParsingEnabled = emojiParsingEnabled
      self.ranges = ranges
    }

    /// The four ranges of v2 and v3, each code point weighing 100 (one character).
    static let lightRanges: [WeightRange] = [
      WeightRange(0...4351, weight: 100),  // U+0000–U+10FF: Latin through Georgian
      WeightRange(8192...8205, weight: 100),  // U+2000–U+200D: spaces, ZWSP, ZWNJ, ZWJ
      WeightRange(8208...8223, weight: 100),  // U+2010–U+201F: dashes, quotes
      WeightRange(8242...8247, weight: 100),  // U+2032–U+2037: primes
    ]

    /// `config/v2.json`: emoji count the sum of their code points.
    public static let v2 = Configuration(
      version: 2, maxWeightedTweetLength: 280, scale: 100, defaultWeight: 200,
      transformedURLLength: 23, emojiParsingEnabled: false, ranges: lightRanges)

    /// `config/v3.json`, the default and what X counts with: every emoji sequence counts 2.
    public static let v3 = Configuration(
      version: 3, maxWeightedTweetLength: 280, scale: 100, defaultWeight: 200,
      transformedURLLength: 23, emojiParsingEnabled: true, ranges: lightRanges)
  }

  /// What `parse` finds, as twitter-text's `parseTweet` returns it.
  public struct Result: Equatable, Sendable {
    /// The weighted length, in characters.
    public var weightedLength: Int
    /// Whether the post can be sent: no invalid character and at most `maxWeightedTweetLength`.
    public var valid: Bool
    /// `weightedLength` in thousandths of `maxWeightedTweetLength`, rounded down.
    public var permillage: Int
    /// The first UTF-16 index of the text to display (always 0).
    public var displayRangeStart: Int
    /// The last UTF-16 index (inclusive) of the original text; 0 for an empty text.
    public var displayRangeEnd: Int
    /// The first UTF-16 index of the part that fits (always 0).
    public var validRangeStart: Int
    /// The last UTF-16 index (inclusive) of the part that fits and precedes any invalid character.
    public var validRangeEnd: Int

    /// Creates a result.
    public init(
      weightedLength: Int, valid: Bool, permillage: Int, displayRangeStart: Int,
      displayRangeEnd: Int, validRangeStart: Int, validRangeEnd: Int
    ) {
      self.weightedLength = weightedLength
      self.valid = valid
      self.permillage = permillage
      self.displayRangeStart = displayRangeStart
      self.displayRangeEnd = displayRangeEnd
      self.validRangeStart = validRangeStart
      self.validRangeEnd = validRangeEnd
    }
  }

  /// A URL found in a text.
  public struct URLEntity: Equatable, Sendable {
    /// The URL as written.
    public var url: String
    /// Whether it starts with `http://` or `https://` (otherwise a bare domain such as `test.co`).
    public var hasProtocol: Bool
    /// Where it is, in UTF-16 offsets into the text searched.
    public var range: Range<Int>

    /// Creates an entity.
    public init(url: String, hasProtocol: Bool, range: Range<Int>) {
      self.url = url
      self.hasProtocol = hasProtocol
      self.range = range
    }
  }

  // MARK: Parsing

  /// The weighted length of `text` and its ranges, counted as X counts it.
  ///
  /// Ranges are inclusive UTF-16 indices into `text` itself (not its NFC form), as in twitter-text.
  /// An empty text is valid here, as in the Ruby library (the JavaScript one requires a length of
  /// at least 1).
  public static func parse(_ text: String, configuration: Configuration = .v3) -> Result {
    parse(TextScan(text), configuration: configuration)
  }

  /// `parse(_:configuration:)` on a text already scanned, so that one scan serves every count.
  static func parse(_ scan: TextScan, configuration: Configuration = .v3) -> Result {
    weigh(scan, configuration: configuration).result
  }

  /// `parse`, and the number of emoji sequences it weighed (those outside URLs).
  static func weigh(
    _ scan: TextScan, configuration: Configuration = .v3
  ) -> (result: Result, emoji: Int) {
    var emoji = 0
    let scalars = scan.normalizedScalars
    let urls = scan.normalizedURLRanges
    var nextURL = 0

    let maxWeight = configuration.maxWeightedTweetLength * configuration.scale
    var weight = 0
    var sawInvalid = false
    var validDisplayIndex = 0
    // The UTF-16 offset of `index`, kept as the loop goes (no table of offsets).
    var offset = 0
    var index = 0
    while index < scalars.count {
      let end: Int
      // A URL that began inside an emoji sequence is skipped, as a lookup by start would.
      while nextURL < urls.count, urls[nextURL].lowerBound < index { nextURL += 1 }
      if nextURL < urls.count, urls[nextURL].lowerBound == index {
        weight += configuration.transformedURLLength * configuration.scale
        end = urls[nextURL].upperBound
        nextURL += 1
      } else if configuration.emojiParsingEnabled,
        let emojiEnd = emojiSequenceEnd(in: scalars, from: index)
      {
        weight += configuration.defaultWeight
        emoji += 1
        end = emojiEnd
      } else {
        weight += self.weight(of: scalars[index], in: configuration)
        if isInvalid(scalars[index]) { sawInvalid = true }
        end = index + 1
      }
      for position in index..<end { offset += UTF16.width(scalars[position]) }
      if !sawInvalid && weight <= maxWeight { validDisplayIndex = offset - 1 }
      index = end
    }

    let weightedLength = weight / configuration.scale
    let originalLength = scan.utf16Count
    let normalizationOffset = originalLength - offset
    let result = Result(
      weightedLength: weightedLength,
      valid: !sawInvalid && weightedLength <= configuration.maxWeightedTweetLength,
      permillage: weightedLength * 1000 / configuration.maxWeightedTweetLength,
      displayRangeStart: 0,
      displayRangeEnd: originalLength > 0 ? originalLength - 1 : 0,
      validRangeStart: 0,
      validRangeEnd: validDisplayIndex + normalizationOffset)
    return (result, emoji)
  }

  /// The URLs in `text` as twitter-text extracts them: with `http(s)://`, or bare domains whose
  /// TLD is valid (`test.co`), each host label at most 63 characters once punycode-encoded.
  ///
  /// `text` is searched as given; `parse` searches its NFC form.
  public static func extractURLs(_ text: String) -> [URLEntity] {
    let scalars = Array(text.unicodeScalars)
    return entities(urlRanges(in: scalars), in: scalars)
  }

  /// The URLs in `scalars`, as ranges of code points, in order.
  /// `everyPosition` tries the pattern at every position, without the shortcuts that skip
  /// where no URL can start (tests compare the two).
  static func urlRanges(
    in scalars: [Unicode.Scalar], everyPosition: Bool = false
  ) -> [(range: Range<Int>, hasProtocol: Bool)] {
    let spans = everyPosition ? [0..<scalars.count] : URLScanner.candidateSpans(scalars)
    guard !spans.isEmpty else { return [] }
    return URLScanner(scalars).scan(spans).map { ($0.range, $0.hasProtocol) }
  }

  /// The URL entities of `found` in `scalars`, with their UTF-16 ranges.
  static func entities(
    _ found: [(range: Range<Int>, hasProtocol: Bool)], in scalars: [Unicode.Scalar]
  ) -> [URLEntity] {
    guard !found.isEmpty else { return [] }
    let offsets = utf16Offsets(scalars)
    return found.map { found in
      var url = String.UnicodeScalarView()
      url.append(contentsOf: scalars[found.range])
      return URLEntity(
        url: String(url), hasProtocol: found.hasProtocol,
        range: offsets[found.range.lowerBound]..<offsets[found.range.upperBound])
    }
  }

  /// `text` in Unicode Normalization Form C, by the standard library's normaliser (the one
  /// String comparison uses; Foundation's went through CFString, at several times the cost).
  /// `TextScanTests` compares the two.
  static func nfc(_ text: String) -> String {
    String(decoding: text._nfcCodeUnits, as: UTF8.self)
  }

  /// Whether twitter-text refuses `scalar` (U+FFFE, U+FEFF, U+FFFF).
  static func isInvalid(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0xFFFE, 0xFEFF, 0xFFFF: return true
    default: return false
    }
  }

  /// The weight of one code point under `configuration`.
  static func weight(of scalar: Unicode.Scalar, in configuration: Configuration) -> Int {
    for range in configuration.ranges where range.codePoints.contains(scalar.value) {
      return range.weight
    }
    return configuration.defaultWeight
  }

  /// `offsets[i]` is the UTF-16 offset of `scalars[i]`; `offsets[scalars.count]` the length.
  static func utf16Offsets(_ scalars: [Unicode.Scalar]) -> [Int] {
    var offsets = [0]
    offsets.reserveCapacity(scalars.count + 1)
    var offset = 0
    for scalar in scalars {
      offset += UTF16.width(scalar)
      offsets.append(offset)
    }
    return offsets
  }

  // MARK: Emoji

  /// The end (exclusive) of the emoji sequence starting at `index`, or nil when none starts there.
  ///
  /// A sequence is one or more elements joined by ZWJ (U+200D). An element is a pair of regional
  /// indicators (a flag), a keycap (`#`, `*` or a digit, optionally U+FE0F, then U+20E3), or an
  /// emoji code point followed by a skin tone modifier, by U+FE0F, or by a tag sequence
  /// (subdivision flags). A lone text-style emoji (`©`, `☺` without U+FE0F) is not a sequence:
  /// its code point is weighed as any other, as in twitter-text's Ruby emoji pattern.
  static func emojiSequenceEnd(in scalars: [Unicode.Scalar], from index: Int) -> Int? {
    guard var (end, qualified) = emojiElement(in: scalars, from: index) else { return nil }
    while end + 1 < scalars.count, scalars[end].value == 0x200D,
      let (next, _) = emojiElement(in: scalars, from: end + 1)
    {
      end = next
      qualified = true
    }
    return qualified ? end : nil
  }

  /// One element of an emoji sequence: its end, and whether it shows as an emoji on its own.
  private static func emojiElement(
    in scalars: [Unicode.Scalar], from index: Int
  ) -> (end: Int, qualified: Bool)? {
    guard index < scalars.count else { return nil }
    let first = scalars[index]
    func value(at position: Int) -> UInt32? {
      position < scalars.count ? scalars[position].value : nil
    }
    if isRegionalIndicator(first.value) {
      if let next = value(at: index + 1), isRegionalIndicator(next) { return (index + 2, true) }
      return (index + 1, true)
    }
    if first.value < 0x80 {
      // Below U+0080 only the keycap bases are emoji, with U+20E3 after them.
      guard first == "#" || first == "*" || (0x30...0x39).contains(first.value) else { return nil }
      var end = index + 1
      if value(at: end) == 0xFE0F { end += 1 }
      return value(at: end) == 0x20E3 ? (end + 1, true) : nil
    }
    // Most code points are no emoji: no property lookup for them.
    guard mightBeEmoji(first.value) else { return nil }
    let properties = first.properties
    guard properties.isEmoji else { return nil }
    var end = index + 1
    var qualified = properties.isEmojiPresentation
    if let next = value(at: end) {
      if next == 0xFE0E { return nil }
      if properties.isEmojiModifierBase, (0x1F3FB...0x1F3FF).contains(next) {
        end += 1
        qualified = true
      } else if next == 0xFE0F {
        end += 1
        qualified = true
      }
    }
    var tag = end
    while let next = value(at: tag), (0xE0020...0xE007E).contains(next) { tag += 1 }
    if tag > end, value(at: tag) == 0xE007F {
      end = tag + 1
      qualified = true
    }
    return (end, qualified)
  }

  /// False for a code point that is surely not an emoji (`Emoji=No`): the emoji other than the
  /// keycap bases and the regional indicators are ©, ®, and in U+203C–U+2B55, U+3030, U+303D,
  /// U+3297, U+3299 and U+1F000–U+1FAFF (`TwitterTextConformanceTests` checks every code point).
  static func mightBeEmoji(_ value: UInt32) -> Bool {
    switch value {
    case 0xA9, 0xAE, 0x203C...0x2B55, 0x3030, 0x303D, 0x3297, 0x3299, 0x1F000...0x1FAFF:
      return true
    default:
      return false
    }
  }

  private static func isRegionalIndicator(_ value: UInt32) -> Bool {
    (0x1F1E6...0x1F1FF).contains(value)
  }
}

// MARK: - URL extraction

/// Finds URLs as twitter-text's `extractUrlsWithIndices` does, on code points rather than UTF-16
/// code units: the `extractUrl` pattern (preceding character, optional protocol, domain with a
/// valid TLD, port, path, query), then its checks (IDNA label lengths, 4,096 characters at most,
/// t.co slugs, ASCII-only domains for URLs without a protocol).
private final class URLScanner {
  struct Found {
    var range: Range<Int>
    var hasProtocol: Bool
  }

  let s: [Unicode.Scalar]
  /// `runEnds[i]`: the end of the run of label characters (domain characters, `-`, `_`)
  /// starting at `i`, or -1 while it has not been asked for. A run is read once, when a
  /// position in it is first asked about, and its end kept for all its positions: every attempt
  /// reads a label in one step (a long run without spaces, such as CJK prose, would otherwise be
  /// read again from each of its positions), and the runs no attempt reaches are never read.
  private var runEnds: [Int32]

  init(_ scalars: [Unicode.Scalar]) {
    s = scalars
    runEnds = [Int32](repeating: -1, count: scalars.count + 1)
  }

  /// The end of the run of label characters starting at `position` (`position` itself when
  /// none starts there).
  private func labelRunEnd(_ position: Int) -> Int {
    let known = runEnds[position]
    if known >= 0 { return Int(known) }
    var scanned = position
    var end = position
    while true {
      guard scanned < s.count else {
        end = scanned
        break
      }
      // A later position of the same run already read: its end is this run's.
      if scanned > position, runEnds[scanned] >= 0 {
        end = Int(runEnds[scanned])
        break
      }
      let scalar = s[scanned]
      guard scalar == "-" || scalar == "_" || Self.isDomainCharacter(scalar.value) else {
        end = scanned
        break
      }
      scanned += 1
    }
    for inside in position..<scanned { runEnds[inside] = Int32(end) }
    // The position that ends the run starts an empty one.
    runEnds[end] = Int32(end)
    return end
  }

  /// The URLs that start in `spans` (`candidateSpans`, or the whole text).
  func scan(_ spans: [Range<Int>]) -> [Found] {
    var found: [Found] = []
    var position = 0
    var span = 0
    while position < s.count {
      // Only positions in a span can start a match: jump to the next one.
      while span < spans.count, spans[span].upperBound <= position { span += 1 }
      guard span < spans.count else { break }
      position = max(position, spans[span].lowerBound)
      guard let match = match(at: position) else {
        position += 1
        continue
      }
      position = match.end
      found.append(contentsOf: accept(match))
    }
    return found
  }

  /// The positions where a match can start, in order. A URL holds no space, and its domain a
  /// dot between two domain characters (a label's last, its TLD's first): a match starts in a
  /// stretch without spaces that holds such a dot, or on the character just before it (the
  /// pattern's preceding character). Elsewhere nothing is tried.
  static func candidateSpans(_ s: [Unicode.Scalar]) -> [Range<Int>] {
    var spans: [Range<Int>] = []
    var start = 0
    var hasDot = false
    for index in 0...s.count {
      let isSpace: Bool
      if index == s.count {
        isSpace = true
      } else {
        let value = s[index].value
        isSpace =
          value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : Self.isSpace(value)
      }
      if isSpace {
        if hasDot { spans.append(max(start - 1, 0)..<index) }
        start = index + 1
        hasDot = false
      } else if s[index] == ".", index > start, index + 1 < s.count,
        Self.isDomainCharacter(s[index - 1].value), Self.isDomainCharacter(s[index + 1].value)
      {
        hasDot = true
      }
    }
    return spans
  }

  // MARK: The pattern

  struct Match {
    /// The character before the URL (`$2`), or nil at the start of the text.
    var before: Unicode.Scalar?
    var start: Int
    var protocolEnd: Int?
    var domain: Range<Int>
    var path: Range<Int>?
    var end: Int
  }

  /// The `extractUrl` pattern at `position`: first with a preceding character consumed there,
  /// then (at the start of the text only) with none.
  private func match(at position: Int) -> Match? {
    if isValidPrecedingCharacter(s[position].value),
      var match = urlBody(at: position + 1)
    {
      match.before = s[position]
      return match
    }
    if position == 0 { return urlBody(at: 0) }
    return nil
  }

  private func urlBody(at start: Int) -> Match? {
    guard start < s.count else { return nil }
    if let afterProtocol = protocolEnd(at: start),
      let domainEnd = domain(at: afterProtocol)
    {
      return rest(start: start, protocolEnd: afterProtocol, domain: afterProtocol..<domainEnd)
    }
    if let domainEnd = domain(at: start) {
      return rest(start: start, protocolEnd: nil, domain: start..<domainEnd)
    }
    return nil
  }

  /// Port, path and query after the domain.
  private func rest(start: Int, protocolEnd: Int?, domain: Range<Int>) -> Match {
    var end = domain.upperBound
    if end + 1 < s.count, s[end] == ":", isDigit(s[end + 1].value) {
      end += 1
      while end < s.count, isDigit(s[end].value) { end += 1 }
    }
    var path: Range<Int>?
    if end < s.count, s[end] == "/" {
      let pathEnd = self.pathEnd(after: end + 1)
      path = end..<pathEnd
      end = pathEnd
    }
    if end < s.count, s[end] == "?" {
      var last: Int?
      var position = end + 1
      while position < s.count, isQueryCharacter(s[position].value) {
        if isQueryEndingCharacter(s[position].value) { last = position }
        position += 1
      }
      if let last { end = last + 1 }
    }
    return Match(
      before: nil, start: start, protocolEnd: protocolEnd, domain: domain, path: path, end: end)
  }

  private func protocolEnd(at start: Int) -> Int? {
    // Most positions hold no `h` or `H`: say no before lowercasing anything.
    guard start < s.count, s[start].value | 0x20 == 0x68 else { return nil }
    var position = start
    for letter: Unicode.Scalar in ["h", "t", "t", "p"] {
      guard position < s.count, lowercased(s[position]) == letter else { return nil }
      position += 1
    }
    if position < s.count, lowercased(s[position]) == "s" { position += 1 }
    for mark: Unicode.Scalar in [":", "/", "/"] {
      guard position < s.count, s[position] == mark else { return nil }
      position += 1
    }
    return position
  }

  /// `validSubdomain* validDomainName (validGTLD | validCCTLD | validPunycode)`, greedy: the end of
  /// the longest domain starting at `start`.
  private func domain(at start: Int) -> Int? {
    // Labels followed by a dot, while each before the last is a valid subdomain label.
    var labels: [Range<Int>] = []
    var position = start
    while position < s.count {
      let end = labelRunEnd(position)
      guard end > position, end < s.count, s[end] == "." else { break }
      labels.append(position..<end)
      position = end + 1
    }
    var subdomains = 0
    while subdomains < labels.count, isLabel(labels[subdomains], allowingUnderscore: true) {
      subdomains += 1
    }
    // The most labels first: subdomains, a domain name label, then the TLD after its dot.
    var count = min(labels.count, subdomains + 1)
    while count > 0 {
      if isLabel(labels[count - 1], allowingUnderscore: false),
        let tld = tldEnd(at: labels[count - 1].upperBound + 1)
      {
        return tld
      }
      count -= 1
    }
    return nil
  }

  /// A subdomain label (`_` allowed) or a domain name label: starts and ends with a domain
  /// character.
  private func isLabel(_ label: Range<Int>, allowingUnderscore: Bool) -> Bool {
    guard isDomainCharacter(s[label.lowerBound].value),
      isDomainCharacter(s[label.upperBound - 1].value)
    else { return false }
    return allowingUnderscore || !s[label].contains("_")
  }

  /// The end of a valid TLD at `start` (a listed TLD followed by no ASCII letter, digit, `@`, `+`
  /// or `-`; or a punycode TLD), or nil.
  private func tldEnd(at start: Int, limit: Int? = nil) -> Int? {
    let limit = limit ?? s.count
    // A listed TLD is made of label characters: no candidate runs past the label at `start`.
    guard start < limit else { return nil }
    var length = min(TLD.maxLength, limit - start, labelRunEnd(start) - start)
    while length > 0 {
      // A TLD must end where the label ends: check that first, it is cheap, and build the
      // candidate only for the lengths that pass.
      let after = start + length
      if after >= limit || !isTLDContinuation(s[after].value) {
        // Up to 8 ASCII letters: the candidate packed in an integer, no string built.
        if length <= 8, let packed = TLD.packed(s[start..<after]) {
          if TLD.packedASCII.contains(packed) { return after }
          length -= 1
          continue
        }
        var candidate = ""
        for scalar in s[start..<after] {
          candidate.unicodeScalars.append(lowercased(scalar))
        }
        if TLD.all.contains(candidate) { return after }
      }
      length -= 1
    }
    // validPunycode: xn--[\-0-9a-z]+
    guard start + 4 < limit,
      String(String.UnicodeScalarView(s[start..<(start + 4)].map(lowercased))) == "xn--"
    else { return nil }
    var end = start + 4
    while end < limit, isPunycodeCharacter(lowercased(s[end]).value) { end += 1 }
    return end > start + 4 ? end : nil
  }

  private func pathEnd(after start: Int) -> Int {
    var end = start
    var position = start
    while position < s.count {
      let value = s[position].value
      if isPathCharacter(value) {
        position += 1
        if isPathEndingCharacter(value) { end = position }
      } else if value == 0x28, let close = balancedParenthesesEnd(at: position) {
        position = close
        end = position
      } else {
        break
      }
    }
    return end
  }

  /// `\((?:P+|P*\(P+\)P*)\)` where P is a general path character.
  private func balancedParenthesesEnd(at start: Int) -> Int? {
    var position = start + 1
    while position < s.count, isPathCharacter(s[position].value) { position += 1 }
    guard position < s.count else { return nil }
    if s[position] == ")" { return position > start + 1 ? position + 1 : nil }
    guard s[position] == "(" else { return nil }
    let innerStart = position + 1
    position = innerStart
    while position < s.count, isPathCharacter(s[position].value) { position += 1 }
    guard position > innerStart, position < s.count, s[position] == ")" else { return nil }
    position += 1
    while position < s.count, isPathCharacter(s[position].value) { position += 1 }
    guard position < s.count, s[position] == ")" else { return nil }
    return position + 1
  }

  // MARK: The checks

  private func accept(_ match: Match) -> [Found] {
    guard isValidURL(match) else { return [] }
    guard match.protocolEnd != nil else { return bareDomains(match) }
    var end = match.end
    if let tco = tcoURLEnd(match) {
      guard let tco else { return [] }
      end = tco
    }
    return [Found(range: match.start..<end, hasProtocol: true)]
  }

  /// `isValidUrl`: every label at most 63 characters once punycode-encoded, and the URL with its
  /// protocol (`https://` when none) at most 4,096 UTF-16 code units.
  private func isValidURL(_ match: Match) -> Bool {
    let domain = s[match.domain]
    if domain.count >= 4, domain.prefix(4).elementsEqual("xn--".unicodeScalars),
      asciiDomains(in: match.domain).isEmpty
    {
      return false
    }
    var labelStart = match.domain.lowerBound
    for position in match.domain.lowerBound...match.domain.upperBound
    where position == match.domain.upperBound || s[position] == "." {
      let label = s[labelStart..<position]
      labelStart = position + 1
      // An ASCII label is its own punycode: its length is its count.
      let length =
        label.allSatisfy { $0.value < 0x7F }
        ? label.count : Punycode.asciiLength(of: Array(label), cappedAt: 64)
      guard (1...63).contains(length) else { return false }
    }
    let protocolLength = match.protocolEnd.map { $0 - match.start } ?? 8
    let urlLength = s[match.start..<match.end].reduce(0) { $0 + UTF16.width($1) }
    return protocolLength + urlLength <= 4096
  }

  /// A URL without a protocol: the ASCII-only domains in its domain, the last one with the path.
  private func bareDomains(_ match: Match) -> [Found] {
    if let before = match.before, "-_./".unicodeScalars.contains(before) { return [] }
    var found = asciiDomains(in: match.domain).map { Found(range: $0, hasProtocol: false) }
    if match.path != nil, !found.isEmpty {
      found[found.count - 1].range = found[found.count - 1].range.lowerBound..<match.end
    }
    return found
  }

  /// `validAsciiDomain`, global, within `domain`: `(?:[-a-z0-9À-ÿ…]+\.)+TLD`.
  private func asciiDomains(in domain: Range<Int>) -> [Range<Int>] {
    var found: [Range<Int>] = []
    var position = domain.lowerBound
    while position < domain.upperBound {
      var dots: [Int] = []
      var cursor = position
      while true {
        let labelStart = cursor
        while cursor < domain.upperBound, isASCIIDomainCharacter(s[cursor].value) { cursor += 1 }
        guard cursor > labelStart, cursor < domain.upperBound, s[cursor] == "." else { break }
        dots.append(cursor)
        cursor += 1
      }
      var match: Int?
      for dot in dots.reversed() {
        if let end = tldEnd(at: dot + 1, limit: domain.upperBound) {
          match = end
          break
        }
      }
      if let match {
        found.append(position..<match)
        position = match
      } else {
        position += 1
      }
    }
    return found
  }

  /// For a t.co URL, the end of `https?://t.co/slug(?query)`, or `.some(nil)` when the slug is
  /// longer than 40 characters; nil when the URL is not a t.co URL.
  private func tcoURLEnd(_ match: Match) -> Int?? {
    guard let protocolEnd = match.protocolEnd else { return nil }
    var position = protocolEnd
    for character in "t.co/" {
      guard position < match.end, lowercased(s[position]) == character.unicodeScalars.first else {
        return nil
      }
      position += 1
    }
    let slugStart = position
    while position < match.end, isASCIIAlphanumeric(s[position].value) { position += 1 }
    guard position > slugStart else { return nil }
    if position - slugStart > 40 { return .some(nil) }
    if position < match.end, s[position] == "?" {
      var last: Int?
      var cursor = position + 1
      while cursor < match.end, isQueryCharacter(s[cursor].value) {
        if isQueryEndingCharacter(s[cursor].value) { last = cursor }
        cursor += 1
      }
      if let last { position = last + 1 }
    }
    return position
  }

  // MARK: Character classes (js/src/regexp)

  private func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    if ("A"..."Z").contains(scalar) { return Unicode.Scalar(scalar.value + 32) ?? scalar }
    if scalar.isASCII { return scalar }
    let lower = scalar.properties.lowercaseMapping.unicodeScalars
    return lower.count == 1 ? lower.first ?? scalar : scalar
  }

  private func isDigit(_ value: UInt32) -> Bool { (0x30...0x39).contains(value) }

  private func isASCIILetter(_ value: UInt32) -> Bool {
    (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
  }

  private func isASCIIAlphanumeric(_ value: UInt32) -> Bool {
    isASCIILetter(value) || isDigit(value)
  }

  /// `punct`: ASCII punctuation except `"` and `` ` ``.
  private static func isPunctuation(_ value: UInt32) -> Bool {
    switch value {
    case 0x21, 0x23...0x2F, 0x3A...0x40, 0x5B...0x5F, 0x7B...0x7E: return true
    default: return false
    }
  }

  /// `spacesGroup`.
  private static func isSpace(_ value: UInt32) -> Bool {
    switch value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x180E, 0x2000...0x200A, 0x2028, 0x2029, 0x202F,
      0x205F, 0x3000:
      return true
    default: return false
    }
  }

  /// `directionalMarkersGroup`.
  private static func isDirectionalMarker(_ value: UInt32) -> Bool {
    switch value {
    case 0x202A...0x202E, 0x061C, 0x200E, 0x200F, 0x2066...0x2069: return true
    default: return false
    }
  }

  /// `validDomainChars`: anything but punctuation, spaces, invalid characters and directional
  /// markers.
  private func isDomainCharacter(_ value: UInt32) -> Bool { Self.isDomainCharacter(value) }

  private static func isDomainCharacter(_ value: UInt32) -> Bool {
    if value < 0x80 {
      // One bit per ASCII code point.
      let bits = value < 0x40 ? asciiDomainCharacters.low : asciiDomainCharacters.high
      return bits >> UInt64(value & 0x3F) & 1 == 1
    }
    return !isPunctuation(value) && !isSpace(value) && !isDirectionalMarker(value)
      && !(value == 0xFFFE || value == 0xFEFF || value == 0xFFFF)
  }

  /// `isDomainCharacter` for U+0000–U+007F, as two 64-bit masks.
  private static let asciiDomainCharacters: (low: UInt64, high: UInt64) = {
    var low: UInt64 = 0
    var high: UInt64 = 0
    for value in UInt32(0)..<0x80
    where !isPunctuation(value) && !isSpace(value) && !isDirectionalMarker(value) {
      if value < 0x40 { low |= 1 << UInt64(value) } else { high |= 1 << UInt64(value - 0x40) }
    }
    return (low, high)
  }()

  /// `validUrlPrecedingChars`: anything but ASCII letters and digits, `@`, `＠`, `$`, `#`, `＃` and
  /// invalid characters.
  private func isValidPrecedingCharacter(_ value: UInt32) -> Bool {
    switch value {
    case 0x40, 0xFF20, 0x24, 0x23, 0xFF03, 0xFFFE, 0xFEFF, 0xFFFF: return false
    default: return !isASCIIAlphanumeric(value)
    }
  }

  /// `latinAccentChars`.
  private func isLatinAccent(_ value: UInt32) -> Bool {
    switch value {
    case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF, 0x100...0x24F, 0x253, 0x254, 0x256, 0x257, 0x259,
      0x25B, 0x263, 0x268, 0x26F, 0x272, 0x289, 0x28B, 0x2BB, 0x300...0x36F, 0x1E00...0x1EFF:
      return true
    default: return false
    }
  }

  private func isCyrillic(_ value: UInt32) -> Bool { (0x400...0x4FF).contains(value) }

  /// `validGeneralUrlPathChars`.
  private func isPathCharacter(_ value: UInt32) -> Bool {
    if isASCIIAlphanumeric(value) || isCyrillic(value) || isLatinAccent(value) { return true }
    switch value {
    case 0x21, 0x2A, 0x27, 0x3B, 0x3A, 0x3D, 0x2B, 0x2C, 0x2E, 0x24, 0x2F, 0x25, 0x23, 0x5B, 0x5D,
      0x2D, 0x2013, 0x5F, 0x7E, 0x40, 0x7C, 0x26:
      return true
    default: return false
    }
  }

  /// `validUrlPathEndingChars` (balanced parentheses aside).
  private func isPathEndingCharacter(_ value: UInt32) -> Bool {
    if isASCIIAlphanumeric(value) || isCyrillic(value) || isLatinAccent(value) { return true }
    switch value {
    case 0x2B, 0x2D, 0x3D, 0x5F, 0x23, 0x2F: return true
    default: return false
    }
  }

  /// `validUrlQueryChars`.
  private func isQueryCharacter(_ value: UInt32) -> Bool {
    if isASCIIAlphanumeric(value) { return true }
    switch value {
    case 0x21, 0x3F, 0x2A, 0x27, 0x40, 0x28, 0x29, 0x3B, 0x3A, 0x26, 0x3D, 0x2B, 0x24, 0x2F, 0x25,
      0x23, 0x5B, 0x5D, 0x2D, 0x5F, 0x2E, 0x2C, 0x7E, 0x7C:
      return true
    default: return false
    }
  }

  /// `validUrlQueryEndingChars`.
  private func isQueryEndingCharacter(_ value: UInt32) -> Bool {
    if isASCIIAlphanumeric(value) { return true }
    switch value {
    case 0x2D, 0x5F, 0x26, 0x3D, 0x23, 0x2F: return true
    default: return false
    }
  }

  /// The label characters of `validAsciiDomain`: `[-a-z0-9]` and Latin accents.
  private func isASCIIDomainCharacter(_ value: UInt32) -> Bool {
    value == 0x2D || isASCIIAlphanumeric(value) || isLatinAccent(value)
  }

  /// What may not follow a TLD: `[0-9a-zA-Z@+-]`.
  private func isTLDContinuation(_ value: UInt32) -> Bool {
    isASCIIAlphanumeric(value) || value == 0x40 || value == 0x2B || value == 0x2D
  }

  private func isPunycodeCharacter(_ value: UInt32) -> Bool {
    value == 0x2D || isDigit(value) || (0x61...0x7A).contains(value)
  }
}

// MARK: - Punycode

/// Punycode (RFC 3492) as the `punycode` npm package's `toASCII` applies it: a label split at
/// `.`, `。`, `．`, `｡`; each non-ASCII part becomes `xn--` and its Bootstring encoding.
private enum Punycode {
  /// The length of `label` after `punycode.toASCII`.
  ///
  /// Past `cap` the length is not computed exactly: any value above `cap` may be returned (a
  /// non-ASCII part is at least 4 + its code points long, so a long one is not encoded at all).
  static func asciiLength(of label: [Unicode.Scalar], cappedAt cap: Int) -> Int {
    let separators: Set<UInt32> = [0x2E, 0x3002, 0xFF0E, 0xFF61]
    let parts = label.split(omittingEmptySubsequences: false) { separators.contains($0.value) }
    var length = parts.count - 1
    for part in parts {
      if part.allSatisfy({ $0.value <= 0x7E }) {
        length += part.count
      } else if length + 4 + part.count > cap {
        return length + 4 + part.count
      } else {
        length += 4 + encodedLength(part.map(\.value))
      }
      if length > cap { return length }
    }
    return length
  }

  /// The length of the Bootstring encoding of `input`.
  static func encodedLength(_ input: [UInt32]) -> Int {
    let base = 36
    let tMin = 1
    let tMax = 26
    var output = input.filter { $0 < 0x80 }.count
    let basicCount = output
    var handled = basicCount
    if basicCount > 0 { output += 1 }
    var n: UInt32 = 0x80
    var delta = 0
    var bias = 72
    while handled < input.count {
      guard let m = input.filter({ $0 >= n }).min() else { break }
      delta += Int(m - n) * (handled + 1)
      n = m
      for value in input {
        if value < n { delta += 1 }
        if value == n {
          var q = delta
          var k = base
          while true {
            let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
            if q < t { break }
            output += 1
            q = (q - t) / (base - t)
            k += base
          }
          output += 1
          bias = adapt(delta: delta, points: handled + 1, first: handled == basicCount)
          delta = 0
          handled += 1
        }
      }
      delta += 1
      n += 1
    }
    return output
  }

  private static func adapt(delta: Int, points: Int, first: Bool) -> Int {
    var delta = first ? delta / 700 : delta / 2
    delta += delta / points
    var k = 0
    while delta > ((36 - 1) * 26) / 2 {
      delta /= 36 - 1
      k += 36
    }
    return k + (36 - 1 + 1) * delta / (delta + 38)
  }
}

// MARK: - TLDs

/// The TLDs twitter-text accepts (validGTLD.js and validCCTLD.js, commit 30e2430d), lowercase.
private enum TLD {
  static let all: Set<String> = Set(generic + countryCode)
  static let maxLength = all.map(\.unicodeScalars.count).max() ?? 0
  /// The TLDs of at most 8 ASCII characters, packed (`packed`).
  static let packedASCII: Set<UInt64> = Set(
    all.compactMap { packed(Array($0.unicodeScalars)[...]) })

  /// `scalars` lower-cased and packed one byte each, when they are at most 8 ASCII characters
  /// (a listed TLD is lower case); nil otherwise.
  static func packed(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64? {
    guard scalars.count <= 8 else { return nil }
    var value: UInt64 = 0
    for scalar in scalars {
      guard scalar.value < 0x80 else { return nil }
      var byte = UInt64(scalar.value)
      if (0x41...0x5A).contains(byte) { byte |= 0x20 }
      value = value << 8 | byte
    }
    return value
  }

  static let generic: [String] = [
    "삼성", "닷컴", "닷넷", "香格里拉", "餐厅", "食品", "飞利浦", "電訊盈科", "集团", "通販", "购物", "谷歌", "诺基亚", "联通",
    "网络", "网站", "网店", "网址", "组织机构", "移动", "珠宝", "点看", "游戏", "淡马锡", "机构", "書籍", "时尚", "新闻", "政府",
    "政务", "招聘", "手表", "手机", "我爱你", "慈善", "微博", "广东", "工行", "家電", "娱乐", "天主教", "大拿", "大众汽车", "在线",
    "嘉里大酒店", "嘉里", "商标", "商店", "商城", "公益", "公司", "八卦", "健康", "信息", "佛山", "企业", "中文网", "中信", "世界",
    "ポイント", "ファッション", "セール", "ストア", "コム", "グーグル", "クラウド", "みんな", "คอม", "संगठन", "नेट", "कॉम",
    "همراه", "موقع", "موبايلي", "كوم", "كاثوليك", "عرب", "شبكة", "بيتك", "بازار", "العليان",
    "ارامكو", "اتصالات", "ابوظبي", "קום", "сайт", "рус", "орг", "онлайн", "москва", "ком",
    "католик", "дети", "zuerich", "zone", "zippo", "zip", "zero", "zara", "zappos", "yun",
    "youtube", "you", "yokohama", "yoga", "yodobashi", "yandex", "yamaxun", "yahoo", "yachts",
    "xyz", "xxx", "xperia", "xin", "xihuan", "xfinity", "xerox", "xbox", "wtf", "wtc", "wow",
    "world", "works", "work", "woodside", "wolterskluwer", "wme", "winners", "wine", "windows",
    "win", "williamhill", "wiki", "wien", "whoswho", "weir", "weibo", "wedding", "wed", "website",
    "weber", "webcam", "weatherchannel", "weather", "watches", "watch", "warman", "wanggou",
    "wang", "walter", "walmart", "wales", "vuelos", "voyage", "voto", "voting", "vote", "volvo",
    "volkswagen", "vodka", "vlaanderen", "vivo", "viva", "vistaprint", "vista", "vision", "visa",
    "virgin", "vip", "vin", "villas", "viking", "vig", "video", "viajes", "vet", "versicherung",
    "vermögensberatung", "vermögensberater", "verisign", "ventures", "vegas", "vanguard", "vana",
    "vacations", "ups", "uol", "uno", "university", "unicom", "uconnect", "ubs", "ubank", "tvs",
    "tushu", "tunes", "tui", "tube", "trv", "trust", "travelersinsurance", "travelers",
    "travelchannel", "travel", "training", "trading", "trade", "toys", "toyota", "town", "tours",
    "total", "toshiba", "toray", "top", "tools", "tokyo", "today", "tmall", "tkmaxx", "tjx",
    "tjmaxx", "tirol", "tires", "tips", "tiffany", "tienda", "tickets", "tiaa", "theatre",
    "theater", "thd", "teva", "tennis", "temasek", "telefonica", "telecity", "tel", "technology",
    "tech", "team", "tdk", "tci", "taxi", "tax", "tattoo", "tatar", "tatamotors", "target",
    "taobao", "talk", "taipei", "tab", "systems", "symantec", "sydney", "swiss", "swiftcover",
    "swatch", "suzuki", "surgery", "surf", "support", "supply", "supplies", "sucks", "style",
    "study", "studio", "stream", "store", "storage", "stockholm", "stcgroup", "stc", "statoil",
    "statefarm", "statebank", "starhub", "star", "staples", "stada", "srt", "srl",
    "spreadbetting", "spot", "sport", "spiegel", "space", "soy", "sony", "song", "solutions",
    "solar", "sohu", "software", "softbank", "social", "soccer", "sncf", "smile", "smart",
    "sling", "skype", "sky", "skin", "ski", "site", "singles", "sina", "silk", "shriram",
    "showtime", "show", "shouji", "shopping", "shop", "shoes", "shiksha", "shia", "shell", "shaw",
    "sharp", "shangrila", "sfr", "sexy", "sex", "sew", "seven", "ses", "services", "sener",
    "select", "seek", "security", "secure", "seat", "search", "scot", "scor", "scjohnson",
    "science", "schwarz", "schule", "school", "scholarships", "schmidt", "schaeffler", "scb",
    "sca", "sbs", "sbi", "saxo", "save", "sas", "sarl", "sapo", "sap", "sanofi",
    "sandvikcoromant", "sandvik", "samsung", "samsclub", "salon", "sale", "sakura", "safety",
    "safe", "saarland", "ryukyu", "rwe", "run", "ruhr", "rugby", "rsvp", "room", "rogers",
    "rodeo", "rocks", "rocher", "rmit", "rip", "rio", "ril", "rightathome", "ricoh", "richardli",
    "rich", "rexroth", "reviews", "review", "restaurant", "rest", "republican", "report",
    "repair", "rentals", "rent", "ren", "reliance", "reit", "reisen", "reise", "rehab",
    "redumbrella", "redstone", "red", "recipes", "realty", "realtor", "realestate", "read",
    "raid", "radio", "racing", "qvc", "quest", "quebec", "qpon", "pwc", "pub", "prudential",
    "pru", "protection", "property", "properties", "promo", "progressive", "prof", "productions",
    "prod", "pro", "prime", "press", "praxi", "pramerica", "post", "porn", "politie", "poker",
    "pohl", "pnc", "plus", "plumbing", "playstation", "play", "place", "pizza", "pioneer", "pink",
    "ping", "pin", "pid", "pictures", "pictet", "pics", "piaget", "physio", "photos",
    "photography", "photo", "phone", "philips", "phd", "pharmacy", "pfizer", "pet", "pccw", "pay",
    "passagens", "party", "parts", "partners", "pars", "paris", "panerai", "panasonic",
    "pamperedchef", "page", "ovh", "ott", "otsuka", "osaka", "origins", "orientexpress",
    "organic", "org", "orange", "oracle", "open", "ooo", "onyourside", "online", "onl", "ong",
    "one", "omega", "ollo", "oldnavy", "olayangroup", "olayan", "okinawa", "office", "off",
    "observer", "obi", "nyc", "ntt", "nrw", "nra", "nowtv", "nowruz", "now", "norton",
    "northwesternmutual", "nokia", "nissay", "nissan", "ninja", "nikon", "nike", "nico", "nhk",
    "ngo", "nfl", "nexus", "nextdirect", "next", "news", "newholland", "new", "neustar",
    "network", "netflix", "netbank", "net", "nec", "nba", "navy", "natura", "nationwide", "name",
    "nagoya", "nadex", "nab", "mutuelle", "mutual", "museum", "mtr", "mtpc", "mtn", "msd",
    "movistar", "movie", "mov", "motorcycles", "moto", "moscow", "mortgage", "mormon", "mopar",
    "montblanc", "monster", "money", "monash", "mom", "moi", "moe", "moda", "mobily", "mobile",
    "mobi", "mma", "mls", "mlb", "mitsubishi", "mit", "mint", "mini", "mil", "microsoft", "miami",
    "metlife", "merckmsd", "meo", "menu", "men", "memorial", "meme", "melbourne", "meet", "media",
    "med", "mckinsey", "mcdonalds", "mcd", "mba", "mattel", "maserati", "marshalls", "marriott",
    "markets", "marketing", "market", "map", "mango", "management", "man", "makeup", "maison",
    "maif", "madrid", "macys", "luxury", "luxe", "lupin", "lundbeck", "ltda", "ltd",
    "lplfinancial", "lpl", "love", "lotto", "lotte", "london", "lol", "loft", "locus", "locker",
    "loans", "loan", "llp", "llc", "lixil", "living", "live", "lipsy", "link", "linde", "lincoln",
    "limo", "limited", "lilly", "like", "lighting", "lifestyle", "lifeinsurance", "life", "lidl",
    "liaison", "lgbt", "lexus", "lego", "legal", "lefrak", "leclerc", "lease", "lds", "lawyer",
    "law", "latrobe", "latino", "lat", "lasalle", "lanxess", "landrover", "land", "lancome",
    "lancia", "lancaster", "lamer", "lamborghini", "ladbrokes", "lacaixa", "kyoto", "kuokgroup",
    "kred", "krd", "kpn", "kpmg", "kosher", "komatsu", "koeln", "kiwi", "kitchen", "kindle",
    "kinder", "kim", "kia", "kfh", "kerryproperties", "kerrylogistics", "kerryhotels", "kddi",
    "kaufen", "juniper", "juegos", "jprs", "jpmorgan", "joy", "jot", "joburg", "jobs", "jnj",
    "jmp", "jll", "jlc", "jio", "jewelry", "jetzt", "jeep", "jcp", "jcb", "java", "jaguar", "iwc",
    "iveco", "itv", "itau", "istanbul", "ist", "ismaili", "iselect", "irish", "ipiranga",
    "investments", "intuit", "international", "intel", "int", "insure", "insurance", "institute",
    "ink", "ing", "info", "infiniti", "industries", "inc", "immobilien", "immo", "imdb", "imamat",
    "ikano", "iinet", "ifm", "ieee", "icu", "ice", "icbc", "ibm", "hyundai", "hyatt", "hughes",
    "htc", "hsbc", "how", "house", "hotmail", "hotels", "hoteles", "hot", "hosting", "host",
    "hospital", "horse", "honeywell", "honda", "homesense", "homes", "homegoods", "homedepot",
    "holiday", "holdings", "hockey", "hkt", "hiv", "hitachi", "hisamitsu", "hiphop", "hgtv",
    "hermes", "here", "helsinki", "help", "healthcare", "health", "hdfcbank", "hdfc", "hbo",
    "haus", "hangout", "hamburg", "hair", "guru", "guitars", "guide", "guge", "gucci", "guardian",
    "group", "grocery", "gripe", "green", "gratis", "graphics", "grainger", "gov", "got", "gop",
    "google", "goog", "goodyear", "goodhands", "goo", "golf", "goldpoint", "gold", "godaddy",
    "gmx", "gmo", "gmbh", "gmail", "globo", "global", "gle", "glass", "glade", "giving", "gives",
    "gifts", "gift", "ggee", "george", "genting", "gent", "gea", "gdn", "gbiz", "gay", "garden",
    "gap", "games", "game", "gallup", "gallo", "gallery", "gal", "fyi", "futbol", "furniture",
    "fund", "fun", "fujixerox", "fujitsu", "ftr", "frontier", "frontdoor", "frogans", "frl",
    "fresenius", "free", "fox", "foundation", "forum", "forsale", "forex", "ford", "football",
    "foodnetwork", "food", "foo", "fly", "flsmidth", "flowers", "florist", "flir", "flights",
    "flickr", "fitness", "fit", "fishing", "fish", "firmdale", "firestone", "fire", "financial",
    "finance", "final", "film", "fido", "fidelity", "fiat", "ferrero", "ferrari", "feedback",
    "fedex", "fast", "fashion", "farmers", "farm", "fans", "fan", "family", "faith", "fairwinds",
    "fail", "fage", "extraspace", "express", "exposed", "expert", "exchange", "everbank",
    "events", "eus", "eurovision", "etisalat", "esurance", "estate", "esq", "erni", "ericsson",
    "equipment", "epson", "epost", "enterprises", "engineering", "engineer", "energy", "emerck",
    "email", "education", "edu", "edeka", "eco", "eat", "earth", "dvr", "dvag", "durban",
    "dupont", "duns", "dunlop", "duck", "dubai", "dtv", "drive", "download", "dot", "doosan",
    "domains", "doha", "dog", "dodge", "doctor", "docs", "dnp", "diy", "dish", "discover",
    "discount", "directory", "direct", "digital", "diet", "diamonds", "dhl", "dev", "design",
    "desi", "dentist", "dental", "democrat", "delta", "deloitte", "dell", "delivery", "degree",
    "deals", "dealer", "deal", "dds", "dclk", "day", "datsun", "dating", "date", "data", "dance",
    "dad", "dabur", "cyou", "cymru", "cuisinella", "csc", "cruises", "cruise", "crs", "crown",
    "cricket", "creditunion", "creditcard", "credit", "cpa", "courses", "coupons", "coupon",
    "country", "corsica", "coop", "cool", "cookingchannel", "cooking", "contractors", "contact",
    "consulting", "construction", "condos", "comsec", "computer", "compare", "company",
    "community", "commbank", "comcast", "com", "cologne", "college", "coffee", "codes", "coach",
    "clubmed", "club", "cloud", "clothing", "clinique", "clinic", "click", "cleaning", "claims",
    "cityeats", "city", "citic", "citi", "citadel", "cisco", "circle", "cipriani", "church",
    "chrysler", "chrome", "christmas", "chloe", "chintai", "cheap", "chat", "chase", "charity",
    "channel", "chanel", "cfd", "cfa", "cern", "ceo", "center", "ceb", "cbs", "cbre", "cbn",
    "cba", "catholic", "catering", "cat", "casino", "cash", "caseih", "case", "casa", "cartier",
    "cars", "careers", "career", "care", "cards", "caravan", "car", "capitalone", "capital",
    "capetown", "canon", "cancerresearch", "camp", "camera", "cam", "calvinklein", "call", "cal",
    "cafe", "cab", "bzh", "buzz", "buy", "business", "builders", "build", "bugatti", "budapest",
    "brussels", "brother", "broker", "broadway", "bridgestone", "bradesco", "box", "boutique",
    "bot", "boston", "bostik", "bosch", "boots", "booking", "book", "boo", "bond", "bom", "bofa",
    "boehringer", "boats", "bnpparibas", "bnl", "bmw", "bms", "blue", "bloomberg", "blog",
    "blockbuster", "blanco", "blackfriday", "black", "biz", "bio", "bingo", "bing", "bike", "bid",
    "bible", "bharti", "bet", "bestbuy", "best", "berlin", "bentley", "beer", "beauty", "beats",
    "bcn", "bcg", "bbva", "bbt", "bbc", "bayern", "bauhaus", "basketball", "baseball", "bargains",
    "barefoot", "barclays", "barclaycard", "barcelona", "bar", "bank", "band", "bananarepublic",
    "banamex", "baidu", "baby", "azure", "axa", "aws", "avianca", "autos", "auto", "author",
    "auspost", "audio", "audible", "audi", "auction", "attorney", "athleta", "associates", "asia",
    "asda", "arte", "art", "arpa", "army", "archi", "aramco", "arab", "aquarelle", "apple", "app",
    "apartments", "aol", "anz", "anquan", "android", "analytics", "amsterdam", "amica", "amfam",
    "amex", "americanfamily", "americanexpress", "alstom", "alsace", "ally", "allstate",
    "allfinanz", "alipay", "alibaba", "alfaromeo", "akdn", "airtel", "airforce", "airbus", "aigo",
    "aig", "agency", "agakhan", "africa", "afl", "afamilycompany", "aetna", "aero", "aeg",
    "adult", "ads", "adac", "actor", "active", "aco", "accountants", "accountant", "accenture",
    "academy", "abudhabi", "abogado", "able", "abc", "abbvie", "abbott", "abb", "abarth", "aarp",
    "aaa", "onion",
  ]

  static let countryCode: [String] = [
    "한국", "香港", "澳門", "新加坡", "台灣", "台湾", "中國", "中国", "გე", "ລາວ", "ไทย", "ලංකා", "ഭാരതം", "ಭಾರತ",
    "భారత్", "சிங்கப்பூர்", "இலங்கை", "இந்தியா", "ଭାରତ", "ભારત", "ਭਾਰਤ", "ভাৰত", "ভারত", "বাংলা",
    "भारोत", "भारतम्", "भारत", "ڀارت", "پاکستان", "موريتانيا", "مليسيا", "مصر", "قطر", "فلسطين",
    "عمان", "عراق", "سورية", "سودان", "تونس", "بھارت", "بارت", "ایران", "امارات", "المغرب",
    "السعودية", "الجزائر", "البحرين", "الاردن", "հայ", "қаз", "укр", "срб", "рф", "мон", "мкд",
    "ею", "бел", "бг", "ευ", "ελ", "zw", "zm", "za", "yt", "ye", "ws", "wf", "vu", "vn", "vi",
    "vg", "ve", "vc", "va", "uz", "uy", "us", "um", "uk", "ug", "ua", "tz", "tw", "tv", "tt",
    "tr", "tp", "to", "tn", "tm", "tl", "tk", "tj", "th", "tg", "tf", "td", "tc", "sz", "sy",
    "sx", "sv", "su", "st", "ss", "sr", "so", "sn", "sm", "sl", "sk", "sj", "si", "sh", "sg",
    "se", "sd", "sc", "sb", "sa", "rw", "ru", "rs", "ro", "re", "qa", "py", "pw", "pt", "ps",
    "pr", "pn", "pm", "pl", "pk", "ph", "pg", "pf", "pe", "pa", "om", "nz", "nu", "nr", "np",
    "no", "nl", "ni", "ng", "nf", "ne", "nc", "na", "mz", "my", "mx", "mw", "mv", "mu", "mt",
    "ms", "mr", "mq", "mp", "mo", "mn", "mm", "ml", "mk", "mh", "mg", "mf", "me", "md", "mc",
    "ma", "ly", "lv", "lu", "lt", "ls", "lr", "lk", "li", "lc", "lb", "la", "kz", "ky", "kw",
    "kr", "kp", "kn", "km", "ki", "kh", "kg", "ke", "jp", "jo", "jm", "je", "it", "is", "ir",
    "iq", "io", "in", "im", "il", "ie", "id", "hu", "ht", "hr", "hn", "hm", "hk", "gy", "gw",
    "gu", "gt", "gs", "gr", "gq", "gp", "gn", "gm", "gl", "gi", "gh", "gg", "gf", "ge", "gd",
    "gb", "ga", "fr", "fo", "fm", "fk", "fj", "fi", "eu", "et", "es", "er", "eh", "eg", "ee",
    "ec", "dz", "do", "dm", "dk", "dj", "de", "cz", "cy", "cx", "cw", "cv", "cu", "cr", "co",
    "cn", "cm", "cl", "ck", "ci", "ch", "cg", "cf", "cd", "cc", "ca", "bz", "by", "bw", "bv",
    "bt", "bs", "br", "bq", "bo", "bn", "bm", "bl", "bj", "bi", "bh", "bg", "bf", "be", "bd",
    "bb", "ba", "az", "ax", "aw", "au", "at", "as", "ar", "aq", "ao", "an", "am", "al", "ai",
    "ag", "af", "ae", "ad", "ac",
  ]
}
