/// A readable difference between an expected and an actual text, line by line.
package enum LineDiff {
  /// nil when equal; else the first differing lines with their numbers and some context.
  package static func describe(expected: String, actual: String) -> String? {
    if expected == actual { return nil }
    let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var index = 0
    while index < want.count && index < got.count && want[index] == got[index] { index += 1 }
    var out = "first difference at line \(index + 1):\n"
    for offset in max(0, index - 2)..<min(max(want.count, got.count), index + 4) {
      let w = offset < want.count ? String(want[offset]) : "<end>"
      let g = offset < got.count ? String(got[offset]) : "<end>"
      if w == g {
        out += "   \(offset + 1)  \(w)\n"
      } else {
        out += " - \(offset + 1)  \(w)\n + \(offset + 1)  \(g)\n"
      }
    }
    return out
  }
}
