import SMMShell
import SMMShellTestSupport
import Testing

/// The assistant in the session: what it logs, what it refuses, and the lines it does not try
/// to read as requests.
struct AssistantTests {
  @Test func aVeryLongLineIsNotReadAsARequest() throws {
    let shell = try TestShell()
    let line = String(repeating: "quels réseaux choisir ", count: 10_000)
    let result = shell.execute(line)
    #expect(!result.ok)
    #expect(
      result.error?.contains("quels réseaux ch…\"") == true, "cut when shown: \(result.error ?? "")"
    )
    #expect((result.error?.count ?? 0) < 1_000)
  }

  @Test func freeTextLogsTheCanonicalCommandOnly() throws {
    let shell = try TestShell()
    _ = shell.execute("/new Acme")
    _ = shell.execute("/stop")
    for line in ["ajoute le pilier savoir-faire", "which networks should we be on?", "oui"] {
      _ = shell.execute(line)
    }
    _ = shell.execute("/hints on")
    _ = shell.execute("/next")
    #expect(shell.execute("yes").command == "/interview")
    let log = try shell.session.log().entries.map(\.command)
    #expect(log == ["/new Acme"], "read-only requests log nothing, free text never: \(log)")
  }

  @Test func destructiveRequestsAreShownNotRun() throws {
    let shell = try TestShell()
    _ = shell.execute("/new Acme")
    _ = shell.execute("/stop")
    for line in ["delete the brand acme", "supprime la marque acme"] {
      let result = shell.execute(line)
      #expect(result.output.joined().contains("/delete"), "\(line): \(result)")
      #expect(shell.session.brandNames() == ["Acme"], "\(line) deleted nothing")
    }
  }

  /// Help asked in words gets a few lines — what smm does, what to say for where the brand
  /// stands, with its own platform and message — and the question that waits stays.
  @Test func helpInWordsIsBriefAndInTheBrandsContext() throws {
    let shell = try TestShell()
    _ = shell.execute("/new Acme")
    _ = shell.execute("/stop")
    _ = shell.execute("/spaces choose linkedin")
    _ = shell.execute("/content message add \"Our spring offer\"")
    let result = shell.execute("can you help me?")
    let text = result.output.joined(separator: "\n")
    #expect(result.command == "/help --brief", "\(result)")
    #expect(text.contains("LinkedIn"), "an example with the brand's own platform: \(text)")
    #expect(result.output.count < 12, "a few lines, not every command: \(text)")
    #expect(text.contains("/help lists every command"), "\(text)")
  }
}
