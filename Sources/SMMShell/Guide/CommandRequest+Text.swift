import SMMCore

extension CommandRequest {
  /// The request as a command line the tokenizer reads back unchanged:
  /// `/crisis drill "food poisoning"`, `/community add Lyon --platform instagram --type place`;
  /// `placeholder` where an answer goes, and `word(key)` for the word standing for a value.
  package func text(placeholder: String, word: (String) -> String) -> String {
    var words = ["/" + path.joined(separator: " ")]
    for argument in arguments {
      switch argument {
      case .value(let value): words.append(CommandText.quote(value))
      case .answer: words.append(placeholder)
      case .placeholder(let shown): words.append(shown)
      case .word(let key): words.append(word(key))
      case .flag(let name): words.append("--" + name)
      }
    }
    for option in options {
      words += ["--" + option.name, CommandText.quote(option.value)]
    }
    return words.joined(separator: " ")
  }

  /// The request as a command line, the words standing for values in capitals (`TEXT`).
  package func text(placeholder: String) -> String {
    text(placeholder: placeholder) { $0.uppercased() }
  }

  /// The command line to run (a request still waiting for its answer shows `{answer}`).
  package var text: String { text(placeholder: GuideAction.answerPlaceholder) }

  /// The command line as shown to people: `…` where an answer goes.
  package var shown: String { text(placeholder: "…") }

  /// The command line as shown to people reading `strings`: `…` where an answer goes, the
  /// words standing for values in their language (`NAME`, `NOM`).
  package func shown(in strings: Strings) -> String {
    text(placeholder: "…") { strings("command.word." + $0) }
  }
}

extension Strings {
  /// These strings, writing the commands their phrases name as command lines
  /// (``CommandRequest/shown(in:)``): the strings every shell text is rendered with.
  package var printingCommands: Strings {
    printingCommands { request, strings in request.shown(in: strings) }
  }

  /// The English strings, writing commands as command lines (exports, JSON).
  package static let englishCommands = Strings.english.printingCommands
}
