import Foundation
import SMMCore

/// How a line typed while a question waits reads before it is taken as the answer: a stop, a
/// putting off, a question about the question, or a request. The words are the `answer.*` lists
/// of `po/words/CODE.words`, in every language the shell speaks (people answer in either).
package enum AnswerCue {
  private static let stops = Set(
    InputWords.union("answer.stop") + InputWords.union("answer.stop.more"))
  private static let backs = Set(InputWords.union("answer.back"))
  private static let backCores = Set(
    InputWords.union("answer.back.core").flatMap { CueWords($0).words })
  private static let backFillers = Set(
    InputWords.union("answer.back.filler").flatMap { CueWords($0).words })
  private static let laterCues = InputWords.union("answer.later.cue")
  private static let aboutStarts = InputWords.union("answer.about.start")
  private static let requestStarts = InputWords.union("answer.request.start")
  private static let requestVerbs = Set(InputWords.union("answer.request.verb"))
  private static let undoWords = Set(
    InputWords.union("answer.undo.bare").map {
      $0.folding(options: .diacriticInsensitive, locale: nil)
    })
  private static let noneCues = InputWords.union("answer.none.cue")
  private static let againCues = InputWords.union("answer.again.cue")
  private static let sameStarts = InputWords.union("answer.same.start")
  private static let samePeople = Set(InputWords.union("answer.same.person"))
  private static let valueLeads = InputWords.union("answer.value.lead")
  private static let valueStarts = InputWords.union("answer.value.start")
  private static let languageVerbs = InputWords.union("answer.language.verb")
  private static let yesWords = Set(InputWords.union("affirmation.yes"))
  private static let noWords = Set(InputWords.union("affirmation.no"))

  /// `text` in lower case, trimmed, a final `.` or `!` dropped, curly apostrophes straight.
  package static func folded(_ text: String) -> String {
    var folded = String(text.lowercased().map { $0 == "’" ? "'" : $0 })
      .trimmingCharacters(in: .whitespaces)
    while let last = folded.last, last == "." || last == "!" { folded.removeLast() }
    return folded
  }

  /// Whether `text` leaves the question ("stop", « on arrête »).
  package static func isStop(_ text: String) -> Bool {
    stops.contains(folded(text))
  }

  /// Whether `text` is a short request to change the interface's language: a verb of
  /// speaking or switching ("speak English", « parle français », "switch to French"), not a
  /// language's name alone, which answers a question ("English", « en français »).
  package static func asksForLanguage(_ text: String) -> Bool {
    let words = spaced(text)
    guard words.split(separator: " ").count <= 4 else { return false }
    return languageVerbs.contains { words.contains(" \($0) ") }
  }

  /// Whether `text` asks for the previous question again ("back", « retour »).
  /// Besides the phrases of `answer.back`, a short line made only of the words of going back
  /// and of the question ("retour à la question d'avant", "go back to the last one please").
  package static func isBack(_ text: String) -> Bool {
    if backs.contains(folded(text)) { return true }
    let words = CueWords(text).words
    guard words.count <= 9, words.contains(where: backCores.contains) else { return false }
    return words.allSatisfy { backCores.contains($0) || backFillers.contains($0) }
  }

  /// Whether `text` puts a yes/no question off: a postponing word ("later", « plus tard »), or
  /// a short line that says it is not done yet ("we'll upload it tomorrow").
  package static func putsOff(_ text: String) -> Bool {
    if Postponement.read(text) { return true }
    // "What are we posting next week?" asks something; it does not put the question off.
    if isRequestLike(text) { return false }
    let words = spaced(text)
    guard words.split(separator: " ").count <= 10 else { return false }
    return laterCues.contains { words.contains(" \($0) ") }
  }

  /// Whether `text` asks what the question means ("what is a pinned post?", « c'est quoi une
  /// bio ? »).
  package static func asksAbout(_ text: String) -> Bool {
    starts(text, with: aboutStarts)
  }

  /// Whether `text` reads as a request or a question rather than a value to store: it ends
  /// with `?` or starts like one ("how…", "can you…", « montre… »).
  package static func isRequestLike(_ text: String) -> Bool {
    folded(text).hasSuffix("?") || starts(text, with: requestStarts)
  }

  /// Whether `text` starts like a noun phrase ("the…", "our…", « les… », « des… »): a value to
  /// store, not a request, unless it asks (a `?`).
  package static func startsLikeValue(_ text: String) -> Bool {
    !folded(text).hasSuffix("?") && starts(text, with: valueStarts)
  }

  /// Whether `text` says nobody holds a role ("we don't have one", « on n'en a pas »).
  package static func saysNoOne(_ text: String) -> Bool {
    let words = spaced(text)
    return noneCues.contains { words.contains(" \($0) ") }
  }

  /// The name in "Tom again", « encore Tom »: the words left once the "again" words go; nil
  /// when the line has none of them.
  package static func named(again text: String) -> String? {
    var words = spaced(text)
    guard againCues.contains(where: { words.contains(" \($0) ") }) else { return nil }
    for cue in againCues { words = words.replacingOccurrences(of: " \(cue) ", with: " ") }
    let name = words.trimmingCharacters(in: .whitespaces)
    return name.isEmpty ? nil : name
  }

  /// What follows "same as" in "same as facebook", « pareil que sur Instagram »; nil when the
  /// line does not start so.
  package static func sameAs(_ text: String) -> String? {
    let words = spaced(text)
    guard
      let start = sameStarts.sorted(by: { $0.count > $1.count })
        .first(where: { words.hasPrefix(" \($0) ") })
    else { return nil }
    return String(words.dropFirst(start.count + 2)).trimmingCharacters(in: .whitespaces)
  }

  /// Whether `text` says the same person again, and nothing else ("the same", "same person",
  /// « la même personne »).
  package static func isSamePerson(_ text: String) -> Bool {
    samePeople.contains(
      spaced(text).folding(options: .diacriticInsensitive, locale: nil)
        .trimmingCharacters(in: .whitespaces))
  }

  /// `text` without the words before a short value ("call it Kinetic Physio" → "Kinetic
  /// Physio", « mets plutôt Office du Lac » → "Office du Lac").
  package static func value(_ text: String) -> String {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let lower = trimmed.lowercased()
    for lead in valueLeads.sorted(by: { $0.count > $1.count })
    where lower.hasPrefix(lead + " ") && trimmed.count > lead.count + 1 {
      return value(String(trimmed.dropFirst(lead.count + 1)))
    }
    return trimmed
  }

  /// The profile field `text` names ("what's a pinned post?" → `pinned-post`, « c'est quoi
  /// la bannière ? » → `banner`): the `answer.field.KEY` lists, the longest phrase first; nil
  /// when it names none.
  package static func profileField(named text: String) -> String? {
    let words = spaced(text).folding(options: .diacriticInsensitive, locale: nil)
    return fieldNames.first { phrase, _ in words.contains(" \(phrase) ") }?.key
  }

  /// Every phrase of the `answer.field.KEY` lists with its key, the longest first.
  private static let fieldNames: [(phrase: String, key: String)] =
    InputWords.groups(prefixed: "answer.field.").flatMap { key, phrases in
      phrases.map { ($0.folding(options: .diacriticInsensitive, locale: nil), key) }
    }.sorted { $0.phrase.count > $1.phrase.count }

  /// Whether `text` says only to undo or redo ("hmm, undo that", "oops, go back", « annule la
  /// dernière modification »): every word is one of `[answer.undo.bare]`. "Undo the damage of
  /// desk work" holds other words: it is an answer that says "undo".
  package static func isBareUndo(_ text: String) -> Bool {
    let words = folded(text).folding(options: .diacriticInsensitive, locale: nil)
      .split(whereSeparator: { !$0.isLetter }).map(String.init)
    return !words.isEmpty && words.allSatisfy(undoWords.contains)
  }

  /// Whether `text` starts with a request verb ("add", « ajoute », `[answer.request.verb]`)
  /// followed by more words.
  package static func startsWithRequestVerb(_ text: String) -> Bool {
    let words = folded(text).split(whereSeparator: { !$0.isLetter && $0 != "'" })
    return words.count > 1 && requestVerbs.contains(String(words[0]))
  }

  /// Whether `text` could be a short name (a display name, a handle, a link): a few words, no
  /// question mark, no colon, no comma.
  package static func couldBeName(_ text: String) -> Bool {
    let stripped = value(text)
    // "add instagram please", « parle-moi de LinkedIn », « calcule les impôts »: a request verb
    // first, in lower case, is a request, not a name (`[answer.request.verb]`).
    // ("Open Door Physio", capitalised, is a name.)
    if startsWithRequestVerb(text),
      text.trimmingCharacters(in: .whitespaces).first?.isLowercase == true
    {
      return false
    }
    return stripped.split(separator: " ").count <= 6
      && !stripped.contains(where: { "?:,;".contains($0) })
      && (stripped != text.trimmingCharacters(in: .whitespaces)
        || stripped.contains(where: { $0.isUppercase || $0.isNumber }))
  }

  /// Yes or no said with a few words more ("yep it's there", « oui c'est fait », « d'accord,
  /// vas-y »): the first word or clause is the reply. Nil when the line is not so.
  package static func leadingReply(_ text: String) -> Bool? {
    let clauses = folded(text).split(separator: ",", maxSplits: 1).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    guard let first = clauses.first else { return nil }
    let words = first.split(separator: " ").map(String.init)
    var head: String? = clauses.count > 1 ? first : nil
    var rest = clauses.count > 1 ? clauses[1] : ""
    if head.map({ yesWords.contains($0) || noWords.contains($0) }) != true, let word = words.first {
      head = word
      rest = (words.dropFirst().joined(separator: " ") + " " + rest).trimmingCharacters(
        in: .whitespaces)
    }
    guard let head, rest.split(separator: " ").count <= 4, !rest.contains("?") else { return nil }
    if yesWords.contains(head) { return true }
    if noWords.contains(head) { return false }
    return nil
  }

  /// Yes or no as the first word of a statement ("yep we put the logo up yesterday", « non
  /// on n'a pas encore de bannière »): that reply; nil for a question, or a first word that is
  /// neither.
  package static func firstWordReply(_ text: String) -> Bool? {
    let folded = folded(text)
    guard !folded.contains("?"),
      let first = folded.split(whereSeparator: { $0 == " " || $0 == "," }).first.map(String.init)
    else { return nil }
    // "ok what should I be doing now": a question after the first word, not a yes.
    let rest = String(folded.dropFirst(first.count)).trimmingCharacters(
      in: CharacterSet(charactersIn: " ,"))
    if asksAbout(rest) || isRequestLike(rest) { return nil }
    if yesWords.contains(first) { return true }
    if noWords.contains(first) { return false }
    return nil
  }

  /// Short words every sentence has, in either language: no sign the line is about the field.
  private static let commonWords: Set<String> = [
    "the", "and", "for", "you", "our", "are", "what", "whats", "does", "this", "that", "est",
    "une", "des", "les", "quoi", "oui", "non", "yes", "pour", "sur", "qui", "que",
  ]

  /// Whether `text` and `question` share a word of three letters or more, accents aside
  /// ("what is a pinned post?" and "Pinned post: is it in place?").
  package static func sharesWord(_ text: String, with question: String) -> Bool {
    func words(_ text: String) -> Set<String> {
      Set(
        text.lowercased().folding(options: .diacriticInsensitive, locale: nil)
          .split(whereSeparator: { !$0.isLetter }).map(String.init)
          .filter { $0.count >= 3 && !commonWords.contains($0) })
    }
    return !words(text).isDisjoint(with: words(question))
  }

  private static func starts(_ text: String, with starts: [String]) -> Bool {
    let words = spaced(text)
    return starts.contains { words.hasPrefix(" \($0) ") }
  }

  /// The folded text with punctuation as spaces, one space around every word.
  private static func spaced(_ text: String) -> String {
    let letters = folded(text).map {
      $0.isLetter || $0.isNumber || $0 == "'" || $0 == "-" ? $0 : " "
    }
    return " " + String(letters).split(separator: " ").joined(separator: " ") + " "
  }
}
