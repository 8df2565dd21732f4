import Foundation
import SMMCore

extension Strings {
  /// A decimal number as the language writes it: 2.5 in English, 2,5 in French.
  func decimal(_ value: Double) -> String {
    language.decimal(value)
  }

  /// A counting unit's noun, in the plural: "characters", "bytes", "weighted characters".
  func unit(_ unit: CountingUnit) -> String {
    switch unit {
    case .utf8Bytes: return self("unit.bytes")
    case .weightedX: return self("unit.weighted")
    case .graphemes, .utf16, .codePoints, .emojiAsUTF8Bytes: return self("unit.characters")
    }
  }
}

extension Strings {
  /// A number already written in English digits ("4.38", "+0.5") as the language writes it.
  func decimalText(_ text: String) -> String {
    let points = self("unit.percentagePoints")
    return language.decimalText(text).replacingOccurrences(of: " pp", with: " \(points)")
  }
}
