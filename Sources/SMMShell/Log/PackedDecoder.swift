import Foundation

/// The bytes of a packed value (``PackedFormat``) and how to read its parts.
final class PackedReader {
  let bytes: [UInt8]

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  func corrupt(_ what: String) -> DecodingError {
    .dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: what))
  }

  func tag(at offset: Int) throws -> PackedFormat.Tag {
    guard offset < bytes.count, let tag = PackedFormat.Tag(rawValue: bytes[offset]) else {
      throw corrupt("no value at byte \(offset)")
    }
    return tag
  }

  /// A LEB128 number at `offset`, and the offset after it.
  func varint(at offset: Int) throws -> (UInt64, Int) {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    var index = offset
    while index < bytes.count, shift < 64 {
      let byte = bytes[index]
      value |= UInt64(byte & 0x7F) << shift
      index += 1
      if byte < 0x80 { return (value, index) }
      shift += 7
    }
    throw corrupt("a number cut short at byte \(offset)")
  }

  /// A length-prefixed UTF-8 string at `offset` (no tag): its bytes' range.
  func stringRange(at offset: Int) throws -> Range<Int> {
    let (count, start) = try varint(at: offset)
    guard count <= UInt64(bytes.count - start) else {
      throw corrupt("a string cut short at byte \(offset)")
    }
    return start..<(start + Int(count))
  }

  func string(_ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }

  /// A container's body at `offset` (its tag checked): the offset of its first item, the
  /// offset after it, and its count.
  func container(at offset: Int, _ expected: PackedFormat.Tag) throws
    -> (first: Int, end: Int, count: Int)
  {
    guard try tag(at: offset) == expected else {
      throw DecodingError.typeMismatch(
        Any.self,
        DecodingError.Context(
          codingPath: [], debugDescription: "expected \(expected) at byte \(offset)"))
    }
    guard offset + 5 <= bytes.count else { throw corrupt("a container cut short") }
    var size = 0
    for byte in 0..<4 { size |= Int(bytes[offset + 1 + byte]) << (8 * byte) }
    let start = offset + 5
    guard size <= bytes.count - start else { throw corrupt("a container cut short") }
    let (count, first) = try varint(at: start)
    // Every item takes at least a byte: a larger count is damage, not a reason to allocate.
    guard first <= start + size, count <= UInt64(start + size - first) else {
      throw corrupt("a container counts more items than it holds")
    }
    return (first, start + size, Int(count))
  }

  /// The offset after the value at `offset`.
  func skip(at offset: Int) throws -> Int {
    switch try tag(at: offset) {
    case .null, .false, .true: return offset + 1
    case .int, .uint: return try varint(at: offset + 1).1
    case .double:
      guard offset + 9 <= bytes.count else { throw corrupt("a number cut short") }
      return offset + 9
    case .string: return try stringRange(at: offset + 1).upperBound
    case .array: return try container(at: offset, .array).end
    case .map: return try container(at: offset, .map).end
    }
  }

  // MARK: - Scalars

  func mismatch(_ type: Any.Type, at offset: Int) -> DecodingError {
    .typeMismatch(
      type,
      DecodingError.Context(
        codingPath: [], debugDescription: "another kind of value at byte \(offset)"))
  }

  func isNil(at offset: Int) throws -> Bool {
    try tag(at: offset) == .null
  }

  func bool(at offset: Int) throws -> Bool {
    switch try tag(at: offset) {
    case .true: return true
    case .false: return false
    default: throw mismatch(Bool.self, at: offset)
    }
  }

  func string(at offset: Int) throws -> String {
    guard try tag(at: offset) == .string else {
      throw mismatch(String.self, at: offset)
    }
    return string(try stringRange(at: offset + 1))
  }

  func double(at offset: Int) throws -> Double {
    switch try tag(at: offset) {
    case .double:
      guard offset + 9 <= bytes.count else { throw corrupt("a number cut short") }
      var pattern: UInt64 = 0
      for byte in 0..<8 { pattern |= UInt64(bytes[offset + 1 + byte]) << (8 * UInt64(byte)) }
      return Double(bitPattern: pattern)
    case .int: return Double(try int64(at: offset))
    case .uint: return Double(try varint(at: offset + 1).0)
    default: throw mismatch(Double.self, at: offset)
    }
  }

  func int64(at offset: Int) throws -> Int64 {
    switch try tag(at: offset) {
    case .int:
      let zigzag = try varint(at: offset + 1).0
      return Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
    case .uint:
      let value = try varint(at: offset + 1).0
      guard let number = Int64(exactly: value) else { throw mismatch(Int64.self, at: offset) }
      return number
    default: throw mismatch(Int64.self, at: offset)
    }
  }

  func uint64(at offset: Int) throws -> UInt64 {
    switch try tag(at: offset) {
    case .uint: return try varint(at: offset + 1).0
    case .int:
      guard let number = UInt64(exactly: try int64(at: offset)) else {
        throw mismatch(UInt64.self, at: offset)
      }
      return number
    default: throw mismatch(UInt64.self, at: offset)
    }
  }

  func integer<T: FixedWidthInteger>(_ type: T.Type, at offset: Int)
    throws -> T
  {
    let number: T? =
      T.isSigned
      ? T(exactly: try int64(at: offset)) : T(exactly: try uint64(at: offset))
    guard let number else { throw mismatch(type, at: offset) }
    return number
  }
}

