/// `/interview`: ask for each missing field of the brand profile, in plain words.
public struct InterviewCommand: ShellCommand {
  public static let spec = CommandSpec(
    name: "interview",
    usage: "/interview",
    examples: ["/interview"],
    keywords: ["interview", "questions", "onboarding", "questionnaire", "entretien", "ask"])

  public init(_ arguments: ParsedArguments) throws(ShellError) {}

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    CommandOutput(try session.startInterview())
  }
}

/// `/skip`: pass the interview question; with no interview running, put off the profile
/// checklist item the guide asked for last (it stays to do, and the guide asks the next one).
public struct SkipCommand: ShellCommand {
  public static let spec = CommandSpec(
    name: "skip",
    usage: "/skip",
    examples: ["/skip"],
    keywords: ["skip", "pass", "next", "passer", "suivant"])

  public init(_ arguments: ParsedArguments) throws(ShellError) {}

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    if session.interview == nil, let lines = session.postponeLastAdvice() {
      return CommandOutput(lines)
    }
    return CommandOutput(try session.skipInterviewField())
  }
}

/// `/stop`: end the interview.
public struct StopCommand: ShellCommand {
  public static let spec = CommandSpec(
    name: "stop",
    usage: "/stop",
    examples: ["/stop"],
    keywords: ["stop", "end", "finish", "arreter", "terminer"])

  public init(_ arguments: ParsedArguments) throws(ShellError) {}

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    CommandOutput(try session.stopInterview())
  }
}
