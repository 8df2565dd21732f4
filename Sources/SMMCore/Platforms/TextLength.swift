/// Counts a text's length in a platform's counting unit.
public enum TextLength {
  /// The length of `text` in `unit`.
  ///
  /// `weightedX` here applies twitter-text v3's code point weights (ranges weighing 1, the rest
  /// 2); URLs and emoji sequences get their own rules with the counting engine of step 2.
  public static func count(_ text: String, in unit: CountingUnit) -> Int {
    switch unit {
    case .graphemes: return text.count
    case .utf16: return text.utf16.count
    case .codePoints: return text.unicodeScalars.count
    case .utf8Bytes: return text.utf8.count
    case .weightedX:
      var weight = 0
      for scalar in text.unicodeScalars {
        switch scalar.value {
        case 0...4351, 8192...8205, 8208...8223, 8242...8247: weight += 1
        default: weight += 2
        }
      }
      return weight
    }
  }
}
