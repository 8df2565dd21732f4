/// A brand's display name: trimmed, 1 to ``maximumLength`` characters, no control characters.
public struct BrandName: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The longest name accepted, in characters (grapheme clusters).
  public static let maximumLength = 80

  /// The validated text of the name.
  public let value: String

  /// Validates `raw` and trims surrounding white space.
  /// - Throws: ``SMMCoreError/invalidBrandName(_:reason:)`` when the name is empty, too long
  ///   or holds control characters.
  public init(_ raw: String) throws(SMMCoreError) {
    let trimmed = raw.trimmingWhiteSpace()
    guard !trimmed.isEmpty else {
      throw SMMCoreError.invalidBrandName(raw, reason: Phrase("error.brandName.empty"))
    }
    guard trimmed.count <= Self.maximumLength else {
      throw SMMCoreError.invalidBrandName(
        String(trimmed.prefix(20)) + "…",
        reason: Phrase(
          "error.brandName.tooLong",
          ["maximum": .number(Self.maximumLength), "count": .number(trimmed.count)]))
    }
    let hasControl = trimmed.unicodeScalars.contains { scalar in
      scalar.value < 0x80
        ? scalar.value < 0x20 || scalar.value == 0x7F
        : scalar.properties.generalCategory == .control
    }
    if hasControl {
      throw SMMCoreError.invalidBrandName(
        trimmed, reason: Phrase("error.brandName.control"))
    }
    value = trimmed
  }

  public var description: String { value }

  public init(from decoder: any Decoder) throws {
    try self.init(decoder.singleValueContainer().decode(String.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(value)
  }
}

extension String {
  /// The string without leading and trailing white space (Unicode-aware, Foundation-free).
  func trimmingWhiteSpace() -> String {
    let scalars = unicodeScalars
    func isSpace(_ scalar: Unicode.Scalar) -> Bool {
      scalar.value < 0x80
        ? scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D)
        : scalar.properties.isWhitespace
    }
    if let first = scalars.first, let last = scalars.last, !isSpace(first), !isSpace(last) {
      return self
    }
    guard let first = scalars.firstIndex(where: { !isSpace($0) }),
      let last = scalars.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(scalars[first...last])
  }
}
