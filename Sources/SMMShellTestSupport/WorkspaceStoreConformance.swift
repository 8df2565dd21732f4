import Foundation
import SMMCore
import SMMShell

/// The checks every ``WorkspaceStore`` must pass, written against the protocol alone: run them
/// for the SQLite store (`SQLiteWorkspaceConformanceTests`), and for any other store (a
/// PostgreSQL one) with its own `open` and `fillDisk`.
///
/// Each check opens fresh stores in a new folder with `open`; two stores opened on the same
/// folder must be two connections to one workspace (as two shells are).
package struct WorkspaceStoreConformance {
  /// A check that did not hold: what was expected, and what was found.
  package struct Failure: Error, CustomStringConvertible {
    package let description: String
  }

  /// The checks, by name.
  package enum Check: String, CaseIterable, Sendable {
    case brands, appendAndHistory, undoAndRedo, appendAfterUndoDropsRedo, snapshots
    case datasets, settings, readTogether, refusalWritesNothing, batchCommits
    case batchRollsBack, refusalKeepsBatchGoing, batchFailure, damagedEntry, sessionOverStore
    case backup
  }

  /// Opens the workspace kept in `folder` (creating it when empty).
  package let open: (_ folder: String) throws -> any WorkspaceStore
  /// Makes `store` fail its next writes as a full disk would (nil: the store cannot simulate
  /// it, and ``Check/batchFailure`` only checks that nothing failed).
  package let fillDisk: ((_ store: any WorkspaceStore) throws -> Void)?

  package init(
    open: @escaping (_ folder: String) throws -> any WorkspaceStore,
    fillDisk: ((_ store: any WorkspaceStore) throws -> Void)? = nil
  ) {
    self.open = open
    self.fillDisk = fillDisk
  }

  /// Runs `check` on fresh stores.
  /// - Throws: ``Failure`` when the store does not behave as the shell needs.
  package func run(_ check: Check) throws {
    let folder = try TestShell.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = try open(folder)
    switch check {
    case .brands: try brands(store)
    case .appendAndHistory: try appendAndHistory(store)
    case .undoAndRedo: try undoAndRedo(store)
    case .appendAfterUndoDropsRedo: try appendAfterUndoDropsRedo(store)
    case .snapshots: try snapshots(store)
    case .datasets: try datasets(store)
    case .settings: try settings(store)
    case .readTogether: try readTogether(store)
    case .refusalWritesNothing: try refusalWritesNothing(store)
    case .batchCommits: try batchCommits(store, folder: folder)
    case .batchRollsBack: try batchRollsBack(store)
    case .refusalKeepsBatchGoing: try refusalKeepsBatchGoing(store)
    case .batchFailure: try batchFailure(store)
    case .damagedEntry: try damagedEntry(store, folder: folder)
    case .sessionOverStore: try sessionOverStore(store, folder: folder)
    case .backup: try backup(store, folder: folder)
    }
  }

  // MARK: - The checks

  private static let date = Date(timeIntervalSince1970: 1_768_469_400)

  private func brands(_ store: any WorkspaceStore) throws {
    let acme = try create(store, "Acme")
    try expect(
      try store.write { try $0.createBrand(named: "ACME", command: "/new ACME", at: Self.date) }
        == nil, "a second brand named ACME (any case) is refused")
    try expect(try store.read { try $0.brand(named: "aCmE") } == acme, "lookup ignores case")
    try expect(try store.read { try $0.brand(id: acme.id) } == acme, "lookup by id")
    try expect(
      acme.head == 1 && acme.lastSeq == 1 && acme.version == 1, "a new brand has one entry")
    let zed = try create(store, "Zed")
    _ = try create(store, "beta")
    try expect(
      try store.read { try $0.brands().map(\.name) } == ["Acme", "beta", "Zed"],
      "brands are listed by name, any case")
    try expect(try store.write { try $0.renameBrand(id: zed.id, to: "Omega") }, "rename")
    try expect(
      try !store.write { try $0.renameBrand(id: zed.id, to: "BETA") },
      "a rename to a name taken (any case) is refused")
    try expect(try store.read { try $0.brand(id: zed.id)?.name } == "Omega", "renamed")
    try store.write { try $0.deleteBrand(id: acme.id) }
    try expect(try store.read { try $0.brand(id: acme.id) } == nil, "deleted")
    try expect(
      try store.read { try $0.entries(ofBrand: acme.id, through: 10) }.isEmpty,
      "a deleted brand's log goes with it")
  }

  private func appendAndHistory(_ store: any WorkspaceStore) throws {
    var record = try create(store, "acme")
    for hours in 1...3 {
      record = try append(store, "/brand set hours \(hours)", to: record)
    }
    try expect(record.head == 4 && record.lastSeq == 4, "three appends after the creation")
    try expect(record.version == 4, "each append bumps the version")
    try expect(try store.read { try $0.brand(id: record.id) } == record, "the record is stored")
    let entries = try store.read { try $0.entries(ofBrand: record.id, through: record.lastSeq) }
    try expect(
      entries.map(\.command) == [
        "/new acme", "/brand set hours 1", "/brand set hours 2", "/brand set hours 3",
      ], "the log holds the commands in order")
    try expect(entries.map(\.seq) == [1, 2, 3, 4], "entries are numbered from 1")
    try expect(entries.allSatisfy { $0.recordedAt == Self.date }, "entries keep their time")
    try expect(
      try store.read { try $0.entries(ofBrand: record.id, after: 1, through: 3) }.map(\.seq)
        == [2, 3], "a range of the log")
    try expect(
      try store.read { try $0.entry(ofBrand: record.id, seq: 3)?.command }
        == "/brand set hours 2", "one entry")
    let renamed = try append(store, "/rename Beta", to: record, name: "Beta")
    try expect(
      try store.read { try $0.brand(named: "beta") }?.id == renamed.id,
      "an append renames the brand")
    let other = try create(store, "Other")
    try expect(
      try store.write {
        try $0.append("/rename Beta", to: other, name: "Beta", at: Self.date)
      } == nil, "an append under a name taken is refused")
    try expect(
      try store.read { try $0.brand(id: other.id) } == other, "and writes nothing")
  }

  private func undoAndRedo(_ store: any WorkspaceStore) throws {
    var record = try create(store, "acme")
    record = try append(store, "/brand set hours 1", to: record)
    record = try append(store, "/brand set hours 2", to: record)
    let undone = try store.write { try $0.setHead(of: record, to: 2, at: Self.date) }
    try expect(undone.head == 2 && undone.lastSeq == 3, "undo keeps the entry for a redo")
    try expect(undone.version == record.version + 1, "undo bumps the version")
    try expect(
      try store.read { try $0.entries(ofBrand: undone.id, through: undone.lastSeq) }.count == 3,
      "the undone entry is still in the log")
    let redone = try store.write { try $0.setHead(of: undone, to: 3, at: Self.date) }
    try expect(redone.head == 3 && redone.version == undone.version + 1, "redo")
    try expect(try store.read { try $0.brand(id: redone.id) } == redone, "the head is stored")
  }

  private func appendAfterUndoDropsRedo(_ store: any WorkspaceStore) throws {
    var record = try create(store, "acme")
    for hours in 1...3 { record = try append(store, "/brand set hours \(hours)", to: record) }
    try store.write { try $0.saveSnapshot(BrandSnapshot(seq: 4, state: "{}"), ofBrand: record.id) }
    record = try store.write { try $0.setHead(of: record, to: 2, at: Self.date) }
    record = try append(store, "/brand set hours 9", to: record)
    try expect(record.head == 3 && record.lastSeq == 3, "the entries past the head are dropped")
    try expect(
      try store.read { try $0.entries(ofBrand: record.id, through: 10) }.map(\.command) == [
        "/new acme", "/brand set hours 1", "/brand set hours 9",
      ], "the new entry takes their place")
    try expect(
      try store.read { try $0.snapshot(ofBrand: record.id, atOrBefore: 10) } == nil,
      "so do their snapshots")
  }

  private func snapshots(_ store: any WorkspaceStore) throws {
    var record = try create(store, "acme")
    for hours in 1...5 { record = try append(store, "/brand set hours \(hours)", to: record) }
    try store.write {
      try $0.saveSnapshot(BrandSnapshot(seq: 2, state: "two"), ofBrand: record.id)
      try $0.saveSnapshot(BrandSnapshot(seq: 4, state: "four"), ofBrand: record.id)
    }
    try expect(
      try store.read { try $0.snapshot(ofBrand: record.id, atOrBefore: 3) }
        == BrandSnapshot(seq: 2, state: "two"), "the latest snapshot at or before")
    try expect(
      try store.read { try $0.snapshot(ofBrand: record.id, atOrBefore: 6) }?.seq == 4,
      "the latest one")
    try expect(
      try store.read { try $0.snapshot(ofBrand: record.id, atOrBefore: 1) } == nil,
      "none before the first")
    try store.write {
      try $0.saveSnapshot(BrandSnapshot(seq: 4, state: "again"), ofBrand: record.id)
    }
    try expect(
      try store.read { try $0.snapshot(ofBrand: record.id, atOrBefore: 4) }?.state
        == Array("again".utf8), "a snapshot is replaced")
    // Bytes that are not UTF-8 (a packed snapshot) come back as they were given.
    let binary: [UInt8] = [0x53, 0x4D, 0x4D, 0x50, 0x01, 0xFF, 0x00, 0x80]
    try store.write {
      try $0.saveSnapshot(BrandSnapshot(seq: 5, state: binary), ofBrand: record.id)
    }
    try expect(
      try store.read { try $0.snapshot(ofBrand: record.id, atOrBefore: 5) }?.state == binary,
      "binary state is kept byte for byte")
  }

  private func datasets(_ store: any WorkspaceStore) throws {
    let acme = try create(store, "acme")
    let other = try create(store, "other")
    let csv = "platform,week,followers,reach,impressions,engagements\nx,2026-W01,1,2,3,4\n"
    try store.write {
      try $0.saveDataset(csv, rows: 1, hash: "abc", ofBrand: acme.id)
      try $0.saveDataset("changed", rows: 1, hash: "abc", ofBrand: acme.id)
    }
    try expect(
      try store.read { try $0.dataset(ofBrand: acme.id, hash: "abc") } == csv,
      "a dataset reads back as stored, the first kept")
    try expect(
      try store.read { try $0.dataset(ofBrand: other.id, hash: "abc") } == nil,
      "datasets belong to their brand")
    try store.write { try $0.deleteBrand(id: acme.id) }
    try expect(
      try store.read { try $0.dataset(ofBrand: acme.id, hash: "abc") } == nil,
      "they go with it")
  }

  private func settings(_ store: any WorkspaceStore) throws {
    try expect(try store.read { try $0.setting("language") } == nil, "no setting at first")
    try store.write { try $0.setSetting("language", "fr") }
    try store.write { try $0.setSetting("language", "en") }
    try expect(try store.read { try $0.setting("language") } == "en", "a setting is replaced")
    try store.write { try $0.setSetting("language", nil) }
    try expect(try store.read { try $0.setting("language") } == nil, "and removed")
  }

  private func readTogether(_ store: any WorkspaceStore) throws {
    let record = try create(store, "acme")
    try store.write { try $0.setSetting("current_brand", String(record.id)) }
    let (setting, found) = try store.readTogether { reader in
      (try reader.setting("current_brand"), try reader.brand(id: record.id))
    }
    try expect(setting == String(record.id) && found == record, "reads in one snapshot")
  }

  private func refusalWritesNothing(_ store: any WorkspaceStore) throws {
    let record = try create(store, "acme")
    do {
      try store.write { writer in
        _ = try writer.append("/brand set hours 1", to: record, name: "acme", at: Self.date)
        throw ShellError.nothingToUndo
      }
      throw Failure(description: "a refusal from the body comes out of write")
    } catch let error as ShellError {
      try expect(error == .nothingToUndo, "the refusal comes out as it is")
    }
    try expect(
      try store.read { try $0.brand(id: record.id) } == record,
      "a refused write outside a batch writes nothing")
  }

  private func batchCommits(_ store: any WorkspaceStore, folder: String) throws {
    var record = try create(store, "acme")
    let epoch = store.batchEpoch
    store.beginBatch()
    try expect(store.inBatch, "a batch is open")
    try expect(store.batchEpoch != epoch, "a batch starts a new epoch")
    for hours in 1...3 { record = try append(store, "/brand set hours \(hours)", to: record) }
    try store.commitBatch()
    let other = try open(folder)
    try expect(
      try other.read { try $0.brand(id: record.id)?.head } == 4,
      "another connection sees what the batch committed")
    record = try append(store, "/brand set hours 4", to: record)
    try store.endBatch()
    try expect(!store.inBatch, "the batch is closed")
    try expect(
      try other.read { try $0.brand(id: record.id)?.head } == 5,
      "the end of the batch commits the rest")
    try expect(store.batchFailure == nil, "nothing failed")
  }

  private func batchRollsBack(_ store: any WorkspaceStore) throws {
    let created = try create(store, "acme")
    store.beginBatch()
    var record = created
    for hours in 1...3 { record = try append(store, "/brand set hours \(hours)", to: record) }
    store.rollBackBatch()
    try expect(!store.inBatch, "rolling back ends the batch")
    try expect(
      try store.read { try $0.brand(id: created.id) } == created,
      "nothing the batch wrote is kept")
    try expect(
      try store.read { try $0.entries(ofBrand: created.id, through: 10) }.count == 1,
      "the log is as before the batch")
  }

  private func refusalKeepsBatchGoing(_ store: any WorkspaceStore) throws {
    var record = try create(store, "acme")
    store.beginBatch()
    record = try append(store, "/brand set hours 1", to: record)
    do {
      try store.write { _ in throw ShellError.nothingToRedo }
    } catch let error as ShellError where error == .nothingToRedo {}
    record = try append(store, "/brand set hours 2", to: record)
    try expect(store.batchFailure == nil, "a refusal does not fail the batch")
    try store.endBatch()
    try expect(
      try store.read { try $0.brand(id: record.id)?.head } == 3,
      "the writes around the refusal are kept")
  }

  private func batchFailure(_ store: any WorkspaceStore) throws {
    var record = try create(store, "acme")
    store.beginBatch()
    record = try append(store, "/brand set hours 1", to: record)
    try store.commitBatch()
    guard let fillDisk else {
      try store.endBatch()
      try expect(store.batchFailure == nil, "nothing failed")
      return
    }
    try fillDisk(store)
    let padding = String(repeating: "x", count: 2000)
    var failed = false
    for number in 1...10_000 {
      do {
        record = try append(store, "/brand set sector \"\(number) \(padding)\"", to: record)
      } catch {
        failed = true
        break
      }
    }
    try expect(failed, "a write fails once the disk is full")
    let failure = try require(store.batchFailure, "the batch records its failure")
    try expect(failure.diskFull, "and says the disk is full")
    do {
      _ = try append(store, "/brand set hours 2", to: record)
      throw Failure(description: "a write after the failure is refused")
    } catch let error as StoreError {
      try expect(error == failure.error, "with the batch's error")
    }
    store.rollBackBatch()
    try expect(
      try store.read { try $0.brand(named: "acme")?.head } == 2,
      "only what was committed before the failure is kept")
  }

  private func damagedEntry(_ store: any WorkspaceStore, folder: String) throws {
    let shell = try TestShell(store: store, folder: folder)
    shell.run("/new acme", "/brand set hours 5")
    let record = try require(shell.session.current?.record, "the brand is open")
    _ = try append(store, "/no-such-command", to: record)
    _ = try append(
      store, "/brand set hours 6",
      to: try require(
        try store.read { try $0.brand(id: record.id) }, "the brand is stored"))
    let reopened = try TestShell(store: try open(folder), folder: folder)
    let opened = try require(reopened.session.current, "the brand reopens")
    try expect(opened.damage.map(\.seq) == [3], "the unreadable entry is found")
    try expect(opened.state.profile.hours == 6, "the brand is what the other entries make")
    let repaired = reopened.execute("/repair --yes")
    try expect(repaired.ok, "/repair: \(repaired.error ?? "")")
    let after = try require(
      try reopened.store.read { try $0.brand(id: record.id) }, "the brand is still stored")
    try expect(after.head == 3 && after.lastSeq == 3, "the log is renumbered without the entry")
    try expect(
      try reopened.store.read { try $0.entries(ofBrand: record.id, through: 3) }.map(\.command)
        == ["/new acme", "/brand set hours 5", "/brand set hours 6"], "and keeps the others")
  }

  private func sessionOverStore(_ store: any WorkspaceStore, folder: String) throws {
    let shell = try TestShell(store: store, folder: folder)
    shell.run("/new acme", "/brand set hours 5", "/rename Beta", "/undo", "/redo", "/undo")
    let current = try require(shell.session.current, "the brand is open")
    try expect(current.state.name.value == "acme", "undo takes the rename back")
    try expect(current.record.head == 2 && current.record.lastSeq == 3, "one entry to redo")
    let history = shell.execute("/history")
    try expect(history.ok && history.output.count >= 3, "/history: \(history.output)")
    let again = try TestShell(store: try open(folder), folder: folder)
    try expect(
      again.session.current?.state == current.state, "a new shell resumes the same brand")
  }

  private func backup(_ store: any WorkspaceStore, folder: String) throws {
    var record = try create(store, "acme")
    record = try append(store, "/brand set hours 5", to: record)
    _ = try create(store, "other")
    let path = folder + "/copy"
    try expect(!store.isWorkspaceFile(path), "a new path is not the workspace")
    let backup = try store.backup(into: path, shown: "copy")
    try expect(
      backup == WorkspaceBackup(path: "copy", brands: 2, entries: 3),
      "the backup counts what it holds: \(backup)")
    try expect(FileManager.default.fileExists(atPath: path), "the copy is written")
  }

  // MARK: - Helpers

  private func create(_ store: any WorkspaceStore, _ name: String) throws -> BrandRecord {
    try require(
      try store.write { try $0.createBrand(named: name, command: "/new \(name)", at: Self.date) },
      "brand \(name) is created")
  }

  private func append(
    _ store: any WorkspaceStore, _ command: String, to record: BrandRecord, name: String? = nil
  ) throws -> BrandRecord {
    try require(
      try store.write {
        try $0.append(command, to: record, name: name ?? record.name, at: Self.date)
      }, "\(command) is appended")
  }

  private func expect(_ condition: Bool, _ what: String) throws {
    if !condition { throw Failure(description: what) }
  }

  private func require<T>(_ value: T?, _ what: String) throws -> T {
    guard let value else { throw Failure(description: what) }
    return value
  }
}
