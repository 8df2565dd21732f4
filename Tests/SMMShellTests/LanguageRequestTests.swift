import SMMCore
import SMMShellTestSupport
import Testing

@testable import SMMShell

/// « Parle français » while a question waits changes the interface's language and asks the
/// same question in it; a language's name alone answers the question (issue 13: the language
/// changes only on an explicit request).
struct LanguageRequestTests {
  @Test(arguments: ["parle français", "Parlez français !", "switch to French"])
  func aRequestChangesTheLanguageAndAsksAgain(_ line: String) throws {
    let shell = try TestShell(interactive: true)
    shell.run("/new \"Boulangerie Martin\"", "boulangerie artisanale à Lyon")
    let asked = shell.session.pendingQuestion?.text ?? ""
    let output = shell.run(line).joined(separator: "\n")
    #expect(shell.session.language == .fr, "\(output)")
    let again = try #require(shell.session.pendingQuestion as? InterviewQuestion)
    #expect(again.field == .market, "the same question waits")
    #expect(again.text != asked, "asked in French now: \(again.text)")
    #expect(output.contains(again.text))
    #expect(output.contains("encore 9 questions"), "asked as the interview asks it: \(output)")
    #expect(shell.session.current?.state.profile.market == nil, "nothing was stored")
    shell.run("speak English")
    #expect(shell.session.language == .en)
    #expect((shell.session.pendingQuestion as? InterviewQuestion)?.field == .market)
  }

  @Test func aLanguageNameAnswersTheLanguagesQuestion() throws {
    let shell = try TestShell(interactive: true)
    shell.run(
      "/new \"Le Fournil\"", "/stop", "/brand set sector bakery", "/brand set market b2c",
      "/brand set ages 25-34", "/brand set goals sales", "/brand set hours 4",
      "/brand set team 2", "/brand set formats image", "/brand set reach local",
      "/brand set countries FR", "/interview")
    #expect((shell.session.pendingQuestion as? InterviewQuestion)?.field == .languages)
    shell.run("français")
    #expect(shell.session.language == .en, "the interface stays in English")
    #expect(shell.session.current?.state.profile.languages == ["fr"])
  }

  @Test func aLanguageNameInAnAnswerIsNotARequest() {
    #expect(!AnswerCue.asksForLanguage("English"))
    #expect(!AnswerCue.asksForLanguage("en français"))
    #expect(!AnswerCue.asksForLanguage("an English-speaking clientele in Leeds and York"))
    #expect(AnswerCue.asksForLanguage("speak French please"))
  }
}
