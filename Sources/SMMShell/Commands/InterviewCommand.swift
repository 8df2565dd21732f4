/// `/interview`: ask for each missing field of the brand profile, in plain words.
public struct InterviewCommand: ShellCommand {
  public static let spec = CommandSpec(
    name: "interview",
    abstract: "Ask for each missing field of the brand profile, one question at a time",
    usage: "/interview",
    discussion:
      "Asks one short question per missing field, with the answers it takes. Answer in your own words, in English or French (\"we sell to other companies\", \"environ 4 heures par semaine\"); each accepted answer is recorded as its /brand set command and shown. /skip passes a question, /stop ends the interview. It starts by itself after /new.",
    examples: ["/interview"],
    keywords: ["interview", "questions", "onboarding", "questionnaire", "entretien", "ask"])

  public init(_ arguments: ParsedArguments) throws(ShellError) {}

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    CommandOutput(try session.startInterview())
  }
}

/// `/skip`: pass the interview question.
public struct SkipCommand: ShellCommand {
  public static let spec = CommandSpec(
    name: "skip",
    abstract: "Pass the current interview question",
    usage: "/skip",
    discussion: "Leaves the field missing and asks the next question; /interview asks again later.",
    examples: ["/skip"],
    keywords: ["skip", "pass", "next", "passer", "suivant"])

  public init(_ arguments: ParsedArguments) throws(ShellError) {}

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    CommandOutput(try session.skipInterviewField())
  }
}

/// `/stop`: end the interview.
public struct StopCommand: ShellCommand {
  public static let spec = CommandSpec(
    name: "stop",
    abstract: "End the interview (what was answered is kept)",
    usage: "/stop",
    discussion:
      "Ends the interview; every answer already given is saved. /interview resumes with what is still missing.",
    examples: ["/stop"],
    keywords: ["stop", "end", "finish", "arreter", "terminer"])

  public init(_ arguments: ParsedArguments) throws(ShellError) {}

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    CommandOutput(try session.stopInterview())
  }
}
