import SMMShell
import Testing

/// Wrapping keeps French punctuation with its word: no line starts with `:`, `;`, `?`, `!` or
/// `»`, and no line ends with `«`.
struct TextWrapTests {
  @Test func frenchPunctuationStaysWithItsWord() {
    let text =
      "Pilier éditorial 1 : un thème (secteur : « boulangerie artisanale ») ? 80 % contre 11 %."
    for width in 10...40 {
      let lines = TextWrap.wrap(text, width: width)
      #expect(lines.joined(separator: " ") == text, "nothing lost at width \(width)")
      for line in lines {
        #expect(![":", ";", "?", "!", "»", "%"].contains(line.first), "\(width): \(line)")
        #expect(!line.hasSuffix("«"), "\(width): \(line)")
      }
    }
  }

  @Test func englishWrapsAtSpaces() {
    #expect(TextWrap.wrap("one two three", width: 7) == ["one two", "three"])
    #expect(TextWrap.wrap("a verylongword b", width: 5) == ["a", "verylongword", "b"])
  }
}
