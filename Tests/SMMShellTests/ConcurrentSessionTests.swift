import Foundation
import SMMCore
import SMMShell
import SMMShellTestSupport
import Testing

/// Two shells on one workspace never lose each other's writes.
struct ConcurrentSessionTests {
  @Test func theSecondWriterIsToldAndBuildsOnTheFirst() throws {
    let alice = try TestShell()
    alice.run("/new acme")
    let bob = try TestShell(workspacePath: alice.folder + "/workspace.sqlite")
    #expect(bob.session.current?.state.name.value == "acme")

    alice.run("/rename \"Acme Bakery\"")
    let result = bob.execute("/rename \"Acme & Co\"")
    #expect(result.ok)
    #expect(result.notes.contains { $0.contains("was changed in another smm session") })

    let log = bob.run("/history")
    #expect(log.contains { $0.hasSuffix("/rename \"Acme Bakery\"") })
    #expect(log.contains { $0.hasSuffix("/rename \"Acme & Co\"") })
    // Alice now sees Bob's change when she next writes.
    let undo = alice.execute("/undo")
    #expect(undo.ok)
    #expect(undo.notes.contains { $0.contains("another smm session") })
    #expect(alice.session.current?.state.name.value == "Acme Bakery")
  }

  @Test func aBrandDeletedElsewhereIsReportedClearly() throws {
    let alice = try TestShell()
    alice.run("/new acme")
    let bob = try TestShell(workspacePath: alice.folder + "/workspace.sqlite")
    alice.run("/delete acme --yes")
    let result = bob.execute("/rename beta")
    #expect(!result.ok)
    #expect(result.error?.contains("was deleted in another smm session") == true)
    #expect(bob.session.current == nil)
  }

  @Test func twoShellsCannotTakeTheSameName() throws {
    let alice = try TestShell()
    alice.run("/new acme")
    let bob = try TestShell(workspacePath: alice.folder + "/workspace.sqlite")
    bob.run("/new beta")
    let result = bob.execute("/rename ACME")
    #expect(!result.ok)
    #expect(result.error?.contains("already exists") == true)
  }
}
