import Foundation
import SMMCore
import SMMShell
import SMMShellTestSupport
import Testing

/// One rule for control characters in every text a user gives: refused with the character's
/// name and column, and the line changes nothing; TAB is kept.
struct ControlCharacterInputTests {
  /// A brand with two spaces, a community and a risk, so every text-taking command is valid.
  func brand() throws -> TestShell {
    let shell = try TestShell()
    for line in [
      "/new Zed", "/stop", "/spaces choose instagram facebook",
      "/community add \"home bakers\" --platform instagram --type practice",
      "/crisis risk add \"service outage\" --type technical-accident",
    ] {
      let result = shell.execute(line)
      #expect(result.ok, "\(line): \(result)")
    }
    return shell
  }

  /// Commands taking free text, with `X` where the user's text goes (quoted).
  static let templates = [
    "/brand set sector \"X\"",
    "/community add \"X\" --platform instagram --type practice",
    "/content pillars add \"X\"",
    "/content message add \"X\"",
    "/content tone instagram \"X\"",
    "/crisis team spokesperson \"X\" \"+33 6 12 34 56 78\"",
    "/crisis risk add \"X\" --type rumor",
    "/profile instagram set bio \"X\"",
    "/engage owner \"home bakers\" spread \"X\"",
    "/rename \"X\"",
    "/new \"X\"",
    "/count x \"X\"",
  ]

  /// Payloads and how the error must name their control character.
  static let payloads: [(text: String, name: String, column: Int)] = [
    ("a\u{0}b", "U+0000 NUL", 2),
    ("\u{1B}]52;c;ZXZpbA==\u{07}", "U+001B ESC", 1),
    ("\u{1B}]0;pwned\u{07}", "U+001B ESC", 1),
    ("ok\u{1B}[2J", "U+001B ESC", 3),
    ("é\u{9B}31m", "U+009B CSI", 2),
    ("del\u{7F}", "U+007F DEL", 4),
    ("cr\rhere", "U+000D CR", 3),
  ]

  @Test(arguments: templates)
  func everyTextTakingCommandRefusesControlCharacters(template: String) throws {
    let shell = try brand()
    let before = try shell.session.log().head
    let placeholder = template.range(of: "X")!
    for payload in Self.payloads {
      let line = template.replacingCharacters(in: placeholder, with: payload.text)
      let result = shell.execute(line)
      #expect(!result.ok, "\(template) with \(payload.name) was accepted")
      let column =
        template.distance(from: template.startIndex, to: placeholder.lowerBound)
        + payload.column
      #expect(
        result.error?.contains("\(payload.name) at column \(column);") == true,
        "\(template): \(result.error ?? "no error")")
      #expect(try shell.session.log().head == before, "\(template) changed the brand")
    }
  }

  @Test func theSameRuleHoldsForFreeTextAndKeepsTheQuestion() throws {
    let shell = try TestShell()
    #expect(shell.execute("/new Zed").ok)
    let question = shell.session.pendingQuestion?.text
    #expect(question != nil)
    let result = shell.execute("bakery\u{1B}]0;pwned\u{07}")
    #expect(!result.ok)
    #expect(result.error?.contains("U+001B ESC at column 7") == true, "\(result)")
    #expect(shell.session.pendingQuestion?.text == question, "the question still waits")
    #expect(try shell.session.log().head == 1)
  }

  @Test func aTextBlockNamesTheLineOfTheCharacter() throws {
    let shell = try brand()
    let lines = shell.run("/content message add \"\"\"", "first line", "sec\u{0}ond", "\"\"\"")
    #expect(
      lines.contains {
        $0.contains("line 3 of the command holds the control character U+0000 NUL at column 4")
      }, "\(lines)")
  }

  @Test func errorsAreInFrenchToo() throws {
    let shell = try brand()
    #expect(shell.execute("/lang fr").ok)
    let result = shell.execute("/brand set sector \"a\u{0}b\"")
    #expect(result.error?.contains("caractère de contrôle U+0000 NUL à la colonne 21") == true)
  }

  @Test func aTabIsKeptAndReadsBack() throws {
    let shell = try brand()
    #expect(shell.execute("/brand set sector \"bread\tand cakes\"").ok)
    #expect(shell.execute("/content message add \"pasted\ttext\"").ok)
    #expect(shell.execute("the weather\tis fine?").error?.contains("U+") != true)
    // A new session folds the log again: what was stored reads back.
    let again = try TestShell(
      workspacePath: shell.folder + "/workspace.sqlite", folder: shell.folder)
    let state = try #require(again.session.current?.state)
    #expect(state.profile.sector == "bread\tand cakes")
    #expect(state.content.messages.last?.text == "pasted\ttext")
  }

  @Test func aNulInAQuotedValueNoLongerBricksTheWorkspace() throws {
    let shell = try TestShell()
    let lines = shell.run("/new Zed", "/stop", "/brand set sector \"a\u{0}b\"")
    #expect(lines.contains { $0.contains("U+0000 NUL") }, "\(lines)")
    let again = try TestShell(
      workspacePath: shell.folder + "/workspace.sqlite", folder: shell.folder)
    #expect(again.execute("/brands").ok)
    #expect(again.execute("/export md").ok)
  }

  @Test func metricsCSVCellsFollowTheRule() throws {
    let header = "platform,week,followers,reach,impressions,engagements\n"
    for (cell, name) in [
      ("insta\u{1B}]52;c;ZXZpbA==\u{07}gram", "U+001B ESC"), ("\u{9B}", "U+009B CSI"),
      ("2026-W0\u{0}4", "U+0000 NUL"),
    ] {
      let text = header + "instagram,2026-W03,1,2,3,4\n" + "\(cell),2026-W04,1,2,3,4\n"
      #expect(throws: SMMCoreError.self) { try MetricsCSV.parse(text) }
      do {
        _ = try MetricsCSV.parse(text)
      } catch {
        #expect(
          error.description.hasPrefix(
            "row 3, column platform: the cell holds the control character \(name)"),
          "\(error)")
      }
    }
    // Tabs and line breaks in a quoted cell of an ignored column are fine.
    let fine = header.dropLast() + ",notes\n" + "instagram,2026-W03,1,2,3,4,\"a\tb\r\nc\"\n"
    #expect(try MetricsCSV.parse(String(fine)).count == 1)
  }

  @Test func namesAreStandard() {
    #expect(ControlCharacters.name(of: "\u{0}") == "U+0000 NUL")
    #expect(ControlCharacters.name(of: "\u{1B}") == "U+001B ESC")
    #expect(ControlCharacters.name(of: "\u{7F}") == "U+007F DEL")
    #expect(ControlCharacters.name(of: "\u{85}") == "U+0085 NEL")
    #expect(ControlCharacters.name(of: "\u{9F}") == "U+009F APC")
    #expect(ControlCharacters.firstForbidden(in: "tab\tand\nline feed é ☃") == nil)
  }
}
