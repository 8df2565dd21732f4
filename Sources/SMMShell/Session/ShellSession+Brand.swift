import Foundation
import SMMCore

/// The open brand and the workspace's brands: creating, opening, changing, undoing and redoing,
/// each in one store transaction (or inside the open batch).
extension ShellSession {
  /// The open brand.
  /// - Throws: ``ShellError/noActiveBrand`` when none is open.
  package func requireBrand() throws(ShellError) -> OpenBrand {
    guard let current else { throw .noActiveBrand }
    return current
  }

  /// Creates a brand, records its creation and opens it.
  package func createBrand(_ name: BrandName, canonical: String) throws(ShellError) -> OpenBrand {
    let now = environment.now()
    let opened = try workspace.writing { store -> OpenBrand in
      guard let record = try store.createBrand(named: name.value, command: canonical, at: now)
      else {
        throw ShellError.brandExists(name.value)
      }
      try store.setSetting("current_brand", String(record.id))
      return OpenBrand(record: record, state: BrandState(name: name))
    }
    current = opened
    verifiedBatchEpoch = workspace.batchEpoch
    return opened
  }

  /// Opens the brand named `name` (any case).
  package func open(named name: String) throws(ShellError) -> OpenBrand {
    // A read-only workspace still opens brands; it just does not remember which one.
    let remember = workspace.readOnlyReason == nil
    func find(_ store: any WorkspaceReader) throws -> OpenBrand {
      guard let record = try store.brand(named: name) else {
        let names = try store.brands().map(\.name)
        throw ShellError.unknownBrand(name, suggestions: Suggestions.closest(to: name, in: names))
      }
      return try BrandFold.load(store, record)
    }
    let opened =
      try remember
      ? workspace.writing { store in
        let opened = try find(store)
        try store.setSetting("current_brand", String(opened.record.id))
        return opened
      } : workspace.readingTogether(find)
    current = opened
    verifiedBatchEpoch = workspace.batchEpoch
    noticeDamage(of: opened, again: true)
    return opened
  }

  /// Forgets the open brand when it is `id` (after a deletion).
  func close(ifID id: Int64) {
    if current?.record.id == id { current = nil }
  }

  /// Applies and records a change to the open brand, durably, before returning.
  ///
  /// When another session changed the brand since this one last looked, the latest state is
  /// loaded first, the change is applied on top of it, and a note says so.
  /// - Returns: the brand after the change, and notes for the user.
  package func commit(
    _ change: BrandChange, canonical: String,
    dataset: (hash: String, rows: Int, csv: String)? = nil
  ) throws(ShellError) -> (OpenBrand, [String]) {
    let opened = try requireBrand()
    let now = environment.now()
    let skipCheck = workspace.inBatch && verifiedBatchEpoch == workspace.batchEpoch
    let (next, notes) = try workspace.writing { store -> (OpenBrand, [String]) in
      var base = opened
      var notes: [String] = []
      if !skipCheck { (base, notes) = try self.refreshed(store, opened) }
      try Self.refuseChange(to: base)
      let state: BrandState
      do {
        state = try base.state.applying(change)
      } catch let error as SMMCoreError {
        throw ShellError.domain(error)
      }
      guard
        let record = try store.append(canonical, to: base.record, name: state.name.value, at: now)
      else {
        throw ShellError.brandExists(state.name.value)
      }
      if let dataset {
        try store.saveDataset(
          dataset.csv, rows: dataset.rows, hash: dataset.hash, ofBrand: record.id)
      }
      try BrandFold.snapshotIfDue(state, at: record, in: store)
      return (OpenBrand(record: record, state: state), notes)
    }
    current = next
    verifiedBatchEpoch = workspace.batchEpoch
    return (next, notes)
  }

