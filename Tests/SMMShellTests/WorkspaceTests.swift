import Foundation
import SMMCore
import SMMShell
import SMMShellTestSupport
import SMMStore
import Testing

struct WorkspaceTests {
  @Test func refusesAFileThatIsNotADatabaseAndLeavesItAlone() throws {
    let folder = try TestShell.makeTemporaryFolder()
    let path = folder + "/notes.sqlite"
    let garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
    try garbage.write(to: URL(fileURLWithPath: path))
    do {
      _ = try SQLiteWorkspace(path: path)
      Issue.record("a corrupt file was opened as a workspace")
    } catch {
      #expect(error.description.contains("is not an smm workspace"))
      #expect(error.description.contains("nothing was changed"))
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
  }

  @Test func refusesAnotherProgramsDatabase() throws {
    let folder = try TestShell.makeTemporaryFolder()
    let path = folder + "/other.sqlite"
    let make = Process()
    make.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    make.arguments = [path, "CREATE TABLE invoices(id INTEGER); INSERT INTO invoices VALUES (1);"]
    try make.run()
    make.waitUntilExit()
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(throws: StoreError.self) { try SQLiteWorkspace(path: path) }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
  }

  @Test func refusesAFolderAndAnUncreatablePath() throws {
    let folder = try TestShell.makeTemporaryFolder()
    #expect(throws: StoreError.self) { try SQLiteWorkspace(path: folder) }
    let file = folder + "/plain"
    try Data("x".utf8).write(to: URL(fileURLWithPath: file))
    do {
      _ = try SQLiteWorkspace(path: file + "/inside/ws.sqlite")
      Issue.record("a workspace under a file was created")
    } catch {
      #expect(error.description.contains("cannot create the folder"))
    }
  }

  @Test func aSecondSessionResumesTheBrandAndItsState() throws {
    let first = try TestShell()
    first.run("/new acme", "/rename \"Acme Bakery\"", "/new beta", "/use acme bakery")
    let second = try TestShell(workspacePath: first.folder + "/workspace.sqlite")
    #expect(second.session.current?.state.name.value == "Acme Bakery")
    #expect(second.session.prompt == "Acme Bakery 1/4 spaces> ")
    #expect(second.session.current?.record.head == 2)
  }

  @Test func snapshotsKeepLongLogsCorrect() throws {
    let shell = try TestShell()
    shell.run("/new brand-0")
    let lines = (1...1_203).map { "/rename brand-\($0)" }
    _ = shell.runner.run(ScriptedLineReader(lines), source: nil)
    #expect(shell.runner.failures == 0)
    let reopened = try TestShell(workspacePath: shell.folder + "/workspace.sqlite")
    #expect(reopened.session.current?.state.name.value == "brand-1203")
    #expect(reopened.session.current?.record.head == 1_204)
    // Undo across the snapshot at entry 1,000 folds from it, not from the start.
    let undone = reopened.run("/undo", "/undo", "/undo", "/undo", "/undo")
    #expect(!undone.contains { $0.contains("error") }, "\(undone)")
    #expect(reopened.session.current?.state.name.value == "brand-1198")
    let sqlite = Process()
    let pipe = Pipe()
    sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    sqlite.arguments = [
      shell.folder + "/workspace.sqlite", "SELECT group_concat(seq) FROM snapshot",
    ]
    sqlite.standardOutput = pipe
    try sqlite.run()
    sqlite.waitUntilExit()
    let seqs = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(seqs.trimmingCharacters(in: .whitespacesAndNewlines) == "500,1000")
  }

  @Test func aBatchCommitsEveryCommandOfAScript() throws {
    let shell = try TestShell()
    let script = shell.folder + "/long.smm"
    let text = "/new batch\n" + (1..<2_500).map { "/rename b\($0)\n" }.joined()
    try text.write(toFile: script, atomically: true, encoding: .utf8)
    let (result, _) = shell.runner.runScript("long.smm", bail: true)
    #expect(result.ok, "\(result)")
    let other = try TestShell(workspacePath: shell.folder + "/workspace.sqlite")
    #expect(other.session.current?.record.head == 2_500)
    #expect(other.session.current?.state.name.value == "b2499")
  }
}
