import Foundation
import SMMCore
import SMMShell
import SMMShellTestSupport
import Testing

/// A workspace whose log holds an entry that does not read back (stored cut at a NUL, as an
/// older smm did) still opens, lists, opens and exports its brands, and `/repair` fixes it.
struct DamagedLogTests {
  /// Runs SQL on the workspace file with the sqlite3 shell; returns what it printed.
  @discardableResult
  static func sql(_ path: String, _ statement: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = [path, statement]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// A workspace with Zed (entry 2 cut like `/brand set sector "a`) and Acme, Zed last open.
  static func damagedWorkspace() throws -> (folder: String, path: String) {
    let shell = try TestShell()
    shell.run(
      "/new Acme", "/new Zed", "/brand set sector \"a b\"", "/brand set hours 4",
      "/brand set market b2b")
    let path = shell.folder + "/workspace.sqlite"
    try Self.sql(
      path,
      "UPDATE log_entry SET command = '/brand set sector \"a' WHERE seq = 2 AND brand_id = (SELECT id FROM brand WHERE name = 'Zed')"
    )
    return (shell.folder, path)
  }

  @Test func aDamagedEntryDoesNotBrickTheWorkspace() throws {
    let (folder, path) = try Self.damagedWorkspace()
    let shell = try TestShell(workspacePath: path, folder: folder)
    let zed = try #require(shell.session.current)
    #expect(zed.state.name.value == "Zed")
    #expect(zed.state.profile.hours == 4)
    #expect(zed.state.profile.sector == nil)
    #expect(zed.damage.map { $0.seq } == [2])

    // The first result says which entry is damaged, shows its text and says how to repair.
    let brands = shell.execute("/brands")
    #expect(brands.ok)
    #expect(brands.output.contains { $0.contains("Acme") })
    let notes = brands.notes.joined(separator: "\n")
    #expect(notes.contains("entry 2"))
    #expect(notes.contains("/brand set sector \"a"))
    #expect(notes.contains("unterminated quote"))
    #expect(notes.contains("/repair"))
    // Said once, not on every line.
    #expect(shell.execute("/brands").notes.isEmpty)

    #expect(shell.execute("/new Other").ok)
    let use = shell.execute("/use Zed")
    #expect(use.ok)
    #expect(use.notes.joined().contains("entry 2"))
    #expect(try shell.session.loadBrand(named: "Zed").state.profile.hours == 4)
    // The script leaves the unreadable entry out: it rebuilds the brand as shown.
    #expect(try shell.session.script(named: "Zed").count == 3)

    #expect(shell.execute("/save zed.smm").ok)
    let saved = try String(contentsOfFile: folder + "/zed.smm", encoding: .utf8)
    #expect(saved.contains("/brand set hours 4"))
    #expect(!saved.contains("sector"))

    // A change would build on a guessed state: refused, and nothing is written.
    let refused = shell.execute("/brand set hours 6")
    #expect(!refused.ok)
    #expect(refused.error?.contains("/repair") == true)
    #expect(!shell.execute("/undo").ok)
    #expect(try Self.sql(path, "SELECT count(*) FROM log_entry") == "6")
  }

  @Test func repairSavesTheTextRemovesTheEntryAndRenumbers() throws {
    let (folder, path) = try Self.damagedWorkspace()
    let shell = try TestShell(workspacePath: path, folder: folder)
    let asked = shell.execute("/repair")
    #expect(!asked.ok)
    #expect(asked.error?.contains("--yes") == true)

    let repaired = shell.execute("/repair --yes")
    #expect(repaired.ok, "\(repaired.error ?? "")")
    let said = repaired.output.joined(separator: "\n")
    #expect(said.contains("removed the unreadable entry (2)"))
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
      $0.hasSuffix(".txt") && $0.contains("damaged-entries")
    }
    #expect(files.count == 1)
    let saved = try String(contentsOfFile: folder + "/" + files[0], encoding: .utf8)
    #expect(saved.contains("\n/brand set sector \"a\n"))
    #expect(saved.contains("# entry 2: unterminated quote"))

    let zedID = try Self.sql(path, "SELECT id FROM brand WHERE name = 'Zed'")
    #expect(
      try Self.sql(path, "SELECT group_concat(seq) FROM log_entry WHERE brand_id = \(zedID)")
        == "1,2,3")
    #expect(try Self.sql(path, "SELECT head, last_seq FROM brand WHERE id = \(zedID)") == "3|3")
    #expect(shell.session.current?.damage.isEmpty == true)
    #expect(shell.session.current?.state.profile.hours == 4)
    #expect(shell.execute("/brand set hours 6").ok)
    #expect(shell.execute("/undo").ok)
    #expect(
      shell.execute("/repair").output == [
        "The log of \"Zed\" reads back whole; there is nothing to repair."
      ])

    // A new session sees a sound brand, with no note.
    let again = try TestShell(workspacePath: path, folder: folder)
    #expect(again.session.current?.damage.isEmpty == true)
    #expect(again.execute("/brands").notes.isEmpty)
  }

  @Test func anInteractiveRepairAsksFirst() throws {
    let (folder, path) = try Self.damagedWorkspace()
    let shell = try TestShell(interactive: true, workspacePath: path, folder: folder)
    let asked = shell.execute("/repair")
    #expect(asked.ok)
    #expect(asked.output.last?.contains("Answer yes or no") == true)
    #expect(shell.execute("no").output == ["The log of Zed is unchanged."])
    #expect(try Self.sql(path, "SELECT count(*) FROM log_entry") == "5")
    _ = shell.execute("/repair")
    #expect(shell.execute("yes").ok)
    #expect(try Self.sql(path, "SELECT count(*) FROM log_entry") == "4")
    #expect(shell.session.current?.damage.isEmpty == true)
  }

  @Test func anUnreadableCreationKeepsTheBrandUnderItsStoredName() throws {
    let (folder, path) = try Self.damagedWorkspace()
    try Self.sql(
      path,
      "UPDATE log_entry SET command = '/new \"Ze' WHERE seq = 1 AND brand_id = (SELECT id FROM brand WHERE name = 'Zed')"
    )
    let shell = try TestShell(workspacePath: path, folder: folder)
    #expect(shell.session.current?.state.name.value == "Zed")
    #expect(shell.session.current?.damage.map { $0.seq } == [1, 2])
    #expect(shell.execute("/repair --yes").ok)
    let zedID = try Self.sql(path, "SELECT id FROM brand WHERE name = 'Zed'")
    #expect(
      try Self.sql(path, "SELECT command FROM log_entry WHERE brand_id = \(zedID) AND seq = 1")
        == "/new Zed")
    #expect(shell.session.current?.state.profile.hours == 4)
    #expect(shell.session.current?.record.lastSeq == 3)
  }

  @Test func repairKeepsSnapshotsConsistentOnALongLog() throws {
    let shell = try TestShell()
    shell.run("/new Long")
    for n in 1...520 { _ = shell.execute("/brand set hours \(n % 40 + 1)") }
    let path = shell.folder + "/workspace.sqlite"
    try Self.sql(path, "UPDATE log_entry SET command = '/brand set sector \"x' WHERE seq = 3")
    let damaged = try TestShell(workspacePath: path, folder: shell.folder)
    // The snapshot at 500 was made when the entry was sound: the open sees the head fine.
    #expect(damaged.session.current?.state.profile.hours == 1)
    #expect(damaged.execute("/repair --yes").ok)
    #expect(try Self.sql(path, "SELECT group_concat(seq) FROM snapshot") == "500")
    #expect(try Self.sql(path, "SELECT max(seq), count(*) FROM log_entry") == "520|520")
    let reopened = try TestShell(workspacePath: path, folder: shell.folder)
    #expect(reopened.session.current?.state.profile.hours == 1)
    #expect(reopened.execute("/undo").ok)
    #expect(reopened.session.current?.state.profile.hours == 40)
  }
}
