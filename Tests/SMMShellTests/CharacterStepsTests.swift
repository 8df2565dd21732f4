import SMMShell
import Testing

struct CharacterStepsTests {
  @Test func stepsOverWholeCharacters() {
    // ☀️ is U+2600 U+FE0F; the family is three emoji joined by two U+200D.
    #expect(CharacterSteps.back(before: "a☀️", after: "b") == 2)
    #expect(CharacterSteps.forward(before: "a", after: "☀️b") == 2)
    #expect(CharacterSteps.back(before: "👨‍👩‍👧", after: "") == 5)
    #expect(CharacterSteps.forward(before: "x", after: "🏔️ Alpes") == 2)
    #expect(CharacterSteps.back(before: "e\u{301}", after: "") == 2)
    #expect(CharacterSteps.back(before: "ab", after: "c") == 1)
  }

  @Test func stopsAtTheEnds() {
    #expect(CharacterSteps.back(before: "", after: "abc") == 0)
    #expect(CharacterSteps.forward(before: "abc", after: "") == 0)
  }

  @Test func aCursorInsideACharacterGoesToItsEdges() {
    // Between U+2600 and its variation selector.
    #expect(CharacterSteps.back(before: "a\u{2600}", after: "\u{FE0F}b") == 1)
    #expect(CharacterSteps.forward(before: "a\u{2600}", after: "\u{FE0F}b") == 1)
  }
}
