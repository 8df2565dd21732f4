/// A row of block characters (▁▂▃▄▅▆▇█), one per value, scaled from 0 to the largest value.
public enum Sparkline {
  static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// The sparkline of `values` (all ▁ when every value is 0), scaled to `scale` (the largest
  /// value when nil), so that lines drawn apart share one scale.
  public static func line(_ values: [Int], scale: Int? = nil) -> String {
    let top = scale ?? values.max() ?? 0
    guard top > 0 else { return String(repeating: "▁", count: values.count) }
    return String(
      values.map { value in
        blocks[min(7, max(0, Int((Double(value) / Double(top) * 7).rounded())))]
      })
  }
}
