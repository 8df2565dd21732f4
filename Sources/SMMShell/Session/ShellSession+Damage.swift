import SMMCore

extension ShellSession {
  /// Queues the notes that say which entries of `brand`'s log cannot be read and how to repair
  /// them: once per brand and log version, or `again` (the user opened the brand).
  func noticeDamage(of brand: OpenBrand, again: Bool = false) {
    guard !brand.damage.isEmpty else {
      damageNoticed[brand.record.id] = nil
      return
    }
    if !again && damageNoticed[brand.record.id] == brand.record.version { return }
    damageNoticed[brand.record.id] = brand.record.version
    pendingNotices += Self.damageNotes(brand.damage, brand: brand.record.name, strings: strings)
  }

  /// One note per unreadable entry (its number, its stored text made visible, why), then how
  /// to repair.
  static func damageNotes(_ damage: [DamagedEntry], brand: String, strings: Strings)
    -> [String]
  {
    var notes = damage.map { entry in
      strings(
        "damage.entry",
        [
          "brand": brand, "entry": String(entry.seq), "text": entry.visibleCommand,
          "reason": entry.reason.message(strings),
        ])
    }
    notes.append(
      strings.guidance(
        "damage.howToRepair", ["brand": .text(brand), "count": .number(damage.count)]))
    return notes
  }

  /// The damage notes of the session's language.
  func damageNotes(_ damage: [DamagedEntry], brand: String) -> [String] {
    Self.damageNotes(damage, brand: brand, strings: strings)
  }

  /// What to tell the user when the workspace only reads (nothing when it can be written).
  package func workspaceNotes() -> [String] {
    switch workspace.readOnlyReason {
    case nil: return []
    case .notWritable?:
      return [strings("workspace.note.notWritable", ["path": workspace.path])]
    case .damaged(let detail)?:
      return [strings("workspace.note.damaged", ["path": workspace.path, "detail": detail])]
    }
  }

  /// The notes waiting for the user, emptied.
  func takeNotices() -> [String] {
    defer { pendingNotices = [] }
    return pendingNotices
  }

  /// Refuses to change a brand whose log has unreadable entries: a change would build on a
  /// state that leaves them out, so `/repair` comes first.
  static func refuseChange(to brand: OpenBrand) throws(ShellError) {
    guard !brand.damage.isEmpty else { return }
    throw .damagedLog(brand: brand.record.name, entries: brand.damage.map(\.seq))
  }
}
