import SMMCore
import SMMShell
import Testing

struct SuggestionsTests {
  @Test func suggestsNearbyNames() {
    let names = CommandRegistry.allNames
    #expect(Suggestions.closest(to: "nwe", in: names).first == "new")
    #expect(Suggestions.closest(to: "hisotry", in: names) == ["history"])
    #expect(Suggestions.closest(to: "bran", in: names) == ["brand", "brands"])
    #expect(Suggestions.closest(to: "platfroms", in: names) == ["platforms"])
    #expect(Suggestions.closest(to: "RENAM", in: names) == ["rename"])
  }

  @Test func staysQuietWhenNothingIsClose() {
    #expect(Suggestions.closest(to: "xyzzy", in: CommandRegistry.allNames).isEmpty)
    #expect(Suggestions.closest(to: "/", in: CommandRegistry.allNames).isEmpty)
  }
}
