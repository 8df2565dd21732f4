import Foundation
import SMMCore

/// How a line typed while a question waits reads before it is taken as the answer: a stop, a
/// putting off, a question about the question, or a request. The words are the `answer.*` lists
/// of `po/words/CODE.words`, in every language the shell speaks (people answer in either).
package enum AnswerCue {
  private static let stops = Set(InputWords.union("answer.stop"))
  private static let laterCues = InputWords.union("answer.later.cue")
  private static let aboutStarts = InputWords.union("answer.about.start")
  private static let requestStarts = InputWords.union("answer.request.start")
  private static let noneCues = InputWords.union("answer.none.cue")
  private static let againCues = InputWords.union("answer.again.cue")
  private static let sameStarts = InputWords.union("answer.same.start")

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

  /// Whether `text` puts a yes/no question off: a postponing word ("later", « plus tard »), or
  /// a short line that says it is not done yet ("we'll upload it tomorrow").
  package static func putsOff(_ text: String) -> Bool {
    if Postponement.read(text) { return true }
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

  private static func starts(_ text: String, with starts: [String]) -> Bool {
    let words = spaced(text)
    return starts.contains { words.hasPrefix(" \($0) ") }
  }

  /// The folded text with punctuation as spaces, one space around every word.
  private static func spaced(_ text: String) -> String {
    let letters = folded(text).map { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "-" ? $0 : " " }
    return " " + String(letters).split(separator: " ").joined(separator: " ") + " "
  }
}
