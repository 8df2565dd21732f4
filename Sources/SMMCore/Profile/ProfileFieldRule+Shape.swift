/// The shape a profile field's text must have besides its length: the fewest characters and the
/// only punctuation it takes (a Facebook username: letters, digits and periods, at least 5).
extension ProfileFieldRule {
  /// Why `text` does not fit the field's shape, or nil when it does (or the field has none).
  public func shapeProblem(_ text: String, on platform: Platform) -> Phrase? {
    let shown = platform.displayName
    let bare = text.hasPrefix("@") && key == "handle" ? String(text.dropFirst()) : text
    if let punctuation {
      let refused = Self.unique(
        bare.filter { !Self.isLetterOrDigit($0) && !punctuation.contains($0) })
      if !refused.isEmpty {
        var values: [String: Phrase.Value] = [
          "platform": .text(shown), "label": .profileField(platform, key),
          "allowed": .phrase(Self.allowed(punctuation)),
          "refused": .phrase(Self.marks(refused, or: true)),
        ]
        if let suggestion = conformed(bare) {
          values["suggestion"] = .text(suggestion)
          return Phrase("error.profileText.charactersTry", values)
        }
        return Phrase("error.profileText.characters", values)
      }
    }
    if let minimum, bare.count < minimum {
      return Phrase(
        "error.profileText.tooShort",
        [
          "platform": .text(shown), "label": .profileField(platform, key),
          "length": .number(bare.count), "minimum": .number(minimum),
        ])
    }
    return nil
  }

  /// `text` made to fit the field's punctuation: a character it refuses becomes its first
  /// allowed punctuation mark ("lacannecy_tourisme" → "lacannecy.tourisme" on Facebook), or is
  /// dropped when it takes none; marks are never doubled nor left at either end. Nil when what is
  /// left is shorter than the minimum.
  public func conformed(_ text: String) -> String? {
    guard let punctuation else { return text }
    let joiner = punctuation.first
    var result = ""
    for character in text {
      if Self.isLetterOrDigit(character) || punctuation.contains(character) {
        if punctuation.contains(character), let last = result.last, punctuation.contains(last) {
          continue
        }
        result.append(character)
      } else if let joiner, let last = result.last, !punctuation.contains(last) {
        result.append(joiner)
      }
    }
    while let last = result.last, punctuation.contains(last) { result.removeLast() }
    while let first = result.first, punctuation.contains(first) { result.removeFirst() }
    if let minimum, result.count < minimum { return nil }
    return result
  }

  static func isLetterOrDigit(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }

  static func unique(_ characters: String) -> [String] {
    var seen: [String] = []
    for character in characters where !seen.contains(String(character)) {
      seen.append(String(character))
    }
    return seen
  }

  /// "letters, digits and « . »": what the field takes.
  static func allowed(_ punctuation: String) -> Phrase {
    Phrase("profileText.allowed", ["marks": .phrase(marks(unique(punctuation)))])
  }

  /// Characters quoted the session language's way: “_” or « _ », a space named.
  static func marks(_ characters: [String], or: Bool = false) -> Phrase {
    .list(
      values: characters.map {
        $0 == " "
          ? .phrase(Phrase("profileText.space"))
          : .phrase(Phrase("profileText.mark", text: ["mark": $0]))
      }, or: or)
  }
}
