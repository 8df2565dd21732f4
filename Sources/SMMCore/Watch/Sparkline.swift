/// A row of block characters (▁▂▃▄▅▆▇█), one per value, from 0 to the largest value on a
/// square-root scale, so that a quiet day's rhythm still shows beside a spike forty times its
/// size; any value above 0 is at least ▂, so activity never draws as silence.
public enum Sparkline {
  static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// The sparkline of `values` (all ▁ when every value is 0), scaled to `scale` (the largest
  /// value when nil), so that lines drawn apart share one scale.
  public static func line(_ values: [Int], scale: Int? = nil) -> String {
    let top = scale ?? values.max() ?? 0
    guard top > 0 else { return String(repeating: "▁", count: values.count) }
    return String(
      values.map { value in
        guard value > 0 else { return blocks[0] }
        let level = Int(((Double(value) / Double(top)).squareRoot() * 7).rounded())
        return blocks[min(7, max(1, level))]
      })
  }
}
