import SMMCore

/// A text's count as data: what `smm count --json` prints and the `data` of `/count`'s
/// `--json` line. Keys `platform`, `length`, `limit` (null without one), `valid`, `unit`,
/// `secondary` (only where the platform counts twice, as Bluesky's bytes) and `notes`, in
/// English as scripts read them.
public struct CountReport: Codable, Sendable, Equatable {
  /// The second count of the same text (Bluesky's UTF-8 bytes).
  public struct Secondary: Codable, Sendable, Equatable {
    public var length: Int
    public var limit: Int
    public var unit: String

    enum CodingKeys: String, CodingKey {
      case length, limit, unit
    }
  }

  public var platform: String
  public var length: Int
  public var limit: Int?
  public var valid: Bool
  public var unit: String
  public var secondary: Secondary?
  public var notes: [String]

  enum CodingKeys: String, CodingKey {
    case platform, length, limit, valid, unit, secondary, notes
  }

  /// The report of `count`.
  public init(_ count: TextCount) {
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

  public func encode(to encoder: any Encoder) throws {
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
}
