import Foundation
import SMMCore

/// `/repair [--yes]`: remove the unreadable entries of the open brand's log, after saving their
/// text to a file beside the workspace, and renumber the log so it stays gap-free.
package struct RepairCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "repair",
    usage: "/repair [--yes]",
    examples: ["/repair --yes"],
    flags: [FlagSpec("--yes")],
    keywords: ["repair", "damaged", "unreadable", "réparer", "illisible"])

  let confirmed: Bool

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    confirmed = arguments.flags.contains("--yes")
  }

  package func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let opened = try session.requireBrand()
    let damage = try session.workspace.reading { store -> [DamagedEntry] in
      guard let record = try store.brand(id: opened.record.id) else {
        throw ShellError.brandGoneElsewhere(opened.record.name)
      }
      return try BrandFold.fold(store, record, through: record.lastSeq, fromSnapshot: false)
        .damage
    }
    let strings = session.strings
    let name = opened.record.name
    guard !damage.isEmpty else {
      return CommandOutput([strings("repair.nothing", ["brand": name])])
    }
    if confirmed {
      return try Self.repair(opened.record.id, in: session)
    }
    guard session.environment.isInteractive else {
      throw .confirmationNeeded("/repair")
    }
    let question = strings.format(
      "repair.confirm",
      [
        "brand": .text(name), "count": .number(damage.count),
        "entries": .text(damage.map { String($0.seq) }.joined(separator: ", ")),
      ])
    session.ask(
      ConfirmationQuestion(
        text: question,
        droppedNote: strings("repair.notConfirmed", ["brand": name]),
        confirmed: try Self(ParsedArguments(flags: ["--yes"])),
        kept: strings("repair.kept", ["brand": name]), keptCommand: "/repair cancelled"))
    return CommandOutput(session.damageNotes(damage, brand: name).dropLast() + [question])
  }

  /// Saves the unreadable entries of brand `id` to a file beside the workspace, then removes
  /// them, all in one transaction: if the file cannot be written, nothing changes.
  static func repair(_ id: Int64, in session: ShellSession) throws(ShellError) -> CommandOutput {
    let now = session.environment.now()
    let strings = session.strings
    let (repaired, damage, file) = try session.workspace.writing {
      store -> (OpenBrand, [DamagedEntry], String) in
      guard let record = try store.brand(id: id) else {
        throw ShellError.brandGoneElsewhere(session.current?.record.name ?? "")
      }
      let damage = try BrandFold.fold(store, record, through: record.lastSeq, fromSnapshot: false)
        .damage
      let file = try saveEntries(damage, of: record, in: session)
      var removed = Set(damage.map(\.seq))
      if removed.contains(1) {
        // The creation stays, rewritten from the brand's stored name: a log starts with it.
        removed.remove(1)
        try store.rewriteEntry(
          ofBrand: record.id, seq: 1, command: "/new \(CommandText.quote(record.name))")
      }
      var next = try store.removeEntries(of: record, numbered: removed, at: now)
      let state = try rebuildSnapshots(store, next)
      if state.name.value != next.name {
        guard try store.renameBrand(id: next.id, to: state.name.value) else {
          throw ShellError.brandExists(state.name.value)
        }
        next.name = state.name.value
      }
      let opened = try BrandFold.load(store, next)
      return (opened, damage, file)
    }
    if session.current?.record.id == id {
      session.current = repaired
      session.verifiedBatchEpoch = session.workspace.batchEpoch
    }
    session.noticeDamage(of: repaired)
    return CommandOutput(
      [
        strings.format(
          "repair.done",
          [
            "brand": .text(repaired.record.name), "count": .number(damage.count),
            "entries": .text(damage.map { String($0.seq) }.joined(separator: ", ")),
            "path": .text(file), "total": .number(repaired.record.lastSeq),
          ])
      ], command: "/repair --yes")
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
  private static func saveEntries(
    _ damage: [DamagedEntry], of record: BrandRecord, in session: ShellSession
  ) throws -> String {
    let strings = session.strings
    let environment = session.environment
    let workspacePath = session.workspace.path
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
