/// How far the cursor of a line being edited moves to pass one whole character as a person
/// sees it (an extended grapheme cluster: ☀️, 🏔️, 👨‍👩‍👧, é written as e + accent), counted in
/// the Unicode scalars a line editor such as libedit counts in.
package enum CharacterSteps {
  /// Scalars from the cursor back to the start of the character before it (0 at the start).
  /// A cursor inside a character counts from the start of that character.
  package static func back(before: String, after: String) -> Int {
    let cursor = before.unicodeScalars.count
    return cursor - (boundaries(before + after).last(where: { $0 < cursor }) ?? 0)
  }

  /// Scalars from the cursor forward to the end of the character after it (0 at the end).
  package static func forward(before: String, after: String) -> Int {
    let cursor = before.unicodeScalars.count
    let line = before + after
    return (boundaries(line).first(where: { $0 > cursor }) ?? line.unicodeScalars.count)
      - cursor
  }

  /// The scalar offsets where the characters of `line` start, and its end.
  static func boundaries(_ line: String) -> [Int] {
    var offsets = [0]
    var offset = 0
    for character in line {
      offset += character.unicodeScalars.count
      offsets.append(offset)
    }
    return offsets
  }
}
