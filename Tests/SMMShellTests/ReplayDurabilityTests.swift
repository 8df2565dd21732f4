import Foundation
import GRDB
import SMMCore
import SMMShellTestSupport
import Testing

@testable import SMMShell
@testable import SMMStore

/// Replay shows a result only once it is durable, a write error in a batch rolls it back
/// cleanly, and a log with gaps never traps.
struct ReplayDurabilityTests {
  /// A sink that checks, from another connection, that each script line's result is stored
  /// by the time it is shown.
  final class CommittedCheckSink: OutputSink {
    let reader: DatabaseQueue
    var shown = 0
    var shownBeforeCommit: [Int] = []

    init(path: String) throws { reader = try DatabaseQueue(path: path) }

    func echo(prompt: String, line: String) {}
    func message(_ text: String, isError: Bool) {}
    func flush() {}
    func emit(_ result: CommandResult, at location: SMMShell.SourceLocation?) {
      guard let line = location?.line, result.ok else { return }
      shown += 1
      let stored = try? reader.read { db in
        try Int.fetchOne(db, sql: "SELECT count(*) FROM log_entry WHERE seq = ?", arguments: [line])
      }
      if stored != 1 { shownBeforeCommit.append(line) }
    }
  }

  static func writeScript(_ shell: TestShell, _ name: String, _ lines: [String]) throws {
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: shell.folder + "/" + name, atomically: true, encoding: .utf8)
  }

  @Test func aReplayShowsNoResultBeforeItsBatchIsCommitted() throws {
    let shell = try TestShell()
    try Self.writeScript(
      shell, "long.smm", ["/new acme"] + (1..<3_000).map { "/brand set hours \($0 % 40 + 1)" })
    let sink = try CommittedCheckSink(path: shell.folder + "/workspace.sqlite")
    let runner = ShellRunner(session: shell.session, sink: sink)
    let (result, _) = runner.runScript("long.smm", bail: true)
    #expect(result.ok, "\(result)")
    #expect(sink.shown == 3_000)
    #expect(sink.shownBeforeCommit.isEmpty, "shown before commit: \(sink.shownBeforeCommit.count)")
  }

  @Test func aWriteErrorInABatchStopsTheReplayAndKeepsTheLogWhole() throws {
    let shell = try TestShell()
    shell.run("/new acme")
    let padding = String(repeating: "x", count: 100)
    try Self.writeScript(
      shell, "sectors.smm", (1...20_000).map { "/brand set sector \"\($0) \(padding)\"" })
    // A database that may not grow beyond a few hundred pages: SQLite answers SQLITE_FULL, as
    // on a full disk.
    try shell.sqlite.queue.inDatabase { db in
      let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
      _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(pages + 120)")
    }
    let (result, _) = shell.runner.runScript("sectors.smm", bail: false)
    #expect(!result.ok)
    let error = result.error ?? ""
    let saved = try #require(
      error.firstMatch(of: /the disk is full; nothing after line (\d+) of sectors.smm was saved/)
        .flatMap { Int($0.1) }, "\(error)")
    #expect(saved > 0 && saved < 20_000)
    // The shell shows what is stored: the brand's head is the last line saved.
    #expect(shell.session.current?.record.head == saved + 1)
    let seqs = try shell.sqlite.readDatabase { db in
      try Int.fetchAll(db, sql: "SELECT seq FROM log_entry ORDER BY seq")
    }
    #expect(seqs == Array(1...(saved + 1)))
    let integrity = try shell.sqlite.readDatabase { db in
      try String.fetchOne(db, sql: "PRAGMA integrity_check")
    }
    #expect(integrity == "ok")
    // Nothing of the failed batch was shown.
    let shown = shell.transcript.lines.filter { $0.hasPrefix("acme: sector = ") }.count
    #expect(shown <= saved)
    // A write after the failure does not slip in outside a transaction, and the next command
    // still runs on what is stored.
    let history = shell.run("/history")
    #expect(history.contains { $0.contains("\(saved + 1)  ") })
  }

  @Test func historyOfALogWithGapsDoesNotTrap() throws {
    let first = try TestShell()
    first.run("/new acme", "/brand set hours 5", "/brand set hours 6")
    try first.sqlite.queue.write { db in
      try db.execute(sql: "UPDATE log_entry SET seq = 1002 WHERE seq = 3")
      try db.execute(sql: "UPDATE brand SET head = 1002, last_seq = 1002")
    }
    let second = try TestShell(workspacePath: first.folder + "/workspace.sqlite")
    let shown = second.run("/history")
    #expect(shown.contains { $0.contains("   1  ") && $0.hasSuffix("/new acme") })
    #expect(shown.contains { $0.contains("1002  ") && $0.hasSuffix("/brand set hours 6") })
  }
}
