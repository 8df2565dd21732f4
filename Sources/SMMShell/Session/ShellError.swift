import SMMCore

/// Everything that can go wrong in the shell. Each case renders as one line that says what was
/// wrong and how to fix it; nothing is changed when a command fails.
public enum ShellError: Error, Equatable, Sendable, CustomStringConvertible {
  case unknownCommand(String, suggestions: [String])
  case unterminatedQuote(String, column: Int)
  case unterminatedTextBlock
  case danglingContinuation
  case lineTooLong(bytes: Int, limit: Int)
  case invalidUTF8(byteOffset: Int)
  case wrongArgumentCount(command: String, got: Int, minimum: Int, maximum: Int?, usage: String)
  case unknownFlag(command: String, flag: String, suggestion: String?)
  case notUnderstood(String, suggestions: [String])
  case noActiveBrand
  case unknownBrand(String, suggestions: [String])
  case brandExists(String)
  case domain(SMMCoreError)
  case nothingToUndo
  case nothingToRedo
  case fileExists(String)
  case cannotReadFile(String, reason: String)
  case cannotWriteFile(String, reason: String)
  case confirmationNeeded(String)
  case brandGoneElsewhere(String)
  case scriptNestedTooDeep(String, limit: Int)
  case scriptLoop([String])
  case workspace(String)
  case corruptLog(brand: String, entry: Int, reason: String)
  case usage(String, usage: String)
  /// An error already phrased, passed on as it is.
  case failed(String)

  public var description: String {
    switch self {
    case .unknownCommand(let name, let suggestions):
      let shown = name.isEmpty ? "/" : "/\(name)"
      if suggestions.isEmpty { return "unknown command \(shown); type /help for the list" }
      return
        "unknown command \(shown)\(Self.didYouMean(suggestions, prefix: "/")) (/help lists every command)"
    case .unterminatedQuote(let quote, let column):
      return
        "unterminated quote: the \(quote) at column \(column) is never closed; add the closing \(quote)"
    case .unterminatedTextBlock:
      return
        "unterminated text block: a \"\"\" is never closed; end the text with a line holding \"\"\""
    case .danglingContinuation:
      return
        "the last line ends with \\ but nothing follows; remove the \\ or add the rest of the command"
    case .lineTooLong(let bytes, let limit):
      return
        "line too long: \(Self.format(bytes)) bytes, the limit is \(Self.format(limit)); split the text into several commands"
    case .invalidUTF8(let offset):
      return
        "the line is not valid UTF-8 (bad byte at offset \(offset)); save the file as UTF-8 and try again"
    case .wrongArgumentCount(let command, let got, let minimum, let maximum, let usage):
      if maximum == 0 {
        return "/\(command) takes no arguments (got \(got)); usage: \(usage)"
      }
      if got < minimum {
        return "/\(command) is missing an argument; usage: \(usage)"
      }
      let most = maximum.map { $0 == 1 ? "1 argument" : "\($0) arguments" } ?? ""
      let hint = usage.contains("FILE") ? " — quote a path with spaces: \"my file.smm\"" : ""
      return "/\(command) takes at most \(most) (got \(got)); usage: \(usage)\(hint)"
    case .scriptLoop(let chain):
      return
        "\(chain.last ?? "") is already running (\(chain.joined(separator: " → "))); remove the /run that loops"
    case .unknownFlag(let command, let flag, let suggestion):
      let hint = suggestion.map { " — did you mean \($0)?" } ?? ""
      return "/\(command) has no option \(flag)\(hint); see /help \(command)"
    case .notUnderstood(let text, let suggestions):
      let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
      let help =
        suggestions.isEmpty
        ? "commands start with /; type /help for the list"
        : "commands that might help: \(suggestions.joined(separator: ", ")) (type /help for all)"
      return "I did not understand \"\(shown)\"; \(help)"
    case .noActiveBrand:
      return
        "no brand is open; create one with /new NAME or open one with /use NAME (/brands lists them)"
    case .unknownBrand(let name, let suggestions):
      if suggestions.isEmpty {
        return
          "no brand named \"\(name)\"; /brands lists them, /new \(ShellQuoting.quote(name)) creates it"
      }
      return
        "no brand named \"\(name)\"\(Self.didYouMean(suggestions, prefix: "")) (/brands lists them)"
    case .brandExists(let name):
      return
        "a brand named \"\(name)\" already exists; open it with /use \(ShellQuoting.quote(name)) or pick another name"
    case .domain(let error):
      return error.description
    case .nothingToUndo:
      return
        "nothing to undo: the brand's log holds only its creation (to remove the brand, use /delete NAME)"
    case .nothingToRedo:
      return
        "nothing to redo: /redo replays what /undo took back, and nothing was undone since the last change"
    case .fileExists(let path):
      return "\(path) already exists; add --force to replace it, or choose another file name"
    case .cannotReadFile(let path, let reason):
      return "cannot read \(path): \(reason)"
    case .cannotWriteFile(let path, let reason):
      return "cannot write \(path): \(reason)"
    case .confirmationNeeded(let command):
      return "\(command) needs a confirmation; in a script or with -c, add --yes"
    case .brandGoneElsewhere(let name):
      return "the brand \"\(name)\" was deleted in another smm session; /brands lists what remains"
    case .scriptNestedTooDeep(let path, let limit):
      return
        "\(path) runs scripts more than \(limit) levels deep (a script running itself?); remove the /run loop"
    case .failed(let message):
      return message
    case .workspace(let message):
      return message
    case .usage(let message, let usage):
      return usage.isEmpty ? message : "\(message); usage: \(usage)"
    case .corruptLog(let brand, let entry, let reason):
      return
        "the log of \"\(brand)\" cannot be read at entry \(entry) (\(reason)); nothing was changed — check the workspace with sqlite3 or restore a backup"
    }
  }

  /// A usage error that points at the command's help rather than repeating a long usage line.
  static func seeHelp(_ message: String, command: String) -> ShellError {
    .usage(message + " (/help \(command))", usage: "")
  }

  private static func didYouMean(_ suggestions: [String], prefix: String) -> String {
    guard !suggestions.isEmpty else { return "" }
    let names = suggestions.map { "\(prefix)\($0)" }
    if names.count == 1 { return " — did you mean \(names[0])?" }
    return
      " — did you mean \(names.dropLast().joined(separator: ", ")) or \(names[names.count - 1])?"
  }

  /// `1048576` → `1,048,576`.
  static func format(_ number: Int) -> String {
    let digits = Array(String(number))
    var out = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return out
  }
}
