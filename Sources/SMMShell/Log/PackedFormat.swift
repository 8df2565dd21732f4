/// The binary form a brand's snapshot is stored in (issue 16): any `Codable` value as a tree of
/// tagged values, read without a text scanner.
///
/// Decoding a 5,000-message brand's JSON snapshot (8 MB) took 3.4 billion instructions, 98% of
/// opening it. This form keeps what Codable needs and drops what makes JSON slow to read:
/// numbers are binary, strings carry their length, and each container carries its size in bytes,
/// so a keyed container finds its keys without reading their values.
///
/// A snapshot is ``magic`` then one value. A value is a tag byte, then:
///
/// | tag | value | then |
/// |---|---|---|
/// | 0 | nil | — |
/// | 1, 2 | false, true | — |
/// | 3 | signed integer | zigzag LEB128 |
/// | 4 | unsigned integer | LEB128 |
/// | 5 | floating point | the 8 bytes of the `Double`, little-endian |
/// | 6 | string | LEB128 byte count, UTF-8 |
/// | 7 | array | 4-byte little-endian body size, LEB128 count, the values |
/// | 8 | keyed container | 4-byte little-endian body size, LEB128 count, then per entry its key (LEB128 byte count, UTF-8) and its value |
///
/// Snapshots written before this form are JSON; they start with `{` and are still read.
enum PackedFormat {
  /// The first bytes of a packed snapshot: "SMMP" and the version, 1.
  static let magic: [UInt8] = [0x53, 0x4D, 0x4D, 0x50, 0x01]

  /// The tag byte of each kind of value.
  enum Tag: UInt8 {
    case null = 0
    case `false` = 1
    case `true` = 2
    case int = 3
    case uint = 4
    case double = 5
    case string = 6
    case array = 7
    case map = 8
  }

  /// Whether `bytes` is a packed snapshot (else it is JSON, from an earlier smm).
  static func isPacked(_ bytes: [UInt8]) -> Bool { bytes.starts(with: magic) }

  /// `value` packed, after ``magic``.
  static func encode(_ value: some Encodable) throws -> [UInt8] {
    let encoder = PackedEncoder()
    try value.encode(to: encoder)
    var out = magic
    PackedWriter.write(encoder.node ?? .map(PackedNode.Map()), to: &out)
    return out
  }

  /// The value packed in `bytes`.
  /// - Throws: `DecodingError` when the bytes are not a packed `T` (truncated, another type).
  static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
    guard isPacked(bytes) else {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(codingPath: [], debugDescription: "not a packed snapshot"))
    }
    let reader = PackedReader(bytes)
    return try T(from: PackedDecoder(reader, at: magic.count))
  }
}
