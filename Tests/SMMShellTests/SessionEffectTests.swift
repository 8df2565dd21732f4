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
    let leaf = try #require(try LeafCommitTests.command(line) as? any DataCommand)
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
}
