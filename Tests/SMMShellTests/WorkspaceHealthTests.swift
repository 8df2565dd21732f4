import Foundation
import SMMCore
import SMMShell
import SMMShellTestSupport
import Testing

/// A damaged or read-only workspace file still opens and reads, refuses writes with a clear
/// error, and never blames a failed read on a save.
struct WorkspaceHealthTests {
  /// Runs `arguments` (a program and its arguments); returns its exit status and output.
  @discardableResult
  static func run(_ arguments: String...) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus,
      String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    )
  }

  /// Overwrites the cells of the first leaf page of the log (the headers stay).
  static func damageLogPage(_ path: String) throws {
    let page = try #require(
      Int(
        try run(
          "sqlite3", path,
          "SELECT pageno FROM dbstat WHERE name = 'log_entry' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1"
        ).output))
    let pageSize = try #require(Int(try run("sqlite3", path, "PRAGMA page_size").output))
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.seek(toOffset: UInt64((page - 1) * pageSize + 8))
    try handle.write(contentsOf: Data(repeating: 0xFF, count: pageSize - 8))
    try handle.close()
  }

  @Test func aDamagedFileOpensReadOnlyAndSaysHowToRecover() throws {
    let shell = try TestShell()
    shell.run("/new Acme", "/brand set hours 4", "/use Acme")
    let path = shell.folder + "/workspace.sqlite"
    try Self.run("sqlite3", path, "PRAGMA wal_checkpoint(TRUNCATE)")
    try Self.damageLogPage(path)

    let damaged = try TestShell(workspacePath: path, folder: shell.folder)
    guard case .damaged? = damaged.session.workspace.readOnlyReason else {
      Issue.record("a damaged file was opened for writing")
      return
    }
    let brands = damaged.execute("/brands")
    #expect(brands.ok)
    #expect(brands.output.contains { $0.contains("Acme") })
    #expect(brands.notes.joined().contains(".recover"))
    let history = damaged.execute("/history")
    #expect(history.error?.contains("could not save") != true)
    let write = damaged.execute("/new Beta")
    #expect(!write.ok)
    #expect(write.error?.contains("damaged") == true)
    #expect(write.error?.contains(".recover") == true)
    #expect(try Self.run("sqlite3", path, "SELECT count(*) FROM brand").output == "1")
  }

  @Test func aReadOnlyFolderReadsAndRefusesWrites() throws {
    let shell = try TestShell()
    let folder = shell.folder + "/ro"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    guard try Self.run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", folder).status == 0 else {
      print("skipped: cannot mount a tmpfs here (needs root); read-only folder not tested")
      return
    }
    defer { _ = try? Self.run("umount", "-l", folder) }
    let path = folder + "/workspace.sqlite"
    do {
      let writer = try TestShell(workspacePath: path, folder: shell.folder)
      writer.run("/new Acme", "/brand set hours 4")
    }
    try #require(try Self.run("mount", "-o", "remount,ro", folder).status == 0)

    let reader = try TestShell(workspacePath: path, folder: shell.folder)
    #expect(reader.session.workspace.readOnlyReason == .notWritable)
    let brands = reader.execute("/brands")
    #expect(brands.ok, "\(brands.error ?? "")")
    #expect(brands.notes.joined().contains("read-only"))
    #expect(reader.execute("/use Acme").ok)
    #expect(reader.session.current?.state.profile.hours == 4)
    #expect(reader.execute("/history").ok)
    let write = reader.execute("/brand set hours 5")
    #expect(!write.ok)
    #expect(write.error?.contains("nothing was changed") == true)
    #expect(try reader.session.loadBrand(named: "Acme").state.profile.hours == 4)
  }
}
