import SMMCore
import SMMShell
import Testing

struct CommandRegistryTests {
  @Test func namesAndAliasesAreUnique() {
    let names = CommandRegistry.allNames
    #expect(Set(names).count == names.count)
  }

  @Test func everySpecIsDocumented() {
    for command in CommandRegistry.all {
      let spec = command.spec
      #expect(!spec.abstract.isEmpty, "\(spec.name) has an abstract")
      #expect(spec.usage.hasPrefix("/\(spec.name)"), "\(spec.name) usage starts with its name")
      #expect(!spec.discussion.isEmpty, "\(spec.name) has a discussion")
      #expect(!spec.examples.isEmpty, "\(spec.name) has an example")
      #expect(!spec.keywords.isEmpty, "\(spec.name) has keywords for free text")
    }
  }

  @Test func everyExampleParses() throws {
    for command in CommandRegistry.all {
      for example in command.spec.examples {
        let tokens = try Tokenizer.tokenize(example)
        #expect(tokens.first?.text == "/\(command.spec.name)", "\(example)")
        let arguments = try ParsedArguments(tokens.dropFirst(), spec: command.spec)
        _ = try command.init(arguments)
      }
    }
  }

  @Test func canonicalLinesReadBackAsTheSameChange() throws {
    for line in ["/new acme", "/new \"Chez Paul\"", "/rename \"say \\\"hi\\\"\""] {
      let decoded = try CommandRegistry.decodeChange(line)
      #expect(decoded.canonical == line)
    }
    #expect(throws: ShellError.self) { try CommandRegistry.decodeChange("/status") }
  }
}
