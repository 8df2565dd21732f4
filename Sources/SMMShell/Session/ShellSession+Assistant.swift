import Foundation
import SMMCore

/// The assistant: free text (a line without `/`) taken up as an answer to the guide's offer,
/// or mapped to a command by ``IntentMatcher``. The command that runs is shown, and it is the
/// canonical command that the log records. Destructive commands are never run from free text.
extension ShellSession {
  /// Greetings that get the welcome again instead of "not understood".
  static let greetings: Set<String> = [
    "hello", "hi", "hey", "bonjour", "salut", "coucou", "bonsoir", "good morning",
  ]

  func assist(_ text: String, offer: GuideAction?) -> (CommandResult, ShellEffect?) {
    let matched =
      matchIntent(text)
    if let offer, let taken = takeUp(offer, answer: text, matched: matched) { return taken }
    if Affirmation.read(text) != nil {
      return (
        CommandResult(
          command: text, ok: false, error: strings.guidance("assistant.nothingToConfirm")), nil
      )
    }
    let folded = text.lowercased().filter { $0 != "!" && $0 != "." }
    if Self.greetings.contains(folded) {
      return (CommandResult(command: text, ok: true, output: welcome()), nil)
    }
    switch matched {
    case .run(_, let command):
      if command == "/new" { return askBrandName(typed: text) }
      return runFromText(command, typed: text)
    case .confirm(_, let command):
      return (
        CommandResult(
          command: text, ok: true, output: [strings("assistant.confirm", ["command": command])]),
        nil
      )
    case .ask(let commands):
      return askWhich(commands, typed: text)
    case .none:
      if let name = UncoveredPlatform.named(in: text) {
        let platforms = Platform.allCases.map(\.displayName).joined(separator: ", ")
        return (
          // An answer, not a failure: the person learns what smm covers.
          CommandResult(
            command: text, ok: true,
            output: [
              strings("assistant.uncoveredPlatform", ["name": name, "platforms": platforms])
            ]),
          nil
        )
      }
      let shown = text.count > 60 ? String(text.prefix(60)) + "…" : text
      var lines = [strings("assistant.none", ["text": shown])]
      for example in IntentExamples.examples(for: intentContext()) {
        lines.append("  " + strings(example.key, example.values))
      }
      let related = FreeTextHelp.suggestions(for: text)
      if !related.isEmpty {
        lines.append(
          strings.guidance("assistant.related", ["commands": related.joined(separator: ", ")]))
      }
      return (
        CommandResult(command: text, ok: false, error: lines.joined(separator: "\n")), nil
      )
    }
  }

  /// Runs `command` for free text, showing it first.
  func runFromText(_ command: String, typed: String) -> (CommandResult, ShellEffect?) {
    var (result, effect) = runCommand(command, typed: command)
    result.output.insert(strings("assistant.running", ["command": result.command]), at: 0)
    result.leadingLines += 1
    return (result, effect)
  }

  private func askBrandName(typed: String) -> (CommandResult, ShellEffect?) {
    show(Guidance.createBrand)
    return (
      CommandResult(command: typed, ok: true, output: [Guidance.createBrand.questionText(strings)]),
      nil
    )
  }

  private func askWhich(_ commands: [String], typed: String) -> (CommandResult, ShellEffect?) {
    var lines = [strings("assistant.which")]
    for (index, command) in commands.enumerated() { lines.append("  \(index + 1). \(command)") }
    lines.append(strings("assistant.whichHow"))
    ask(CommandChoice(text: lines.joined(separator: "\n"), commands: commands))
    return (CommandResult(command: typed, ok: true, output: lines), nil)
  }

  /// The longest line read as a request, in UTF-8 bytes: a request is a sentence or two; a
  /// longer line is an answer (a core message) or a paste, never matched word by word.
  static let longestRequest = 600

  /// The matcher's reading of `text`; nothing for an empty or very long line.
  /// `context` defaults to the open brand's names and the workspace's brands (a read of the
  /// workspace); a caller that only looks for the guide's own requests passes a lighter one.
  func matchIntent(_ text: String, context: IntentContext? = nil) -> IntentCommand {
    guard !text.isEmpty, text.utf8.count <= Self.longestRequest else { return .none }
    return IntentCommand(IntentMatcher.match(text, context: context ?? intentContext()))
  }

  /// What the matcher may refer to: the open brand's platforms, messages and names.
  func intentContext() -> IntentContext {
    let state = current?.state
    var context = IntentContext(
      platforms: state?.spaces ?? [],
      messageIDs: state?.content.messages.map(\.id) ?? [],
      brandNames: brandNames(),
      communityNames: state?.communities.map(\.name) ?? [],
      riskNames: state?.risks.map(\.name) ?? [],
      pillarNames: state?.content.pillars ?? [],
      hasBrand: state != nil, today: CalendarCommand.today(environment), profile: state?.profile,
      calendarWeeks: state?.content.calendar?.weeks, calendarStart: state?.content.calendar?.start,
      openBrand: state?.name.value)
    context.messageTexts = state?.content.messages.map(\.text) ?? []
    return context
  }
}
