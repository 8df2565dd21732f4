/// Hashtags a screen reader can read word by word: a hashtag that joins several words, written
/// all in lower case (#lacannecy) or all in capitals (#PHYSIOLEEDS), is sounded out as one
/// long word; in CamelCase (#LacAnnecy) each word is read. The words are split only where the
/// known words give one split and one only: otherwise the advice is to capitalise each word,
/// without a guess.
public enum HashtagCase {
  /// What to do with one hashtag.
  public enum Advice: Equatable, Sendable {
    /// Write it so: the hashtag in CamelCase, with its `#`.
    case write(String)
    /// Its words could not be told apart: capitalise each of them.
    case capitaliseEachWord
  }

  /// The advice for `hashtag` (with or without its `#`), with `known` the words that may make
  /// it up (folded: lower case, no accents, as ``knownWords`` gives them); nil when it is fine: mixed case already, one known word, or a short
  /// run of capitals (an acronym: #NHS).
  public static func advice(_ hashtag: String, known: KnownWords) -> Advice? {
    let body = hashtag.hasPrefix("#") ? String(hashtag.dropFirst()) : hashtag
    let letters = body.filter(\.isLetter)
    guard letters.count >= 2 else { return nil }
    let lower = letters.allSatisfy { $0.isLowercase }
    let upper = letters.allSatisfy { $0.isUppercase }
    guard lower || upper else { return nil }
    if known.contains(fold(body)) { return nil }
    if let pieces = split(body, known: known), pieces.count >= 2 {
      return .write("#" + pieces.map { capitalised($0.lowercased()) }.joined())
    }
    if upper && letters.count <= 5 { return nil }
    if lower && letters.count < 12 { return nil }
    return .capitaliseEachWord
  }

  /// The words that may make up a brand's hashtags, folded (lower case, no accents): the
  /// brand's own (`own`) and, unless built from a list, the common words of every shipped
  /// language (`hashtag.words`), which are looked up where they are rather than copied.
  public struct KnownWords: Sendable, ExpressibleByArrayLiteral {
    /// The brand's own words.
    public var own: Set<String>
    /// Whether the common words count too.
    public var includesCommon: Bool

    /// Words of the brand, with the common words.
    public init(own: Set<String>, includesCommon: Bool = true) {
      self.own = own
      self.includesCommon = includesCommon
    }

    /// Exactly these words, without the common ones.
    public init(arrayLiteral elements: String...) {
      self.init(own: Set(elements), includesCommon: false)
    }

    /// Whether `word` (folded) is known.
    public func contains(_ word: String) -> Bool {
      own.contains(word) || (includesCommon && HashtagCase.common.contains(word))
    }
  }

  /// The words that may make up a brand's hashtags: its name, its pillars, its sector, the
  /// words of `text`, and the common words of every shipped language (`hashtag.words`).
  public static func knownWords(
    brand: String, pillars: [String], sector: String?, text: String
  ) -> KnownWords {
    var words = Set<String>()
    for source in [brand, sector ?? "", text] + pillars { addWords(of: source, to: &words) }
    return KnownWords(own: words)
  }

  /// Adds to `words` the words of `source`, folded, of two letters at least: the runs of letters
  /// and digits of its pieces between white space, except the pieces that start with `#` (a
  /// hashtag is not a word of the text: it is what is to be split). One pass; no property
  /// lookup for ASCII characters.
  static func addWords(of source: String, to words: inout Set<String>) {
    var word = ""
    var atPieceStart = true
    var inHashtag = false
    func flush() {
      if word.count >= 2 { words.insert(word) }
      word = ""
    }
    for character in source {
      let isSpace: Bool
      let isWordCharacter: Bool
      if let ascii = character.asciiValue {
        isSpace = ascii == 0x20 || (0x09...0x0D).contains(ascii)
        isWordCharacter =
          (0x30...0x39).contains(ascii) || (0x41...0x5A).contains(ascii)
          || (0x61...0x7A).contains(ascii)
      } else {
        isSpace = character.isWhitespace
        isWordCharacter = !isSpace && (character.isLetter || character.isNumber)
      }
      if isSpace {
        flush()
        atPieceStart = true
        inHashtag = false
        continue
      }
      if atPieceStart {
        inHashtag = character == "#"
        atPieceStart = false
      }
      guard !inHashtag else { continue }
      if isWordCharacter {
        if let ascii = character.asciiValue {
          word.unicodeScalars.append(
            Unicode.Scalar((0x41...0x5A).contains(ascii) ? ascii | 0x20 : ascii))
        } else {
          word += CueWords.fold(character)
        }
      } else {
        flush()
      }
    }
    flush()
  }

  /// `text` with every hashtag that can be split written in CamelCase, and the hashtags
  /// rewritten (old, new), in order.
  /// `known` is asked for only when a hashtag is all in lower case or all in capitals.
  public static func rewrite(_ text: String, known: () -> KnownWords) -> (
    text: String, rewritten: [(String, String)]
  ) {
    var result = text
    var rewritten: [(String, String)] = []
    var words: KnownWords?
    for tag in TextPieces.hashtags(text) where mayNeedAdvice(tag) {
      let known = words ?? known()
      words = known
      guard case .write(let camel) = advice(tag, known: known), camel != tag,
        !rewritten.contains(where: { $0.0 == tag })
      else { continue }
      result = replacingWord(tag, with: camel, in: result)
      rewritten.append((tag, camel))
    }
    return (result, rewritten)
  }

