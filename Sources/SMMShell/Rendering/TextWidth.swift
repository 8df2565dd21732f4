/// How many terminal columns a text takes: East Asian wide characters and emoji take two,
/// combining marks none (an approximation of `wcwidth`, enough to line up tables).
package enum TextWidth {
  /// The columns `text` takes.
  package static func columns(_ text: String) -> Int {
    var total = 0
    for character in text {
      guard let first = character.unicodeScalars.first else { continue }
      if first.value < 0x300 {
        total += 1
      } else if character.unicodeScalars.count > 1 && first.properties.isEmojiPresentation {
        total += 2
      } else {
        total += width(of: first)
      }
    }
    return total
  }

  static func width(of scalar: Unicode.Scalar) -> Int {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F1E6...0x1F1FF, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
      0x20000...0x3FFFD:
      return 2
    default:
      return scalar.properties.isEmojiPresentation ? 2 : 1
    }
  }
}
