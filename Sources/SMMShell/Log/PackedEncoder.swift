/// A value being packed (``PackedFormat``): containers are references, so that a nested
/// container handed out by an encoder is filled after it has been put in its parent.
indirect enum PackedNode {
  case null
  case bool(Bool)
  case int(Int64)
  case uint(UInt64)
  case double(Double)
  case string(String)
  case array(Array)
  case map(Map)

  /// An array's items, in order.
  final class Array {
    var items: [PackedNode] = []
  }

  /// A keyed container's entries, in the order they were encoded.
  final class Map {
    var entries: [(key: String, value: PackedNode)] = []
  }
}

/// The `Encoder` that builds a ``PackedNode`` tree from an `Encodable` value. Coding paths are
/// not tracked (see ``PackedDecoder``): the brand's types never fail to encode.
final class PackedEncoder: Encoder {
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }
  /// What was encoded, once `encode(to:)` has run.
  var node: PackedNode?

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    let map: PackedNode.Map
    if case .map(let existing) = node {
      map = existing
    } else {
      map = PackedNode.Map()
      node = .map(map)
    }
    return KeyedEncodingContainer(PackedKeyedEncoding<Key>(map: map))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    let array: PackedNode.Array
    if case .array(let existing) = node {
      array = existing
    } else {
      array = PackedNode.Array()
      node = .array(array)
    }
    return PackedUnkeyedEncoding(array: array)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    PackedSingleValueEncoding(encoder: self)
  }

  /// `value` as a node, through its `encode(to:)`.
  static func node(_ value: some Encodable) throws -> PackedNode {
    let encoder = PackedEncoder()
    try value.encode(to: encoder)
    return encoder.node ?? .map(PackedNode.Map())
  }
}

/// A keyed container writing into a ``PackedNode/Map``.
struct PackedKeyedEncoding<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let map: PackedNode.Map
  var codingPath: [any CodingKey] { [] }

  private func put(_ node: PackedNode, _ key: Key) { map.entries.append((key.stringValue, node)) }

  mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
  mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
  mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
  mutating func encode(_ value: Double, forKey key: Key) throws { put(.double(value), key) }
  mutating func encode(_ value: Float, forKey key: Key) throws { put(.double(Double(value)), key) }
  mutating func encode(_ value: Int, forKey key: Key) throws { put(.int(Int64(value)), key) }
  mutating func encode(_ value: Int8, forKey key: Key) throws { put(.int(Int64(value)), key) }
  mutating func encode(_ value: Int16, forKey key: Key) throws { put(.int(Int64(value)), key) }
  mutating func encode(_ value: Int32, forKey key: Key) throws { put(.int(Int64(value)), key) }
  mutating func encode(_ value: Int64, forKey key: Key) throws { put(.int(value), key) }
  mutating func encode(_ value: UInt, forKey key: Key) throws { put(.uint(UInt64(value)), key) }
  mutating func encode(_ value: UInt8, forKey key: Key) throws { put(.uint(UInt64(value)), key) }
  mutating func encode(_ value: UInt16, forKey key: Key) throws { put(.uint(UInt64(value)), key) }
  mutating func encode(_ value: UInt32, forKey key: Key) throws { put(.uint(UInt64(value)), key) }
  mutating func encode(_ value: UInt64, forKey key: Key) throws { put(.uint(value), key) }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    put(try PackedEncoder.node(value), key)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    let nested = PackedNode.Map()
    put(.map(nested), key)
    return KeyedEncodingContainer(
      PackedKeyedEncoding<NestedKey>(map: nested))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let nested = PackedNode.Array()
    put(.array(nested), key)
    return PackedUnkeyedEncoding(array: nested)
  }

  mutating func superEncoder() -> any Encoder {
    superEncoder(key: PackedKey(stringValue: "super"))
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(key: key) }

  private func superEncoder(key: some CodingKey) -> any Encoder {
    let nested = PackedNode.Map()
    map.entries.append((key.stringValue, .map(nested)))
    let encoder = PackedEncoder()
    encoder.node = .map(nested)
    return encoder
  }
}

/// An unkeyed container writing into a ``PackedNode/Array``.
struct PackedUnkeyedEncoding: UnkeyedEncodingContainer {
  let array: PackedNode.Array
  var codingPath: [any CodingKey] { [] }
  var count: Int { array.items.count }

  mutating func encodeNil() throws { array.items.append(.null) }
  mutating func encode(_ value: Bool) throws { array.items.append(.bool(value)) }
  mutating func encode(_ value: String) throws { array.items.append(.string(value)) }
  mutating func encode(_ value: Double) throws { array.items.append(.double(value)) }
  mutating func encode(_ value: Int) throws { array.items.append(.int(Int64(value))) }
  mutating func encode(_ value: Int64) throws { array.items.append(.int(value)) }
  mutating func encode(_ value: UInt64) throws { array.items.append(.uint(value)) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    array.items.append(try PackedEncoder.node(value))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let nested = PackedNode.Map()
    array.items.append(.map(nested))
    return KeyedEncodingContainer(
      PackedKeyedEncoding<NestedKey>(map: nested))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let nested = PackedNode.Array()
    array.items.append(.array(nested))
    return PackedUnkeyedEncoding(array: nested)
  }