  /// Whether `advice` could say anything of `hashtag`: two letters at least, all in one case.
  static func mayNeedAdvice(_ hashtag: String) -> Bool {
    var letters = 0
    var lower = false
    var upper = false
    for character in hashtag where character.isLetter {
      letters += 1
      if character.isLowercase { lower = true } else if character.isUppercase { upper = true }
      if lower && upper { return false }
    }
    return letters >= 2
  }

  /// The hashtags of `text`, in order.
  public static func hashtags(in text: String) -> [String] { TextPieces.hashtags(text) }

  /// The guidance: University of Michigan College of Engineering, "Hashtags" (digital
  /// accessibility): screen readers sound out run-together hashtags; use camel case.
  public static let source = Source(
    short: "U-M Engineering accessibility",
    citation:
      "University of Michigan College of Engineering, Digital Accessibility, \"Hashtags\": a screen reader sounds out a hashtag whose words run together, and all-lowercase hashtags are misread by others too; use camel case (also Accessible Social, \"Hashtags\": Camel or Pascal case lets assistive technology tell the words apart)",
    kind: .thirdParty, checked: "2026-12-03",
    reference: Reference(
      publisher: "University of Michigan College of Engineering", title: "Hashtags",
      url: "https://accessibility.engin.umich.edu/hashtags/"))

  static let common = Set(InputWords.union("hashtag.words").map { fold($0) })

  /// `text` in lower case without accents (« Santé » → "sante").
  static func fold<S: StringProtocol>(_ text: S) -> String {
    // ASCII folds to ASCII lower case (and ` to '), byte by byte.
    if !text.utf8.contains(where: { $0 >= 0x80 }) {
      var bytes: [UInt8] = []
      bytes.reserveCapacity(text.utf8.count)
      for byte in text.utf8 {
        bytes.append(byte == 0x60 ? 0x27 : (0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
      }
      return String(decoding: bytes, as: UTF8.self)
    }
    var out = ""
    for character in text { out += CueWords.fold(character) }
    return out
  }

  /// The one split of `text` into the fewest known words (or runs of digits), nil when there
  /// is none or when two splits tie.
  static func split(_ text: String, known: KnownWords) -> [String]? {
    let characters = Array(text)
    let count = characters.count
    // Each character folded once; a piece is the folded characters joined.
    let folded = characters.map { fold(String($0)) }
    // best[i]: the fewest pieces for characters[i...], and how many splits reach it (1 or 2).
    var best = [(pieces: Int, ways: Int, next: Int)?](repeating: nil, count: count + 1)
    best[count] = (0, 1, count)
    guard count > 0 else { return nil }
    var candidates: [(text: String, isNumber: Bool)] = []
    for start in stride(from: count - 1, through: 0, by: -1) {
      var found: (pieces: Int, ways: Int, next: Int)?
      // The pieces that start here, shortest first, each one character more than the last.
      candidates.removeAll(keepingCapacity: true)
      var piece = ""
      var isNumber = true
      for end in (start + 1)...count {
        piece += folded[end - 1]
        if isNumber { isNumber = folded[end - 1].allSatisfy(\.isNumber) }
        candidates.append((piece, isNumber))
      }
      for end in stride(from: count, to: start, by: -1) {
        guard let rest = best[end] else { continue }
        let (piece, isNumber) = candidates[end - start - 1]
        guard isNumber || (piece.count >= 2 && known.contains(piece)) else { continue }
        let pieces = rest.pieces + 1
        if let current = found {
          if pieces < current.pieces {
            found = (pieces, rest.ways, end)
          } else if pieces == current.pieces {
            found = (pieces, min(2, current.ways + rest.ways), current.next)
          }
        } else {
          found = (pieces, rest.ways, end)
        }
      }
      best[start] = found
    }
    guard let whole = best[0], whole.ways == 1 else { return nil }
    var pieces: [String] = []
    var index = 0
    while index < count, let step = best[index] {
      pieces.append(String(characters[index..<step.next]))
      index = step.next
    }
    return pieces
  }

  static func capitalised(_ word: String) -> String {
    guard let first = word.first else { return word }
    return first.uppercased() + word.dropFirst()
  }

  /// `text` with the whole word `word` replaced (not inside a longer hashtag).
  static func replacingWord(_ word: String, with replacement: String, in text: String) -> String {
    let characters = Array(text)
    let target = Array(word)
    var result = ""
    var index = 0
    while index < characters.count {
      let end = index + target.count
      if end <= characters.count, Array(characters[index..<end]) == target,
        index == 0 || !isWordCharacter(characters[index - 1]),
        end == characters.count || !isWordCharacter(characters[end])
      {
        result += replacement
        index = end
      } else {
        result.append(characters[index])
        index += 1
      }
    }
    return result
  }

  static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_" || character == "#"
  }
}
