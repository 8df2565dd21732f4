/// One action the guide recommends: an exact command, or a question whose answer completes
/// one, with the reason and the sources behind it.
public struct GuideAction: Equatable, Sendable {
  /// How the answer to a question becomes the command's last argument(s).
  public enum AnswerShape: Equatable, Sendable {
    /// The whole answer is one argument.
    case text
    /// A person's name then a contact (an e-mail or a phone number), as two arguments.
    case nameAndContact
    /// yes or no.
    case yesNo
  }

  /// Whether the action runs as it is or needs an answer first.
  public enum Kind: Equatable, Sendable {
    /// The command is complete.
    case run
    /// The command needs the answer to `question`, put where the request says
    /// ``CommandRequest/Argument/answer``; `suggestion`, when there is one, is what "yes"
    /// accepts.
    case ask(question: Phrase, suggestion: String?, shape: AnswerShape)
  }

  /// The command to run, or for a question the command with a place for the answer.
  public var request: CommandRequest
  /// Run as is, or ask first.
  public var kind: Kind
  /// Why this action, in one sentence.
  public var reason: Phrase
  /// Where the reasoning comes from (the method, a study, a platform's documentation).
  public var sources: [String]
  /// How the guide offers an action that runs as it is, in plain words ("The calendar was
  /// planned before the new messages: plan it again?"); nil shows the command.
  public var offer: Phrase?

  /// Creates an action.
  public init(
    _ request: CommandRequest, kind: Kind = .run, reason: Phrase, sources: [String] = [],
    offer: Phrase? = nil
  ) {
    self.request = request
    self.kind = kind
    self.reason = reason
    self.sources = sources
    self.offer = offer
  }

  /// The request with `answer` in place, or nil when the answer does not fit the shape
  /// (an empty answer, a yes/no question answered otherwise). A contact without a name stays
  /// one argument, for the command to refuse with its own message.
  public func request(answering answer: String) -> CommandRequest? {
    guard case .ask(_, _, let shape) = kind else { return request }
    let trimmed = answer.trimmingSpaces
    guard !trimmed.isEmpty else { return nil }
    switch shape {
    case .text:
      return request.answering([trimmed])
    case .yesNo:
      guard let yes = Affirmation.read(trimmed) else { return nil }
      return request.answering([yes ? "yes" : "no"])
    case .nameAndContact:
      let words = trimmed.split(separator: " ").map(String.init)
      let (name, contact) = Self.splitContact(words)
      guard let contact, !name.isEmpty else {
        return request.answering([words.joined(separator: " ")])
      }
      let person = Self.personName(name)
      return request.answering([person.isEmpty ? name.joined(separator: " ") : person, contact])
    }
  }

  /// The words of a name as typed before a contact ("me, Sarah Patel,", "it's Tom -"): the
  /// name alone, without the punctuation between it and the contact, a leading "me" / "it's",
  /// or the organisation said after it ("Ann Lee from Bristol Law", "Ann Lee, Bristol Law",
  /// « Anne Leroy du cabinet Martin », « Anne Leroy chez Martin Avocats »).
  package static func personName(_ words: [String]) -> String {
    let lead: Set<String> = [
      "me", "moi", "it's", "its", "it’s", "that's", "thats", "c'est", "c’est",
    ]
    let edges = Set(",;:-–—()<>\"'«»")
    func clean(_ word: String) -> String {
      var word = String(word.drop(while: { edges.contains($0) }))
      while let last = word.last, edges.contains(last) { word.removeLast() }
      return word
    }
    var typed = words.filter { !clean($0).isEmpty }
    while let first = typed.first, typed.count > 1, lead.contains(clean(first).lowercased()) {
      typed.removeFirst()
    }
    // The name ends at its first comma ("Ann Lee, Bristol Law").
    if let comma = typed.dropLast().firstIndex(where: { $0.hasSuffix(",") || $0.hasSuffix(";") }) {
      typed = Array(typed[...comma])
    }
    // An organisation after the name: "from", "at", « chez », « du cabinet »
    // (`[name.organisation]` in `po/words/CODE.words`).
    let folded = typed.map { String(clean($0).lowercased().map { $0 == "’" ? "'" : $0 }) }
    let cut = typed.indices.dropFirst().first { index in
      Self.organisationStarts.contains { words in
        Array(folded[index...].prefix(words.count)) == words
      }
    }
    if let cut { typed = Array(typed[..<cut]) }
    return typed.map(clean).joined(separator: " ")
  }

  /// The words that start an organisation said after a person's name, in every language.
  static let organisationStarts: [[String]] = InputWords.union("name.organisation").map {
    $0.split(separator: " ").map(String.init)
  }

  /// Splits `Marie Dupont marie@x.fr` or `Paul +33 6 12 34 56 78` into the name and the
  /// contact: an e-mail as the last word, or the trailing words of a phone number (6 digits
  /// or more). No contact when neither is there.
  package static func splitContact(_ words: [String]) -> (name: [String], contact: String?) {
    if let last = words.last, last.contains("@") {
      let edges = Set("()<>,;.")
      var mail = String(last.drop(while: { edges.contains($0) }))
      while let end = mail.last, edges.contains(end) { mail.removeLast() }
      return (Array(words.dropLast()), mail)
    }
    let phoneCharacters = Set("0123456789+.-()")
    var start = words.count
    while start > 0, words[start - 1].allSatisfy({ phoneCharacters.contains($0) }) {
      start -= 1
    }
    while start < words.count, !words[start].contains(where: \.isNumber) { start += 1 }
    let phone = words[start...].joined(separator: " ")
    guard phone.filter(\.isNumber).count >= 6 else { return (words, nil) }
    return (Array(words[..<start]), phone)
  }
}

extension String {
  /// The text without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    return String(self.drop(while: isSpace).reversed().drop(while: isSpace).reversed())
  }
}
