import Foundation
import GRDB
import SMMCore
import SMMShell
import SMMShellTestSupport
import Testing

/// Imported metrics rows are data beside the log: the log holds one short line naming their
/// SHA-256, undo and redo fold them back, `/save` writes them as a CSV file beside the script,
/// and the replay rebuilds the same brand.
struct MetricsDatasetTests {
  static func log(_ path: String) throws -> [String] {
    try DatabaseQueue(path: path).read { db in
      try String.fetchAll(db, sql: "SELECT command FROM log_entry ORDER BY brand_id, seq")
    }
  }

  @Test func anImportIsOneShortLogLineAndItsRowsBesideIt() throws {
    let shell = try TestShell()
    try MetricsImportScaleTests.csv(rows: 3000).write(
      toFile: shell.folder + "/rows.csv", atomically: true, encoding: .utf8)
    #expect(shell.execute("/new Rows").ok)
    let imported = shell.execute("/metrics import rows.csv")
    #expect(imported.ok, "\(imported.error ?? "")")
    let log = try Self.log(shell.folder + "/workspace.sqlite")
    #expect(log.count == 2)
    #expect(log[1].hasPrefix("/metrics load --dataset sha256:") && log[1].hasSuffix(" --rows 3000"))
    #expect(log[1].utf8.count < 120)
    let stored = try DatabaseQueue(path: shell.folder + "/workspace.sqlite").read { db in
      try Int.fetchOne(db, sql: "SELECT rows FROM dataset")
    }
    #expect(stored == 3000)

    // Reopened, undone and redone, the rows come back from the table.
    let reopened = try TestShell(
      workspacePath: shell.folder + "/workspace.sqlite", folder: shell.folder)
    #expect(reopened.session.current?.state.metrics.count == 3000)
    #expect(reopened.execute("/undo").ok)
    #expect(reopened.session.current?.state.metrics.isEmpty == true)
    #expect(reopened.execute("/redo").ok)
    #expect(reopened.session.current?.state.metrics.count == 3000)

    // /save writes the rows beside the script; the replay elsewhere gives the same brand.
    #expect(reopened.execute("/save plan.smm").ok)
    let script = try String(contentsOfFile: shell.folder + "/plan.smm", encoding: .utf8)
    #expect(script.contains("/metrics import plan.metrics-1.csv"))
    #expect(FileManager.default.fileExists(atPath: shell.folder + "/plan.metrics-1.csv"))
    let fresh = try TestShell(
      workspacePath: shell.folder + "/fresh.sqlite", folder: shell.folder)
    fresh.run("/run plan.smm")
    let same = fresh.session.current?.state == reopened.session.current?.state
    #expect(fresh.session.current?.state.metrics.count == 3000)
    #expect(same, "the replayed brand differs from the saved one")
  }

  @Test func rowsThatNoLongerMatchTheirHashMakeADamagedEntryNotATrap() throws {
    let shell = try TestShell()
    try MetricsImportScaleTests.csv(rows: 10).write(
      toFile: shell.folder + "/rows.csv", atomically: true, encoding: .utf8)
    #expect(shell.execute("/new Rows").ok)
    #expect(shell.execute("/metrics import rows.csv").ok)
    try DatabaseQueue(path: shell.folder + "/workspace.sqlite").write { db in
      try db.execute(sql: "UPDATE dataset SET data = CAST('tampered' AS BLOB)")
    }
    let reopened = try TestShell(workspacePath: shell.folder + "/workspace.sqlite")
    #expect(reopened.session.current?.damage.map(\.seq) == [2])
    #expect(reopened.execute("/brands").ok)
  }

  @Test func aSchemaOneWorkspaceGainsTheDatasetTable() throws {
    let folder = try TestShell.makeTemporaryFolder()
    let path = folder + "/old.sqlite"
    do {
      let shell = try TestShell(workspacePath: path, folder: folder)
      #expect(shell.execute("/new Old").ok)
    }
    try DatabaseQueue(path: path).writeWithoutTransaction { db in
      try db.execute(sql: "DROP TABLE dataset; PRAGMA user_version = 1")
    }
    let upgraded = try TestShell(workspacePath: path, folder: folder)
    #expect(upgraded.session.current?.state.name.value == "Old")
    let version = try DatabaseQueue(path: path).read { db in
      (
        try Int.fetchOne(db, sql: "PRAGMA user_version"),
        try Bool.fetchOne(
          db, sql: "SELECT count(*) > 0 FROM sqlite_master WHERE name = 'dataset'")
      )
    }
    #expect(version.0 == 2 && version.1 == true)
  }
}
