import Foundation
import SMMCore
import SMMShellTestSupport
import Testing

@testable import SMMShell

/// The leaves that act on the session return the change they ask for; the dispatcher makes it.
struct SessionEffectTests {
  /// A shell with a brand whose log holds two entries.
  static func shell() throws -> TestShell {
    let shell = try TestShell()
    _ = shell.execute("/new acme")
    _ = shell.execute("/brand set sector bakery")
    return shell
  }

  /// The effect `line`'s leaf returns, without making it.
  static func effect(_ line: String, in shell: TestShell) throws -> SessionEffect? {
    let leaf = try #require(try LeafCommitTests.command(line) as? any ShellCommand)
    guard case .session(let effect, _) = try leaf.perform(shell.session.context) else {
      return nil
    }
    return effect
  }

  @Test func eachLeafAsksForItsEffectAndChangesNothing() throws {
    let shell = try Self.shell()
    let head = shell.session.current?.record.head
    #expect(try Self.effect("/undo", in: shell) == .undo)
    #expect(try Self.effect("/redo", in: shell) == .redo)
    #expect(try Self.effect("/lang fr", in: shell) == .setLanguage(.fr))
    #expect(try Self.effect("/hints on", in: shell) == .setHints(true))
    #expect(try Self.effect("/lang", in: shell) == nil)
    #expect(try Self.effect("/hints", in: shell) == nil)
    #expect(shell.session.current?.record.head == head)
    #expect(shell.session.language == .en)
    #expect(!shell.session.hintsOn)
  }

  @Test func theDispatcherMakesItAndTheViewSeesTheSessionAfter() throws {
    let shell = try Self.shell()
    let undone = shell.execute("/undo")
    #expect(undone.ok)
    #expect(shell.session.current?.record.head == 1)
    #expect(undone.output.first?.hasPrefix("Undid #2 /brand set sector bakery.") == true)
    #expect(shell.execute("/redo").output == ["Redid #2 /brand set sector bakery."])
    #expect(shell.session.current?.record.head == 2)
    #expect(shell.execute("/lang fr").output.first?.hasPrefix("smm parle français.") == true)
    #expect(shell.session.language == .fr)
    #expect(shell.execute("/hints on").ok)
    #expect(shell.session.hintsOn)
  }

  /// The leaves that open, delete, write or ask return that as data; nothing is done yet.
  @Test func brandsFilesAndQuestionsAreAskedForNotDone() throws {
    let shell = try Self.shell()
    let folder = shell.session.environment.resolve("")
    #expect(
      try Self.effect("/new beta", in: shell)
        == .createBrand(try BrandName("beta"), canonical: "/new beta"))
    #expect(try Self.effect("/use acme", in: shell) == .openBrand("acme"))
    #expect(try Self.effect("/interview", in: shell) == .startInterview)
    #expect(try Self.effect("/skip", in: shell) == .skipQuestion)
    #expect(try Self.effect("/stop", in: shell) == .stopInterview)
    guard case .writeFiles(let files)? = try Self.effect("/export md plan.md", in: shell) else {
      Issue.record("/export asks for no file")
      return
    }
    #expect(files.map(\.shown) == ["plan.md"])
    #expect(files.first?.text.contains("acme") == true)
    // A PDF is printed by the dispatcher too, from the HTML plan: the leaf runs no browser.
    guard case .printPDF(let pdf)? = try Self.effect("/export pdf plan.pdf", in: shell) else {
      Issue.record("/export pdf asks for no printing")
      return
    }
    #expect(pdf.shown == "plan.pdf" && pdf.text.hasPrefix("<!DOCTYPE html>"))
    guard case .deleteBrand(let record)? = try Self.effect("/delete acme --yes", in: shell) else {
      Issue.record("/delete --yes asks for no deletion")
      return
    }
    #expect(record.name == "acme")
    #expect(
      try Self.effect("/status", in: shell).map { if case .offer = $0 { true } else { false } }
        == true)
    // Nothing of it happened: the brand is there, no file was written, nobody is asked.
    #expect(shell.session.brandNames() == ["acme"])
    #expect(!FileManager.default.fileExists(atPath: folder + "/plan.md"))
    #expect(shell.session.pendingQuestion == nil)
    let reply = try #require(try LeafCommitTests.command("/reply triage") as? any ShellCommand)
    guard case .ask(let question, let output) = try reply.perform(shell.session.context) else {
      Issue.record("/reply triage asks nothing")
      return
    }
    #expect(output.lines.last == question.text)
    #expect(shell.session.pendingQuestion == nil)
  }
}
