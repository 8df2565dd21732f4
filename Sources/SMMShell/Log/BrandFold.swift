import Foundation
import SMMCore

/// A brand's state as the fold of its log: the entries read back as changes (through
/// ``CommandRegistry``, or from imported data), applied in order from the nearest snapshot.
/// Also the snapshot policy: a snapshot every ``snapshotInterval`` entries.
enum BrandFold {
  /// A snapshot of the folded state is stored every this many log entries.
  static let snapshotInterval = 500

  /// The brand at its head: its state and the entries the fold left out.
  static func load(_ reader: any WorkspaceReader, _ record: BrandRecord) throws -> OpenBrand {
    let (state, damage) = try fold(reader, record, through: record.head)
    return OpenBrand(record: record, state: state, damage: damage)
  }

  /// The fold of `record`'s log through entry `head`, starting from the nearest snapshot.
  static func state(_ reader: any WorkspaceReader, _ record: BrandRecord, at head: Int) throws
    -> BrandState
  {
    try fold(reader, record, through: head).state
  }

  /// The fold of `record`'s log through entry `head`, from the nearest snapshot (or from the
  /// start, to check every entry), and the entries it left out because they do not read back
  /// as a change (a damaged log still opens: the brand is what the readable entries make of
  /// it).
  static func fold(
    _ reader: any WorkspaceReader, _ record: BrandRecord, through head: Int,
    fromSnapshot: Bool = true
  ) throws -> (state: BrandState, damage: [DamagedEntry]) {
    var state: BrandState?
    var from = 0
    if fromSnapshot, let snapshot = try reader.snapshot(ofBrand: record.id, atOrBefore: head),
      let decoded = try? decodeSnapshot(snapshot.state)
    {
      state = decoded
      from = snapshot.seq
    }
    var damage: [DamagedEntry] = []
    for entry in try reader.entries(ofBrand: record.id, after: from, through: head) {
      do {
        let line = try decode(reader, entry, brand: record)
        if let current = state {
          state = try current.applying(line.change)
        } else if entry.seq == 1 {
          state = try BrandState.fold([line.change])
        } else {
          state = try unnamedStart(record).applying(line.change)
        }
      } catch let error as SMMCoreError {
        damage.append(DamagedEntry(seq: entry.seq, command: entry.command, reason: .domain(error)))
      } catch let error as ShellError {
        damage.append(DamagedEntry(seq: entry.seq, command: entry.command, reason: error))
      }
    }
    guard let folded = state else {
      if !damage.isEmpty { return (try unnamedStart(record), damage) }
      throw ShellError.corruptLog(brand: record.name, entry: 1, reason: "the log is empty")
    }
    return (folded, damage)
  }

  /// The state a brand whose creation entry is unreadable starts from: its stored name alone.
  private static func unnamedStart(_ record: BrandRecord) throws -> BrandState {
    BrandState(name: try BrandName(record.name))
  }

  /// The change an entry records: its command decoded, or for an import its rows read back
  /// from the workspace (``MetricsDataset``).
  static func decode(_ reader: any WorkspaceReader, _ entry: LogEntry, brand: BrandRecord)
    throws(ShellError) -> BrandChangeLine
  {
    do {
      if let change = try MetricsDataset.change(reader, brand: brand.id, command: entry.command) {
        return BrandChangeLine(change: change, canonical: entry.command)
      }
      return try CommandRegistry.decodeChange(entry.command)
    } catch let error as ShellError {
      throw error
    } catch let error as SMMCoreError {
      throw .domain(error)
    } catch {
      throw ShellError.corruptLog(brand: brand.name, entry: entry.seq, reason: "\(error)")
    }
  }

  /// The state as a snapshot stores it (``PackedFormat``).
  static func encode(_ state: BrandState) throws -> [UInt8] {
    try PackedFormat.encode(state)
  }

  /// The state a snapshot stores: packed, or JSON when an earlier smm wrote it. A snapshot that
  /// does not decode is not used: the brand is then folded from its log.
  static func decodeSnapshot(_ bytes: [UInt8]) throws -> BrandState {
    if PackedFormat.isPacked(bytes) { return try PackedFormat.decode(BrandState.self, from: bytes) }
    return try JSONDecoder().decode(BrandState.self, from: Data(bytes))
  }

  /// Stores a snapshot of `state` when `record`'s head is due for one (every
  /// ``snapshotInterval`` entries).
  static func snapshotIfDue(
    _ state: BrandState, at record: BrandRecord, in writer: any WorkspaceWriter
  ) throws {
    guard record.head % snapshotInterval == 0 else { return }
    try writer.saveSnapshot(
      BrandSnapshot(seq: record.head, state: try encode(state)), ofBrand: record.id)
  }
}
