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
    /// The command needs the answer to `question`, put where the template says `{answer}`;
    /// `suggestion`, when there is one, is what "yes" accepts.
    case ask(question: Phrase, suggestion: String?, shape: AnswerShape)
  }

  /// The command to run, or for a question its template with `{answer}`.
  public var command: String
  /// Run as is, or ask first.
  public var kind: Kind
  /// Why this action, in one sentence.
  public var reason: Phrase
  /// Where the reasoning comes from (the method, a study, a platform's documentation).
  public var sources: [String]

  /// Creates an action.
  public init(_ command: String, kind: Kind = .run, reason: Phrase, sources: [String] = []) {
    self.command = command
    self.kind = kind
    self.reason = reason
    self.sources = sources
  }

  /// The placeholder a question's template carries.
  public static let answerPlaceholder = "{answer}"

  /// The command as shown to people: `…` where a question's answer goes.
  public var shownCommand: String { "…".withTemplate(command) }

  /// The command with `answer` in place, or nil when the answer does not fit the shape
  /// (a yes/no question answered otherwise, a contact without a name).
  public func command(answering answer: String) -> String? {
    guard case .ask(_, _, let shape) = kind else { return command }
    let trimmed = answer.trimmingSpaces
    guard !trimmed.isEmpty else { return nil }
    let argument: String
    switch shape {
    case .text:
      argument = CommandText.quote(trimmed)
    case .yesNo:
      guard let yes = Affirmation.read(trimmed) else { return nil }
      argument = yes ? "yes" : "no"
    case .nameAndContact:
      let words = trimmed.split(separator: " ").map(String.init)
      let (name, contact) = Self.splitContact(words)
      guard let contact, !name.isEmpty else {
        return CommandText.quote(words.joined(separator: " ")).withTemplate(command)
      }
      argument = CommandText.quote(name.joined(separator: " ")) + " " + CommandText.quote(contact)
    }
    return argument.withTemplate(command)
  }

  /// Splits `Marie Dupont marie@x.fr` or `Paul +33 6 12 34 56 78` into the name and the
  /// contact: an e-mail as the last word, or the trailing words of a phone number (6 digits
  /// or more). No contact when neither is there.
  static func splitContact(_ words: [String]) -> (name: [String], contact: String?) {
    if let last = words.last, last.contains("@") {
      return (Array(words.dropLast()), last)
    }
    let phoneCharacters = Set("0123456789+.-()")
    var start = words.count
    while start > 0, words[start - 1].allSatisfy({ phoneCharacters.contains($0) }) {
      start -= 1
    }
    let phone = words[start...].joined(separator: " ")
    guard phone.filter(\.isNumber).count >= 6 else { return (words, nil) }
    return (Array(words[..<start]), phone)
  }
}

extension String {
  fileprivate func withTemplate(_ template: String) -> String {
    let marker = Array(GuideAction.answerPlaceholder)
    let characters = Array(template)
    guard characters.count >= marker.count else { return template }
    for start in 0...(characters.count - marker.count)
    where Array(characters[start..<start + marker.count]) == marker {
      return String(characters[..<start]) + self + String(characters[(start + marker.count)...])
    }
    return template
  }

  /// The text without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    return String(self.drop(while: isSpace).reversed().drop(while: isSpace).reversed())
  }
}
