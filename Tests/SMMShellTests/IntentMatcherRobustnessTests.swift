import SMMCore
import SMMShell
import Testing

/// Odd input never breaks the matcher: emoji, combining marks, right-to-left text, control
/// characters, very long lines. The same line always gives the same outcome.
struct IntentMatcherRobustnessTests {
  static let odd: [String] = [
    "", " ", "\t", "???", "…", "🥖🥖🥖", "e\u{301}\u{301}\u{301}", "שלום עולם", "مرحبا",
    "\u{0}\u{1}\u{7F}", "\u{200B}\u{200D}\u{FEFF}", "ﬁ ﬂ ß ẞ", "ＷＩＣＨ ＮＥＴＷＯＲＫＳ",
    "adapt message 99999999999999999999 for linkedin", "message -1", "plan 0 weeks",
    "plan 100000 semaines", String(repeating: "a.", count: 1_000),
    String(repeating: "quels réseaux ", count: 200), "\"unterminated", "'; DROP TABLE brand;--",
  ]

  @Test(arguments: odd)
  func oddLinesGiveAStableOutcome(_ line: String) {
    let context = IntentContext(
      platforms: [.instagram], messageIDs: [1, 2], brandNames: ["Acme"], communityNames: [],
      riskNames: ["outage"], hasBrand: true)
    let first = IntentMatcher.match(line, context: context)
    #expect(IntentMatcher.match(line, context: context) == first)
    if case .run(_, let command) = first {
      #expect(!command.path.isEmpty, "a run is a command: \(command)")
    }
  }

  /// A seeded stream of random scalars from several scripts: no crash, stable outcomes.
  @Test func randomUnicodeNeverBreaksIt() {
    var state: UInt64 = 0x5EED
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
    let ranges: [ClosedRange<UInt32>] = [
      0x20...0x7E, 0xC0...0x17F, 0x300...0x36F, 0x590...0x6FF, 0x4E00...0x4E80,
      0x1F300...0x1F64F,
    ]
    for _ in 0..<300 {
      var line = ""
      for _ in 0..<Int(next() % 40) {
        let range = ranges[Int(next() % UInt64(ranges.count))]
        let value = range.lowerBound + UInt32(next() % UInt64(range.count))
        if let scalar = Unicode.Scalar(value) { line.unicodeScalars.append(scalar) }
      }
      let outcome = IntentMatcher.match(line, context: IntentContext())
      #expect(IntentMatcher.match(line, context: IntentContext()) == outcome)
    }
  }
}
