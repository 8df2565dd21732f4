/// The plain text of a Mastodon status's HTML `content`: tags removed (a paragraph or line
/// break becomes a space), character references decoded (named ones Mastodon writes, and every
/// numeric one), white space collapsed.
public enum HTMLText {
  /// The plain text of `html`.
  public static func plain(_ html: some StringProtocol) -> String {
    var out = String.UnicodeScalarView()
    var scalars = Array(html.unicodeScalars)
    scalars.append(" ")
    var index = 0
    var lastWasSpace = true
    func emit(_ scalar: Unicode.Scalar) {
      let space =
        scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{A0}"
      if space {
        if !lastWasSpace { out.append(" ") }
        lastWasSpace = true
      } else {
        out.append(scalar)
        lastWasSpace = false
      }
    }
    while index < scalars.count - 1 {
      let scalar = scalars[index]
      if scalar == "<" {
        var end = index + 1
        while end < scalars.count - 1, scalars[end] != ">" { end += 1 }
        let name = tagName(scalars[(index + 1)..<end])
        if ["p", "br", "div", "li"].contains(name) { emit(" ") }
        index = end + 1
      } else if scalar == "&" {
        var end = index + 1
        while end < scalars.count - 1, end - index <= 10, scalars[end] != ";", scalars[end] != "&",
          scalars[end] != " "
        {
          end += 1
        }
        if scalars[end] == ";", let decoded = reference(scalars[(index + 1)..<end]) {
          emit(decoded)
          index = end + 1
        } else {
          emit(scalar)
          index += 1
        }
      } else {
        emit(scalar)
        index += 1
      }
    }
    var text = String(out)
    if text.hasSuffix(" ") { text.removeLast() }
    return text
  }

  private static func tagName(_ inside: ArraySlice<Unicode.Scalar>) -> String {
    var name = ""
    for scalar in inside {
      if scalar == "/" && name.isEmpty { continue }
      guard scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) else { break }
      name.unicodeScalars.append(scalar)
    }
    return name.lowercased()
  }

  private static let named: [String: Unicode.Scalar] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
    "hellip": "…", "mdash": "—", "ndash": "–", "rsquo": "’", "lsquo": "‘", "ldquo": "“",
    "rdquo": "”", "laquo": "«", "raquo": "»", "eacute": "é", "egrave": "è", "agrave": "à",
    "ccedil": "ç",
  ]

  private static func reference(_ body: ArraySlice<Unicode.Scalar>) -> Unicode.Scalar? {
    let text = String(String.UnicodeScalarView(body))
    if text.hasPrefix("#x") || text.hasPrefix("#X") {
      return UInt32(text.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
    }
    if text.hasPrefix("#") {
      return UInt32(text.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
    }
    return named[text]
  }
}
