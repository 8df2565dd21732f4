/// Small text helpers of the watch's readers: trimming, plain numbers.
enum WatchText {
  /// `text` without the spaces, tabs and line ends around it.
  static func trimmed(_ text: Substring) -> Substring {
    var result = text
    while let first = result.unicodeScalars.first, isSpace(first) {
      result = result.dropFirst()
    }
    while let last = result.unicodeScalars.last, isSpace(last) {
      result = result.dropLast()
    }
    return result
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" || scalar == "\u{FEFF}"
  }

  /// A count read from text: digits, optionally with a fraction and thousands separators
  /// (`12,000`, `12 000`); nil for anything else or a negative number.
  static func count(_ text: some StringProtocol) -> Double? {
    var cleaned = ""
    for scalar in text.unicodeScalars
    where !(scalar == "," || scalar == " " || scalar == "\u{202F}" || scalar == "_") {
      cleaned.unicodeScalars.append(scalar)
    }
    guard !cleaned.isEmpty, let value = Double(cleaned), value.isFinite, value >= 0 else {
      return nil
    }
    return value
  }
}