/// The `Decoder` reading one packed value.
///
/// Coding paths are not tracked (always empty): building a path array for every value read was
/// a tenth of decoding a large brand, and a snapshot that fails to decode is dropped (the brand
/// is folded from its log), never shown.
struct PackedDecoder: Decoder {
  let reader: PackedReader
  let offset: Int
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  init(_ reader: PackedReader, at offset: Int) {
    self.reader = reader
    self.offset = offset
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    KeyedDecodingContainer(
      try PackedKeyedDecoding<Key>(reader, at: offset))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try PackedUnkeyedDecoding(reader, at: offset)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    PackedSingleValueDecoding(reader: reader, offset: offset)
  }
}

/// A keyed container: its keys and where their values start, found once.
struct PackedKeyedDecoding<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let reader: PackedReader
  var codingPath: [any CodingKey] { [] }
  /// Each entry's key (its bytes' range) and its value's offset, in the order encoded.
  private let entries: [(key: Range<Int>, value: Int)]

  init(_ reader: PackedReader, at offset: Int) throws {
    self.reader = reader
    let (first, end, count) = try reader.container(at: offset, .map)
    var entries: [(key: Range<Int>, value: Int)] = []
    entries.reserveCapacity(count)
    var cursor = first
    for _ in 0..<count {
      let key = try reader.stringRange(at: cursor)
      entries.append((key, key.upperBound))
      cursor = try reader.skip(at: key.upperBound)
      guard cursor <= end else { throw reader.corrupt("an entry past its container") }
    }
    self.entries = entries
  }

  var allKeys: [Key] { entries.compactMap { Key(stringValue: reader.string($0.key)) } }

  /// Where the next key is looked for first: a type decodes its keys in the order it encoded
  /// them, so the entry after the last one found is nearly always the one asked for.
  private let hint = Hint()

  /// The next entry to look at (a reference: a keyed container's methods do not mutate it).
  private final class Hint {
    var next = 0
  }

  private func find(_ key: Key) -> Int? {
    var name = key.stringValue
    return name.withUTF8 { wanted -> Int? in
      reader.bytes.withUnsafeBufferPointer { bytes -> Int? in
        func matches(_ index: Int) -> Bool {
          let range = entries[index].key
          guard range.count == wanted.count else { return false }
          guard let base = bytes.baseAddress, let other = wanted.baseAddress else {
            return range.isEmpty
          }
          return memcmp(base + range.lowerBound, other, range.count) == 0
        }
        let count = entries.count
        for step in 0..<count {
          let index = (hint.next + step) % count
          if matches(index) {
            hint.next = index + 1
            return entries[index].value
          }
        }
        return nil
      }
    }
  }

  private func offset(_ key: Key) throws -> Int {
    guard let offset = find(key) else {
      throw DecodingError.keyNotFound(
        key, DecodingError.Context(codingPath: [], debugDescription: "no such key"))
    }
    return offset
  }

  func contains(_ key: Key) -> Bool { find(key) != nil }
  func decodeNil(forKey key: Key) throws -> Bool {
    try reader.isNil(at: try offset(key))
  }
  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
    try reader.bool(at: try offset(key))
  }
  func decode(_ type: String.Type, forKey key: Key) throws -> String {
    try reader.string(at: try offset(key))
  }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
    try reader.double(at: try offset(key))
  }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
    Float(try reader.double(at: try offset(key)))
  }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
    try reader.integer(type, at: try offset(key))
  }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 {
    try reader.integer(type, at: try offset(key))
  }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 {
    try reader.integer(type, at: try offset(key))
  }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
    try reader.integer(type, at: try offset(key))
  }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
    try reader.integer(type, at: try offset(key))
  }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt {
    try reader.integer(type, at: try offset(key))
  }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 {
    try reader.integer(type, at: try offset(key))
  }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
    try reader.integer(type, at: try offset(key))
  }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
    try reader.integer(type, at: try offset(key))
  }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
    try reader.integer(type, at: try offset(key))
  }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try T(from: PackedDecoder(reader, at: try offset(key)))
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key)
    throws -> KeyedDecodingContainer<NestedKey>
  {
    KeyedDecodingContainer(
      try PackedKeyedDecoding<NestedKey>(reader, at: try offset(key)))
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try PackedUnkeyedDecoding(reader, at: try offset(key))
  }

  func superDecoder() throws -> any Decoder {
    guard let key = Key(stringValue: "super") else {
      throw reader.corrupt("no super key")
    }
    return try superDecoder(forKey: key)
  }

  func superDecoder(forKey key: Key) throws -> any Decoder {
    PackedDecoder(reader, at: try offset(key))
  }
}

