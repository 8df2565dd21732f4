/// Deterministic texts made of pieces, for the tests that compare a shortcut with the general
/// path: a 64-bit linear congruential generator, the same sequence on every run.
struct SeededTexts {
  private var seed: UInt64

  init(seed: UInt64) { self.seed = seed }

  /// A number in `0..<bound`.
  mutating func next(_ bound: Int) -> Int {
    seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int(seed >> 33) % bound
  }

  /// One to `most` pieces, joined by nothing or (when `spaced`, two times in three) by a space.
  mutating func text(of pieces: [String], most: Int, spaced: Bool = false) -> String {
    let parts = (0..<(1 + next(most))).map { _ in pieces[next(pieces.count)] }
    guard spaced else { return parts.joined() }
    return parts.joined(separator: next(3) == 0 ? "" : " ")
  }
}
