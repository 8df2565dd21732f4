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

  /// Every command's abstract, discussion and option lines are in the catalog of every
  /// language, and no help key names a command or an option that does not exist.
  @Test(arguments: Language.allCases) func everyCommandHasItsHelpKeys(_ language: Language) {
    let strings = Strings.of(language)
    var expected: Set<String> = []
    func collect(_ spec: CommandSpec) {
      expected.insert(spec.abstractKey)
      if !spec.isSubcommand || strings.has(spec.discussionKey) {
        expected.insert(spec.discussionKey)
      }
      for flag in spec.flags { expected.insert(spec.key(of: flag)) }
      spec.subcommandSpecs.forEach(collect)
    }
    CommandRegistry.all.forEach { collect($0.spec) }
    for key in expected.sorted() { #expect(strings.has(key), "\(language): \(key)") }
    let general: Set = [
      "help.intro", "help.commands", "help.outro", "help.usage", "help.aliases", "help.options",
      "help.examples", "help.subcommands",
    ]
    let stray = StringCatalog.table(language).keys.filter {
      $0.hasPrefix("help.") && !expected.contains($0) && !general.contains($0)
    }
    #expect(stray.sorted() == [], "help keys of no command or option")
  }

  @Test func helpSpeaksTheSessionLanguage() {
    let spec = CrisisTriageCommand.spec
    let english = HelpRenderer.detail(spec, .english, width: 80).joined(separator: "\n")
    let french = HelpRenderer.detail(spec, .french, width: 80).joined(separator: "\n")
    #expect(english.contains("Usage: /crisis"))
    #expect(french.contains("Syntaxe : /crisis"))
    #expect(french.contains(Strings.french("help.crisis.flag.type")))
    #expect(HelpRenderer.overview(.french, width: 80).contains { $0.hasPrefix("Commandes") })
  }

  @Test func everyExampleParses() throws {
    let specs = CommandRegistry.all.map { $0.spec } + CommandRegistry.leaves.map { $0.spec }
    for spec in specs {
      for example in spec.examples {
        let tokens = try Tokenizer.tokenize(example)
        #expect(tokens.first?.text == "/\(spec.root)", "\(example)")
        guard let root = CommandRegistry.command(named: spec.root) else {
          Issue.record("\(example): no command \(spec.root)")
          continue
        }
        let resolved = try CommandRegistry.resolve(root, tokens.dropFirst())
        let command = try resolved.command.init(resolved.arguments)
        #expect(type(of: command).spec.fullName == spec.fullName || spec.isGroup, "\(example)")
      }
    }
  }

  @Test func everySubcommandIsDocumented() {
    for leaf in CommandRegistry.leaves where leaf.spec.isSubcommand {
      let spec = leaf.spec
      #expect(!spec.abstract.isEmpty, "\(spec.fullName) has an abstract")
      #expect(
        spec.usage.hasPrefix("/\(spec.fullName)"), "\(spec.fullName) usage starts with its path")
      #expect(!spec.examples.isEmpty, "\(spec.fullName) has an example")
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
