import SMMCore

extension CommandRequest {
  /// The request as a command line the tokenizer reads back unchanged:
  /// `/crisis drill "food poisoning"`, `/community add Lyon --platform instagram --type place`;
  /// `placeholder` where an answer goes.
  package func text(placeholder: String) -> String {
    var words = ["/" + path.joined(separator: " ")]
    for argument in arguments {
      switch argument {
      case .value(let value): words.append(CommandText.quote(value))
      case .answer: words.append(placeholder)
      case .placeholder(let word): words.append(word)
      }
    }
    for option in options {
      words += ["--" + option.name, CommandText.quote(option.value)]
    }
    return words.joined(separator: " ")
  }

  /// The command line to run (a request still waiting for its answer shows `{answer}`).
  package var text: String { text(placeholder: GuideAction.answerPlaceholder) }

  /// The command line as shown to people: `…` where an answer goes.
  package var shown: String { text(placeholder: "…") }
}
