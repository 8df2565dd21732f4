import SMMCore

/// A text's count as data: what `smm count --json` prints and the `data` of `/count`'s
/// `--json` line. Keys `platform`, `length`, `limit` (null without one), `valid`, `unit`,
/// `secondary` (only where the platform counts twice, as Bluesky's bytes) and `notes`, in
/// English as scripts read them.
package struct CountReport: Codable, Sendable, Equatable {
  /// The second count of the same text (Bluesky's UTF-8 bytes).
  package struct Secondary: Codable, Sendable, Equatable {
    package var length: Int
    package var limit: Int
    package var unit: String

    enum CodingKeys: String, CodingKey {
      case length, limit, unit
    }
  }

  package var platform: String
  package var length: Int
  package var limit: Int?
  package var valid: Bool
  package var unit: String
  package var secondary: Secondary?
  package var notes: [String]

  enum CodingKeys: String, CodingKey {
    case platform, length, limit, valid, unit, secondary, notes
  }

  /// The report of `count`.
  package init(_ count: TextCount) {
    platform = count.platform.rawValue
    length = count.length
    limit = count.limit
    valid = count.valid
    unit = count.unit.rawValue
    secondary = count.secondary.map {
      Secondary(length: $0.length, limit: $0.limit, unit: $0.unit.rawValue)
    }
    notes = count.notes
  }

  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(platform, forKey: .platform)
    try container.encode(length, forKey: .length)
    // `limit` is always there, null when the platform has none: scripts test it.
    try container.encode(limit, forKey: .limit)
    try container.encode(valid, forKey: .valid)
    try container.encode(unit, forKey: .unit)
    try container.encodeIfPresent(secondary, forKey: .secondary)
    try container.encode(notes, forKey: .notes)
  }

  /// The report on one line, the bytes `JSONOutput.compact(self)` writes (keys sorted), written
  /// directly: `smm count --lines --json` prints one per input line.
  package var compactJSON: String {
    var out: [UInt8] = []
    appendCompactJSON(to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `compactJSON`'s bytes to `out`.
  package func appendCompactJSON(to out: inout [UInt8]) {
    JSONText.appendRaw("{\"length\":", to: &out)
    JSONText.appendInt(length, to: &out)
    JSONText.appendRaw(",\"limit\":", to: &out)
    if let limit {
      JSONText.appendInt(limit, to: &out)
    } else {
      JSONText.appendRaw("null", to: &out)
    }
    JSONText.appendRaw(",\"notes\":[", to: &out)
    for (index, note) in notes.enumerated() {
      if index > 0 { out.append(0x2C) }
      JSONText.appendString(note, to: &out)
    }
    JSONText.appendRaw("],\"platform\":", to: &out)
    JSONText.appendString(platform, to: &out)
    if let secondary {
      JSONText.appendRaw(",\"secondary\":{\"length\":", to: &out)
      JSONText.appendInt(secondary.length, to: &out)
      JSONText.appendRaw(",\"limit\":", to: &out)
      JSONText.appendInt(secondary.limit, to: &out)
      JSONText.appendRaw(",\"unit\":", to: &out)
      JSONText.appendString(secondary.unit, to: &out)
      out.append(0x7D)
    }
    JSONText.appendRaw(",\"unit\":", to: &out)
    JSONText.appendString(unit, to: &out)
    JSONText.appendRaw(valid ? ",\"valid\":true}" : ",\"valid\":false}", to: &out)
  }
}