/// An unkeyed container, read in order.
struct PackedUnkeyedDecoding: UnkeyedDecodingContainer {
  let reader: PackedReader
  var codingPath: [any CodingKey] { [] }
  let count: Int?
  private(set) var currentIndex = 0
  private var cursor: Int
  private let end: Int

  init(_ reader: PackedReader, at offset: Int) throws {
    self.reader = reader
    let (first, end, count) = try reader.container(at: offset, .array)
    self.cursor = first
    self.end = end
    self.count = count
  }

  var isAtEnd: Bool { currentIndex >= (count ?? 0) }

  /// The offset of the next item, moving past it.
  private mutating func next() throws -> Int {
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(
        Any.self, DecodingError.Context(codingPath: [], debugDescription: "past the end"))
    }
    let offset = cursor
    cursor = try reader.skip(at: offset)
    guard cursor <= end else { throw reader.corrupt("an item past its container") }
    currentIndex += 1
    return offset
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd, try reader.isNil(at: cursor) else { return false }
    _ = try next()
    return true
  }

  mutating func decode(_ type: Bool.Type) throws -> Bool {
    return try reader.bool(at: try next())
  }
  mutating func decode(_ type: String.Type) throws -> String {
    return try reader.string(at: try next())
  }
  mutating func decode(_ type: Double.Type) throws -> Double {
    return try reader.double(at: try next())
  }
  mutating func decode(_ type: Int.Type) throws -> Int {
    return try reader.integer(type, at: try next())
  }
  mutating func decode(_ type: Int64.Type) throws -> Int64 {
    return try reader.integer(type, at: try next())
  }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 {
    return try reader.integer(type, at: try next())
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    return try T(from: PackedDecoder(reader, at: try next()))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    return KeyedDecodingContainer(
      try PackedKeyedDecoding<NestedKey>(reader, at: try next()))
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    return try PackedUnkeyedDecoding(reader, at: try next())
  }

  mutating func superDecoder() throws -> any Decoder {
    return PackedDecoder(reader, at: try next())
  }
}

/// The single value of a decoder.
struct PackedSingleValueDecoding: SingleValueDecodingContainer {
  let reader: PackedReader
  let offset: Int
  var codingPath: [any CodingKey] { [] }

  func decodeNil() -> Bool { (try? reader.isNil(at: offset)) ?? false }
  func decode(_ type: Bool.Type) throws -> Bool { try reader.bool(at: offset) }
  func decode(_ type: String.Type) throws -> String { try reader.string(at: offset) }
  func decode(_ type: Double.Type) throws -> Double { try reader.double(at: offset) }
  func decode(_ type: Float.Type) throws -> Float {
    Float(try reader.double(at: offset))
  }
  func decode(_ type: Int.Type) throws -> Int { try reader.integer(type, at: offset) }
  func decode(_ type: Int8.Type) throws -> Int8 { try reader.integer(type, at: offset) }
  func decode(_ type: Int16.Type) throws -> Int16 {
    try reader.integer(type, at: offset)
  }
  func decode(_ type: Int32.Type) throws -> Int32 {
    try reader.integer(type, at: offset)
  }
  func decode(_ type: Int64.Type) throws -> Int64 {
    try reader.integer(type, at: offset)
  }
  func decode(_ type: UInt.Type) throws -> UInt { try reader.integer(type, at: offset) }
  func decode(_ type: UInt8.Type) throws -> UInt8 {
    try reader.integer(type, at: offset)
  }
  func decode(_ type: UInt16.Type) throws -> UInt16 {
    try reader.integer(type, at: offset)
  }
  func decode(_ type: UInt32.Type) throws -> UInt32 {
    try reader.integer(type, at: offset)
  }
  func decode(_ type: UInt64.Type) throws -> UInt64 {
    try reader.integer(type, at: offset)
  }

  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try T(from: PackedDecoder(reader, at: offset))
  }
}
