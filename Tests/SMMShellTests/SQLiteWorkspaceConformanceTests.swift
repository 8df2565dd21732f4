import Foundation
import GRDB
import SMMShellTestSupport
import Testing

@testable import SMMStore

/// The ``WorkspaceStoreConformance`` checks, for the SQLite store.
struct SQLiteWorkspaceConformanceTests {
  static var conformance: WorkspaceStoreConformance {
    WorkspaceStoreConformance(
      open: { folder in try SQLiteWorkspace(path: folder + "/workspace.sqlite") },
      fillDisk: { store in
        // A file that may not grow beyond a few pages: SQLite answers SQLITE_FULL, as on a full
        // disk.
        guard let sqlite = store as? SQLiteWorkspace else { return }
        try sqlite.queue.inDatabase { db in
          let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
          _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(pages + 8)")
        }
      })
  }

  @Test(arguments: WorkspaceStoreConformance.Check.allCases)
  func sqliteStorePasses(_ check: WorkspaceStoreConformance.Check) throws {
    try Self.conformance.run(check)
  }
}
