import Foundation
import SMMCore
import SMMShell
import SMMShellTestSupport
import SMMStore
import Testing

/// A store that is not ``SQLiteWorkspace``: it hands every call to one and counts the
/// transactions, to show the session reaches storage only through ``WorkspaceStore``.
final class CountingStore: WorkspaceStore {
  let inner: SQLiteWorkspace
  private(set) var reads = 0
  private(set) var writes = 0

  init(_ inner: SQLiteWorkspace) { self.inner = inner }

  var path: String { inner.path }
  var readOnlyReason: ReadOnlyReason? { inner.readOnlyReason }
  var checkpointsAfterCommit: Bool {
    get { inner.checkpointsAfterCommit }
    set { inner.checkpointsAfterCommit = newValue }
  }
  var inBatch: Bool { inner.inBatch }
  var batchEpoch: Int { inner.batchEpoch }
  var batchFailure: BatchFailure? { inner.batchFailure }

  func read<T>(_ body: (any WorkspaceReader) throws -> T) throws -> T {
    reads += 1
    return try inner.read(body)
  }

  func readTogether<T>(_ body: (any WorkspaceReader) throws -> T) throws -> T {
    reads += 1
    return try inner.readTogether(body)
  }

  func write<T>(_ body: (any WorkspaceWriter) throws -> T) throws -> T {
    writes += 1
    return try inner.write(body)
  }

  func beginBatch() { inner.beginBatch() }
  func commitBatch() throws(StoreError) { try inner.commitBatch() }
  func endBatch() throws(StoreError) { try inner.endBatch() }
  func rollBackBatch() { inner.rollBackBatch() }
  func backup(into path: String, shown: String) throws(StoreError) -> WorkspaceBackup {
    try inner.backup(into: path, shown: shown)
  }
  func isWorkspaceFile(_ path: String) -> Bool { inner.isWorkspaceFile(path) }
}

struct InjectedStoreTests {
  static var conformance: WorkspaceStoreConformance {
    WorkspaceStoreConformance(open: { folder in
      CountingStore(try SQLiteWorkspace(path: folder + "/workspace.sqlite"))
    })
  }

  @Test(arguments: WorkspaceStoreConformance.Check.allCases)
  func aStoreWrappingSQLitePasses(_ check: WorkspaceStoreConformance.Check) throws {
    try Self.conformance.run(check)
  }

  @Test func theSessionWritesThroughTheInjectedStoreOncePerChange() throws {
    let folder = try TestShell.makeTemporaryFolder()
    let store = CountingStore(try SQLiteWorkspace(path: folder + "/workspace.sqlite"))
    let shell = try TestShell(store: store, folder: folder)
    shell.run("/new acme")
    let before = store.writes
    shell.run("/brand set hours 5", "/rename Beta", "/undo")
    #expect(store.writes - before == 3)
    #expect(shell.session.current?.state.name.value == "acme")
    #expect(shell.session.current?.record.lastSeq == 3)
    let backup = try store.backup(
      to: folder + "/copy.sqlite", shown: "copy.sqlite", replacing: false)
    #expect(backup == WorkspaceBackup(path: "copy.sqlite", brands: 1, entries: 3))
  }
}
