import SMMCore

/// Everything that can go wrong in the shell. Each case renders as one line that says what was
/// wrong and how to fix it; nothing is changed when a command fails.
package enum ShellError: Error, Equatable, Sendable, CustomStringConvertible {
  case unknownCommand(String, suggestions: [String])
  case unterminatedQuote(String, column: Int)
  case unterminatedTextBlock
  case danglingContinuation
  case lineTooLong(bytes: Int, limit: Int)
  case invalidUTF8(byteOffset: Int)
  /// A line holds a control character the shell refuses (``ControlCharacters``).
  case controlCharacter(ControlCharacters.Found)
  case wrongArgumentCount(command: String, got: Int, minimum: Int, maximum: Int?, usage: String)
  case unknownFlag(command: String, flag: String, suggestion: String?)
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
  /// The brand's log has entries that cannot be read: it is not changed until `/repair`.
  case damagedLog(brand: String, entries: [Int])
  /// `smm backup`/`/backup` wrote nothing at the path shown, for this reason.
  case backupFailed(String, reason: BackupProblem)
  /// A write refused: the workspace at the path only reads, for this reason.
  case readOnlyWorkspace(String, reason: ReadOnlyReason)
  /// A read failed, with SQLite's reason (nothing was being saved).
  case workspaceUnreadable(String)
  /// A read hit a damaged page of the workspace at the path; SQLite's reason.
  case damagedRead(String, reason: String)
  /// A command used the wrong way: what was wrong (in the session's language) and the
  /// command's usage line (empty when the message points at /help instead).
  case usage(Phrase, usage: String)
  /// An error already phrased, passed on as it is.
  case failed(String)

  /// The error in English, for callers that have no session.
  package var description: String { message(.englishCommands) }

  /// The error in `strings`' language: one line that says what was wrong and how to fix it.
  package func message(_ strings: Strings) -> String {
    switch self {
    case .unknownCommand(let name, let suggestions):
      let shown = name.isEmpty ? "/" : "/\(name)"
      if suggestions.isEmpty { return strings("error.unknownCommand", ["command": shown]) }
      return strings(
        "error.unknownCommand.suggest",
        ["command": shown, "didYouMean": Self.didYouMean(suggestions, prefix: "/", strings)])
    case .unterminatedQuote(let quote, let column):
      return strings("error.unterminatedQuote", ["quote": quote, "column": String(column)])
    case .unterminatedTextBlock:
      return strings("error.unterminatedTextBlock")
    case .danglingContinuation:
      return strings("error.danglingContinuation")
    case .lineTooLong(let bytes, let limit):
      return strings(
        "error.lineTooLong",
        ["bytes": Self.format(bytes, strings), "limit": Self.format(limit, strings)])
    case .invalidUTF8(let offset):
      return strings("error.invalidUTF8", ["offset": String(offset)])
    case .controlCharacter(let found):
      return strings(
        found.line == 1 ? "error.controlCharacter" : "error.controlCharacter.inBlock",
        ["name": found.name, "line": String(found.line), "column": String(found.column)])
    case .wrongArgumentCount(let command, let got, let minimum, let maximum, let usage):
      if maximum == 0 {
        return strings(
          "error.arguments.none", ["command": command, "got": String(got), "usage": usage])
      }
      if got < minimum {
        return strings("error.arguments.missing", ["command": command, "usage": usage])
      }
      return strings.format(
        "error.arguments.tooMany",
        [
          "command": .text(command), "maximum": .number(maximum ?? 0), "got": .number(got),
          "usage": .text(usage),
          "hint": .text(usage.contains("FILE") ? strings("error.arguments.quotePath") : ""),
        ])
    case .scriptLoop(let chain):
      return strings(
        "error.scriptLoop",
        ["script": chain.last ?? "", "chain": chain.joined(separator: " → ")])
    case .unknownFlag(let command, let flag, let suggestion):
      let hint = suggestion.map { strings("error.didYouMean.one", ["name": $0]) } ?? ""
      return strings("error.unknownFlag", ["command": command, "flag": flag, "hint": hint])
    case .noActiveBrand:
      return strings("error.noActiveBrand")
    case .unknownBrand(let name, let suggestions):
      if suggestions.isEmpty {
        return strings(
          "error.unknownBrand", ["name": name, "quoted": CommandText.quote(name)])
      }
      return strings(
        "error.unknownBrand.suggest",
        ["name": name, "didYouMean": Self.didYouMean(suggestions, prefix: "", strings)])
    case .brandExists(let name):
      return strings("error.brandExists", ["name": name, "quoted": CommandText.quote(name)])
    case .domain(let error):
      return error.message(strings)
    case .nothingToUndo:
      return strings("error.nothingToUndo")
    case .nothingToRedo:
      return strings("error.nothingToRedo")
    case .fileExists(let path):
      return strings("error.fileExists", ["path": path])
    case .cannotReadFile(let path, let reason):
      return strings("error.cannotRead", ["path": path, "reason": reason])
    case .cannotWriteFile(let path, let reason):
      return strings("error.cannotWrite", ["path": path, "reason": reason])
    case .confirmationNeeded(let command):
      return strings("error.confirmationNeeded", ["command": command])
    case .brandGoneElsewhere(let name):
      return strings("error.brandGoneElsewhere", ["name": name])
    case .scriptNestedTooDeep(let path, let limit):
      return strings("error.scriptTooDeep", ["path": path, "limit": String(limit)])
    case .failed(let message):
      return message
    case .workspace(let message):
      return message
    case .usage(let message, let usage):
      return usage.isEmpty
        ? message.render(strings)
        : strings.format("error.usage", ["message": .phrase(message), "usage": .text(usage)])
    case .corruptLog(let brand, let entry, let reason):
      return strings(
        "error.corruptLog", ["brand": brand, "entry": String(entry), "reason": reason])
    case .readOnlyWorkspace(let path, .notWritable):
      return strings("error.readOnly.notWritable", ["path": path])
    case .readOnlyWorkspace(let path, .damaged(let detail)):
      return strings("error.readOnly.damaged", ["path": path, "detail": detail])
    case .workspaceUnreadable(let reason):
      return strings("error.workspaceUnreadable", ["reason": reason])
    case .damagedRead(let path, let reason):
      return strings("error.damagedRead", ["path": path, "reason": reason])
    case .backupFailed(let path, let problem):
      switch problem {
      case .sameFile:
        return strings("error.backup.sameFile", ["path": path])
      case .integrity(let detail):
        return strings("error.backup.integrity", ["path": path, "detail": detail])
      case .counts(let expected, let found):
        return strings(
          "error.backup.counts", ["path": path, "expected": expected, "found": found])
      case .sqlite(let reason):
        return strings("error.backup.sqlite", ["path": path, "reason": reason])
      }
    case .damagedLog(let brand, let entries):
      return strings.format(
        "error.damagedLog",
        [
          "brand": .text(brand), "count": .number(entries.count),
          "entries": .text(entries.map(String.init).joined(separator: ", ")),
        ])
    }
  }

  /// A usage error that points at the command's help rather than repeating a long usage line.
  static func seeHelp(_ message: Phrase, command: String) -> ShellError {
    .usage(
      Phrase("usage.seeHelp", ["message": .phrase(message), "command": .text(command)]), usage: "")
  }

  /// `/COMMAND has no action "X"; the actions are …`, with the closest action suggested.
  static func noAction(
    _ command: String, _ action: String, among choices: [String], actions: Phrase.Value? = nil,
    key: String = "usage.noAction"
  ) -> Phrase {
    let listed = actions ?? .text(choices.joined(separator: ", "))
    guard let closest = Suggestions.closest(to: action, in: choices).first else {
      return Phrase(key, ["command": .text(command), "action": .text(action), "actions": listed])
    }
    return Phrase(
      key + ".suggest",
      [
        "command": .text(command), "action": .text(action), "name": .text(closest),
        "actions": listed,
      ])
  }

  private static func didYouMean(_ suggestions: [String], prefix: String, _ strings: Strings)
    -> String
  {
    guard !suggestions.isEmpty else { return "" }
    let names = suggestions.map { "\(prefix)\($0)" }
    if names.count == 1 { return strings("error.didYouMean.one", ["name": names[0]]) }
    return strings(
      "error.didYouMean.many",
      ["names": names.dropLast().joined(separator: ", "), "last": names[names.count - 1]])
  }

  /// `1048576` → `1,048,576` in English, `1 048 576` in French.
  static func format(_ number: Int, _ strings: Strings = .english) -> String {
    strings.language.grouped(number)
  }
}