  mutating func superEncoder() -> any Encoder {
    let nested = PackedNode.Map()
    let encoder = PackedEncoder()
    array.items.append(.map(nested))
    encoder.node = .map(nested)
    return encoder
  }
}

/// The single value of an encoder.
struct PackedSingleValueEncoding: SingleValueEncodingContainer {
  let encoder: PackedEncoder
  var codingPath: [any CodingKey] { encoder.codingPath }

  mutating func encodeNil() throws { encoder.node = .null }
  mutating func encode(_ value: Bool) throws { encoder.node = .bool(value) }
  mutating func encode(_ value: String) throws { encoder.node = .string(value) }
  mutating func encode(_ value: Double) throws { encoder.node = .double(value) }
  mutating func encode(_ value: Float) throws { encoder.node = .double(Double(value)) }
  mutating func encode(_ value: Int) throws { encoder.node = .int(Int64(value)) }
  mutating func encode(_ value: Int8) throws { encoder.node = .int(Int64(value)) }
  mutating func encode(_ value: Int16) throws { encoder.node = .int(Int64(value)) }
  mutating func encode(_ value: Int32) throws { encoder.node = .int(Int64(value)) }
  mutating func encode(_ value: Int64) throws { encoder.node = .int(value) }
  mutating func encode(_ value: UInt) throws { encoder.node = .uint(UInt64(value)) }
  mutating func encode(_ value: UInt8) throws { encoder.node = .uint(UInt64(value)) }
  mutating func encode(_ value: UInt16) throws { encoder.node = .uint(UInt64(value)) }
  mutating func encode(_ value: UInt32) throws { encoder.node = .uint(UInt64(value)) }
  mutating func encode(_ value: UInt64) throws { encoder.node = .uint(value) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    encoder.node = try PackedEncoder.node(value)
  }
}

/// A coding key for indexes and `super`.
struct PackedKey: CodingKey {
  var stringValue: String
  var intValue: Int?

  init(stringValue: String) {
    self.stringValue = stringValue
    self.intValue = nil
  }

  init(intValue: Int) {
    self.stringValue = String(intValue)
    self.intValue = intValue
  }
}

/// Writes a ``PackedNode`` tree as bytes.
enum PackedWriter {
  static func write(_ node: PackedNode, to out: inout [UInt8]) {
    switch node {
    case .null: out.append(PackedFormat.Tag.null.rawValue)
    case .bool(let flag):
      out.append(flag ? PackedFormat.Tag.true.rawValue : PackedFormat.Tag.false.rawValue)
    case .int(let number):
      out.append(PackedFormat.Tag.int.rawValue)
      varint(UInt64(bitPattern: (number << 1) ^ (number >> 63)), to: &out)
    case .uint(let number):
      out.append(PackedFormat.Tag.uint.rawValue)
      varint(number, to: &out)
    case .double(let number):
      out.append(PackedFormat.Tag.double.rawValue)
      withUnsafeBytes(of: number.bitPattern.littleEndian) { out.append(contentsOf: $0) }
    case .string(let text):
      out.append(PackedFormat.Tag.string.rawValue)
      string(text, to: &out)
    case .array(let array):
      container(.array, count: array.items.count, to: &out) { out in
        for item in array.items { write(item, to: &out) }
      }
    case .map(let map):
      container(.map, count: map.entries.count, to: &out) { out in
        for (key, value) in map.entries {
          string(key, to: &out)
          write(value, to: &out)
        }
      }
    }
  }

  /// A container's tag, its body's size (patched once the body is written) and its count.
  private static func container(
    _ tag: PackedFormat.Tag, count: Int, to out: inout [UInt8],
    body: (inout [UInt8]) -> Void
  ) {
    out.append(tag.rawValue)
    let sizeAt = out.count
    out.append(contentsOf: [0, 0, 0, 0])
    let start = out.count
    varint(UInt64(count), to: &out)
    body(&out)
    let size = UInt32(out.count - start)
    for byte in 0..<4 { out[sizeAt + byte] = UInt8(truncatingIfNeeded: size >> (8 * byte)) }
  }

  private static func string(_ text: String, to out: inout [UInt8]) {
    var text = text
    text.withUTF8 { bytes in
      varint(UInt64(bytes.count), to: &out)
      out.append(contentsOf: bytes)
    }
  }

  private static func varint(_ value: UInt64, to out: inout [UInt8]) {
    var value = value
    while value >= 0x80 {
      out.append(UInt8(truncatingIfNeeded: value) | 0x80)
      value >>= 7
    }
    out.append(UInt8(value))
  }
}
