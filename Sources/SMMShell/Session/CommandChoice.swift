import SMMCore

/// "Which command did you mean?": the commands a request could mean, numbered. A number picks
/// one (yes picks the only one); a line that is no number is a new request, read afresh.
struct CommandChoice: Conversation {
  let text: String
  /// The commands offered, in the order shown.
  let commands: [String]

  func step(_ answer: String, in context: ConversationContext) -> ConversationStep {
    var index = Int(answer).map { $0 - 1 }
    if commands.count == 1 && Affirmation.read(answer) == true { index = 0 }
    guard let index else { return .reread }
    guard commands.indices.contains(index) else {
      return .again(context.strings("assistant.whichAgain", ["count": String(commands.count)]))
    }
    return .request(commands[index])
  }
}
