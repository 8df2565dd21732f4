import Foundation
import SMMCore

/// `/repair --yes` in the session: the unreadable entries of a brand set aside in a file, then
/// removed, in one transaction.
extension ShellSession {
  /// Saves the unreadable entries of brand `id` to a file beside the workspace, then removes
  /// them, all in one transaction: if the file cannot be written, nothing changes.
  func repair(_ id: Int64) throws(ShellError) -> (OpenBrand, [DamagedEntry], String) {
    let now = environment.now()
    let (repaired, damage, file) = try workspace.writing {
      store -> (OpenBrand, [DamagedEntry], String) in
      guard let record = try store.brand(id: id) else {
        throw ShellError.brandGoneElsewhere(self.current?.record.name ?? "")
      }
      let damage = try BrandFold.fold(store, record, through: record.lastSeq, fromSnapshot: false)
        .damage
      let file = try self.saveEntries(damage, of: record)
      var removed = Set(damage.map(\.seq))
      if removed.contains(1) {
        // The creation stays, rewritten from the brand's stored name: a log starts with it.
        removed.remove(1)
        try store.rewriteEntry(
          ofBrand: record.id, seq: 1, command: "/new \(CommandText.quote(record.name))")
      }
      var next = try store.removeEntries(of: record, numbered: removed, at: now)
      let state = try Self.rebuildSnapshots(store, next)
      if state.name.value != next.name {
        guard try store.renameBrand(id: next.id, to: state.name.value) else {
          throw ShellError.brandExists(state.name.value)
        }
        next.name = state.name.value
      }
      let opened = try BrandFold.load(store, next)
      return (opened, damage, file)
    }
    if current?.record.id == id {
      current = repaired
      verifiedBatchEpoch = workspace.batchEpoch
    }
    noticeDamage(of: repaired)
    return (repaired, damage, file)
  }

  /// Folds the repaired log from its start, storing a snapshot every
  /// ``BrandFold/snapshotInterval`` entries; returns the state at the head.
  /// - Throws: when an entry still does not read (the transaction is then rolled back).
  private static func rebuildSnapshots(_ store: any WorkspaceWriter, _ record: BrandRecord)
    throws -> BrandState
  {
    var state: BrandState?
    var atHead: BrandState?
    for entry in try store.entries(ofBrand: record.id, through: record.lastSeq) {
      let line = try BrandFold.decode(store, entry, brand: record)
      do {
        state = try state.map { try $0.applying(line.change) } ?? BrandState.fold([line.change])
      } catch let error as SMMCoreError {
        throw ShellError.corruptLog(brand: record.name, entry: entry.seq, reason: error.description)
      }
      guard let folded = state else { continue }
      if entry.seq % BrandFold.snapshotInterval == 0 {
        try store.saveSnapshot(
          BrandSnapshot(seq: entry.seq, state: try BrandFold.encode(folded)), ofBrand: record.id)
      }
      if entry.seq == record.head { atHead = folded }
    }
    guard let result = atHead else {
      throw ShellError.corruptLog(brand: record.name, entry: 1, reason: "the log is empty")
    }
    return result
  }

  /// Writes the damaged entries' text to a new file beside the workspace, with a note for
  /// each; returns its path.
  private func saveEntries(_ damage: [DamagedEntry], of record: BrandRecord) throws -> String {
    let workspacePath = workspace.path
    var text =
      strings.guidance(
        "repair.file.header",
        [
          "brand": record.name, "workspace": workspacePath,
          "time": environment.formatTime(environment.now()),
        ]) + "\n"
    for entry in damage {
      text +=
        strings(
          "repair.file.entry",
          ["entry": String(entry.seq), "reason": entry.reason.message(strings)]) + "\n"
      text += entry.command + "\n"
    }
    let folder = (workspacePath as NSString).deletingLastPathComponent
    let stamp = environment.formatTime(environment.now()).filter { $0.isNumber }
    let base =
      (folder.isEmpty ? "" : folder + "/")
      + PlanFormat.script.defaultFileName(for: record.name).dropLast(4)
      + "-damaged-entries-\(stamp)"
    for attempt in 1...100 {
      let path = base + (attempt == 1 ? "" : "-\(attempt)") + ".txt"
      if FileManager.default.fileExists(atPath: path) { continue }
      try TextFile.write(text, to: path, shown: path, force: false)
      return path
    }
    throw ShellError.cannotWriteFile(base + ".txt", reason: strings("repair.file.taken"))
  }
}
