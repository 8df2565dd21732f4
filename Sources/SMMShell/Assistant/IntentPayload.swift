import SMMCore

/// A line split into the request and the text it carries: "add a message: Open on Monday"
/// is the head `add a message` and the payload `Open on Monday`.
///
/// The payload starts at the first of: a colon (« : » too, not inside `://` or a time like
/// `7:30`), an equals sign, a dash between spaces (` - `, ` – `), a word that introduces what is said
/// (`[frame.saying]`: "saying", « disant »), or an opening quote (`"`, `“`, `«`), whose
/// closing quote ends it. Surrounding quotes and spaces (no-break ones too) are dropped. The
/// payload is never read for other slots: it is the user's own text.
struct IntentPayload: Equatable {
  /// The request, as typed, with the payload cut out.
  var head: String
  /// The text carried, as typed, or nil when the line carries none.
  var text: String?
  /// Whether a word ("saying") introduced the text rather than a mark: "a post saying …"
  /// may tell of someone else's post, so only an adding word makes it a request.
  var bySaying = false

  /// Words that introduce what a post says: "saying", « disant » (`[frame.saying]`).
  static let sayingWords = Set(InputWords.union("frame.saying"))
  /// "that", « que » right after a saying word (`[frame.saying.that]`): not part of the text.
  static let thatWords = Set(InputWords.union("frame.saying.that"))

  static let openingQuotes: [Character: Character] = ["\"": "\"", "“": "”", "«": "»", "„": "“"]

  init(_ line: String) {
    let characters = Array(line)
    var cut: (start: Int, payload: Int, end: Int)?
    var index = 0
    while index < characters.count, cut == nil {
      let character = characters[index]
      if character == ":" {
        let before = index > 0 ? characters[index - 1] : " "
        let after = index + 1 < characters.count ? characters[index + 1] : " "
        let url = after == "/"
        let time = before.isNumber && after.isNumber
        if !url && !time { cut = (index, index + 1, characters.count) }
      } else if character == "=" {
        // "link in bio = https://…": an equals sign beside a space gives the value (not the
        // one inside a link, "?ref=ig").
        let before = index > 0 ? characters[index - 1] : " "
        let after = index + 1 < characters.count ? characters[index + 1] : " "
        if before == " " || after == " " { cut = (index, index + 1, characters.count) }
      } else if character == "-" || character == "–" || character == "—" {
        let before = index > 0 ? characters[index - 1] : "x"
        let after = index + 1 < characters.count ? characters[index + 1] : "x"
        if before == " " && after == " " { cut = (index, index + 1, characters.count) }
      } else if let closing = Self.openingQuotes[character] {
        let end = characters[(index + 1)...].firstIndex(of: closing) ?? characters.count
        cut = (index, index + 1, end)
      }
      index += 1
    }
    // "saying" before any other mark.
    let tokens = IntentText.tokens(of: line)
    if let index = tokens.firstIndex(where: { Self.sayingWords.contains($0.text) }),
      tokens[index].start < cut?.start ?? characters.count
    {
      // "saying that we open at 9", « disant que la mairie sera fermée »: the text after "that".
      var end = tokens[index].end
      if index + 1 < tokens.count, Self.thatWords.contains(tokens[index + 1].text) {
        end = tokens[index + 1].end
        while end < characters.count, ["'", "’"].contains(characters[end]) { end += 1 }
      }
      cut = (tokens[index].start, end, characters.count)
      bySaying = true
    }
    // A quote right after the mark or word ("saying « … » ?", "wrote: "…", thanks") holds the
    // whole text: what follows its closing quote is part of the request again.
    if var found = cut {
      var first = found.payload
      while first < found.end, [" ", "\u{00A0}", "\u{202F}"].contains(characters[first]) {
        first += 1
      }
      if first < found.end, let closing = Self.openingQuotes[characters[first]],
        let end = characters[(first + 1)..<found.end].firstIndex(of: closing)
      {
        found.payload = first + 1
        found.end = end
        cut = found
      }
    }
    guard let cut else {
      head = line
      text = nil
      return
    }
    let payload = Self.trimmed(String(characters[cut.payload..<cut.end]))
    let rest = cut.end < characters.count ? String(characters[(cut.end + 1)...]) : ""
    head = String(characters[..<cut.start]) + (rest.isEmpty ? "" : " " + rest)
    text = payload.isEmpty ? nil : payload
  }

  /// `text` without surrounding spaces (no-break ones too) and quotes.
  static func trimmed(_ text: String) -> String {
    let edges: Set<Character> = [
      " ", "\t", "\u{00A0}", "\u{202F}", "\"", "“", "”", "«", "»", "„",
    ]
    var characters = Substring(text)
    while let first = characters.first, edges.contains(first) { characters.removeFirst() }
    while let last = characters.last, edges.contains(last) { characters.removeLast() }
    return String(characters)
  }
}
