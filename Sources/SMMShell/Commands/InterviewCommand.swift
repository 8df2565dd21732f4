/// `/interview`: ask for each missing field of the brand profile, in plain words.
package struct InterviewCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "interview",
    usage: "/interview",
    examples: ["/interview"],
    keywords: ["interview", "questions", "onboarding", "questionnaire", "entretien", "ask"])

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    _ = try context.requireBrand()
    return .session(.startInterview) { CommandOutput($0.lines) }
  }
}

/// `/skip`: pass the interview question; with no interview running, put off the profile
/// checklist item the guide asked for last (it stays to do, and the guide asks the next one).
package struct SkipCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "skip",
    usage: "/skip",
    examples: ["/skip"],
    keywords: ["skip", "pass", "next", "passer", "suivant"])

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    .session(.skipQuestion) { CommandOutput($0.lines) }
  }
}

/// `/stop`: end the interview.
package struct StopCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "stop",
    usage: "/stop",
    examples: ["/stop"],
    keywords: ["stop", "end", "finish", "arreter", "terminer"])

  package init(_ arguments: ParsedArguments) throws(ShellError) {}

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    .session(.stopInterview) { CommandOutput($0.lines) }
  }
}
