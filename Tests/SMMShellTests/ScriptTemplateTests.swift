import SMMShell
import Testing

/// `{{NAME}}` placeholders: found outside comments, filled so the line reads the value back
/// exactly, in every context a script can put them.
struct ScriptTemplateTests {
  @Test func placeholdersAreFoundOnTheirLinesButNotInComments() {
    let lines = ["# {{ignored}}", "/new \"{{brand}}\"", "", "/brand set hours {{ hours }}"]
    #expect(
      ScriptTemplate.placeholders(in: lines) == [
        .init(name: "brand", line: 2), .init(name: "hours", line: 4),
      ])
  }

  @Test func valuesAreWrittenForTheirContext() throws {
    let lines = [
      "/new \"{{v}}\"", "/new '{{v}}'", "/brand set sector {{v}}", "free text {{v}}",
      "/content message add \"\"\"", "in a block {{v}}", "\"\"\"", "/x a\\", "{{v}}",
    ]
    let filled = try ScriptTemplate.fill(lines, with: ["v": "Chez \"Paul\"'s \\ bar"])
    #expect(
      filled == [
        "/new \"Chez \\\"Paul\\\"'s \\\\ bar\"", "/new 'Chez \"Paul\"\\'s \\\\ bar'",
        "/brand set sector \"Chez \\\"Paul\\\"'s \\\\ bar\"", "free text Chez \"Paul\"'s \\ bar",
        "/content message add \"\"\"", "in a block Chez \"Paul\"'s \\ bar", "\"\"\"", "/x a\\",
        "\"Chez \\\"Paul\\\"'s \\\\ bar\"",
      ])
  }

  @Test func problemsNameThePlaceholderAndItsLine() {
    #expect(throws: ScriptTemplate.Problem.unfilled(name: "city", line: 2)) {
      try ScriptTemplate.fill(["/new a", "/x {{city}}"], with: [:])
    }
    #expect(throws: ScriptTemplate.Problem.unusableValue(name: "v", line: 1, reason: .lineBreak)) {
      try ScriptTemplate.fill(["/x \"{{v}}\""], with: ["v": "a\nb"])
    }
    #expect(
      throws: ScriptTemplate.Problem.unusableValue(
        name: "v", line: 2, reason: .blockEnd)
    ) {
      try ScriptTemplate.fill(["/x \"\"\"", "{{v}}", "\"\"\""], with: ["v": "a\"\"\"b"])
    }
  }

  @Test func escapedBracesAndOtherBracesAreNotPlaceholders() throws {
    let lines = ["/x \"use {\\{x}} and {not a name!}\""]
    #expect(ScriptTemplate.placeholders(in: lines).isEmpty)
    #expect(try ScriptTemplate.fill(lines, with: [:]) == lines)
  }
}