  /// Moves the open brand's log head back one entry (undo) or forward one (redo).
  /// - Returns: the brand after the move, the entry undone or redone, and notes.
  package func moveHead(forward: Bool) throws(ShellError) -> (OpenBrand, LogEntry, [String]) {
    let opened = try requireBrand()
    let now = environment.now()
    let result = try workspace.writing { store -> (OpenBrand, LogEntry, [String]) in
      let (base, notes) = try self.refreshed(store, opened)
      try Self.refuseChange(to: base)
      let record = base.record
      let target = forward ? record.head + 1 : record.head - 1
      if forward && target > record.lastSeq { throw ShellError.nothingToRedo }
      if !forward && target < 1 { throw ShellError.nothingToUndo }
      if !forward && record.head <= 1 { throw ShellError.nothingToUndo }
      let entrySeq = forward ? target : record.head
      guard let entry = try store.entry(ofBrand: record.id, seq: entrySeq) else {
        throw ShellError.corruptLog(brand: record.name, entry: entrySeq, reason: "entry missing")
      }
      let state: BrandState
      if forward {
        let line = try BrandFold.decode(store, entry, brand: record)
        do {
          state = try base.state.applying(line.change)
        } catch let error as SMMCoreError {
          throw ShellError.domain(error)
        }
      } else {
        state = try BrandFold.state(store, record, at: target)
      }
      // Rename first: it is the write that can fail, and nothing else is written before it.
      if state.name != base.state.name {
        guard try store.renameBrand(id: record.id, to: state.name.value) else {
          throw ShellError.brandExists(state.name.value)
        }
      }
      var moved = try store.setHead(of: record, to: target, at: now)
      moved.name = state.name.value
      return (OpenBrand(record: moved, state: state), entry, notes)
    }
    current = result.0
    verifiedBatchEpoch = workspace.batchEpoch
    return result
  }

  /// The open brand's log: entries in effect and those that can be redone.
  package func log() throws(ShellError) -> (entries: [LogEntry], head: Int) {
    try context.log()
  }

  /// The brand as stored now; reloaded with a note when another session changed it.
  func refreshed(_ store: any WorkspaceReader, _ opened: OpenBrand) throws -> (
    OpenBrand, [String]
  ) {
    guard let record = try store.brand(id: opened.record.id) else {
      current = nil
      throw ShellError.brandGoneElsewhere(opened.state.name.value)
    }
    if record.version == opened.record.version { return (opened, []) }
    let reloaded = try BrandFold.load(store, record)
    noticeDamage(of: reloaded)
    let note = strings("session.reloaded", ["name": record.name, "count": String(record.head)])
    return (reloaded, [note])
  }

  /// The names of the workspace's brands, for completion (empty if the workspace fails).
  package func brandNames() -> [String] {
    (try? workspace.reading { store in try store.brands().map(\.name) }) ?? []
  }

  /// The workspace's brands, by name.
  package func brands() throws(ShellError) -> [BrandRecord] {
    try workspace.reading { store in try store.brands() }
  }

  /// The brand named `name` as stored, without opening it in this session.
  package func loadBrand(named name: String) throws(ShellError) -> OpenBrand {
    try workspace.reading { store in
      guard let record = try store.brand(named: name) else {
        let names = try store.brands().map(\.name)
        throw ShellError.unknownBrand(name, suggestions: Suggestions.closest(to: name, in: names))
      }
      return try BrandFold.load(store, record)
    }
  }

  /// The canonical commands in effect for the brand named `name`: its replayable script.
  /// Unreadable entries are left out, so the script rebuilds the brand as it is shown.
  package func script(named name: String) throws(ShellError) -> [String] {
    let brand = try loadBrand(named: name)
    let damaged = Set(brand.damage.map(\.seq))
    return try workspace.reading { store in
      try store.entries(ofBrand: brand.record.id, through: brand.record.head)
        .filter { !damaged.contains($0.seq) }.map(\.command)
    }
  }

  /// What to tell the user about `brand`'s unreadable entries (nothing when its log is sound),
  /// in the session's language.
  package func damageNotes(for brand: OpenBrand) -> [String] {
    brand.damage.isEmpty ? [] : damageNotes(brand.damage, brand: brand.record.name)
  }
}
