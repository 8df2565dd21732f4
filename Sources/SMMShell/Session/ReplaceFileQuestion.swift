import Foundation
import SMMCore

/// A command that writes a file the user names (`/export`, `/save`): when the file exists, the
/// shell asks whether to replace it or write another name, and runs the command again so.
protocol FileWritingCommand: ShellCommand {
  /// Whether it replaces a file that exists (`--force`).
  var force: Bool { get set }
  /// Writes `file` instead of the one it was given.
  mutating func target(_ file: String)
}

extension FileWritingCommand {
  /// The same command, replacing the file.
  func replacing() -> Self {
    var command = self
    command.force = true
    return command
  }

  /// The same command, writing `file` instead.
  func writing(to file: String) -> Self {
    var command = self
    command.target(file)
    return command
  }

  /// The question to ask before writing over `shown`, when it exists and someone is there to
  /// answer; nil when the command may go ahead (the file is new, or it may be replaced).
  /// - Throws: ``ShellError/fileExists(_:)`` in a script or a pipe, where nobody answers.
  func replaceQuestion(_ shown: String, force: Bool, in context: CommandContext)
    throws(ShellError) -> CommandOutcome?
  {
    var isDirectory: ObjCBool = false
    guard !force,
      FileManager.default.fileExists(
        atPath: context.environment.resolve(shown), isDirectory: &isDirectory),
      !isDirectory.boolValue
    else { return nil }
    guard context.environment.isInteractive else { throw .fileExists(shown) }
    let question = ReplaceFileQuestion(command: self, file: shown, strings: context.strings)
    return .ask(question, CommandOutput([question.text]))
  }
}

/// "plan.md already exists: replace it?" — yes replaces it, no keeps it, and a file name
/// writes that file instead (asked again if it exists too).
struct ReplaceFileQuestion: Conversation {
  /// The command to run again.
  let command: any FileWritingCommand
  /// The file that exists, as shown.
  let file: String
  let text: String

  init(command: any FileWritingCommand, file: String, strings: Strings) {
    self.command = command
    self.file = file
    text = strings.guidance("file.exists.ask", ["path": .text(file)])
  }

  /// "Later", "stop": the file stays as it is.
  func universal(_ word: UniversalAnswer, in context: ConversationContext) -> ConversationStep? {
    .settled(CommandOutput([context.strings("file.exists.kept", ["path": file])]))
  }

  func step(_ answer: String, in context: ConversationContext) -> ConversationStep {
    // "yes, replace it", « oui, remplace-le », "no keep it": the reply with a few words more
    // is still yes or no, never a file name.
    switch Affirmation.read(answer) ?? AnswerCue.leadingReply(answer) {
    case true?: return .run(command.replacing())
    case false?:
      return .settled(CommandOutput([context.strings("file.exists.kept", ["path": file])]))
    case nil:
      guard let name = Self.fileName(answer, like: file) else {
        return .again(context.strings("file.exists.again"))
      }
      return .run(command.writing(to: name))
    }
  }

  /// Characters a file name typed as an answer may hold, besides letters and digits.
  static let nameCharacters: Set<Character> = ["-", "_", ".", "/", "~", "+"]

  /// `answer` read as a file name: one word of letters, digits and `- _ . / ~ +` (quotes
  /// dropped), given the extension of `existing` when it has none; nil when it cannot be one
  /// ("what?", a sentence).
  static func fileName(_ answer: String, like existing: String) -> String? {
    var name = answer.trimmingCharacters(in: .whitespaces)
    for quote in ["\"", "'", "«", "»", "“", "”"] {
      name = name.replacingOccurrences(of: quote, with: "")
    }
    name = name.trimmingCharacters(in: .whitespaces)
    guard name != existing, name.contains(where: { $0.isLetter || $0.isNumber }),
      name.allSatisfy({ $0.isLetter || $0.isNumber || nameCharacters.contains($0) })
    else { return nil }
    let last = (name as NSString).lastPathComponent
    let wanted = (existing as NSString).pathExtension
    if !last.contains("."), !wanted.isEmpty { name += "." + wanted }
    return name
  }
}
