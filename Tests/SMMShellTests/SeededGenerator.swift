/// A small seeded random generator (SplitMix64), so a failing case can be replayed from its seed.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Text a user might give a command: names with spaces, quotes, apostrophes, backslashes,
  /// `#`, non-ASCII letters, dashes and several lines.
  mutating func text() -> String {
    let pieces = [
      "acme", "Chez Paul", "l'atelier", "say \"hi\"", "back\\slash", "#tag", "crème brûlée",
      "--not-a-flag", "two\nlines", "  spaced  ", "日本", "emoji 🥐", "-5", "a,b", "|", "x",
      "tab\there", "'", "\"", "\\", "—",
    ]
    let count = Int.random(in: 1...3, using: &self)
    return (0..<count).map { _ in pieces.randomElement(using: &self) ?? "x" }.joined(
      separator: Bool.random(using: &self) ? " " : "")
  }
}
