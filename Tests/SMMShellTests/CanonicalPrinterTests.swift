import SMMCore
import SMMShell
import Testing

/// The canonical printer against the parser: for every leaf of the command tree, arguments
/// printed then read back are the arguments printed.
struct CanonicalPrinterTests {
  /// Arguments a leaf accepts: every required positional value, some optional ones, and a random
  /// subset of its options with values they take.
  static func arguments(for spec: CommandSpec, _ random: inout SeededGenerator) -> ParsedArguments {
    var values: [String] = []
    for argument in spec.arguments {
      if argument.isOptional && Bool.random(using: &random) { break }
      let count = argument.isVariadic ? Int.random(in: 1...3, using: &random) : 1
      for _ in 0..<count { values.append(value(of: argument.kind, &random)) }
    }
    var options: [String: String] = [:]
    var flags = Set<String>()
    for flag in spec.flags where Bool.random(using: &random) {
      switch flag.values {
      case nil: flags.insert(flag.name)
      case let allowed? where allowed.isEmpty: options[flag.name] = random.text()
      case let allowed?: options[flag.name] = allowed.randomElement(using: &random)
      }
    }
    return ParsedArguments(values, options: options, flags: flags)
  }

  static func value(of kind: ArgumentKind, _ random: inout SeededGenerator) -> String {
    switch kind {
    case .choice(let values): return values.randomElement(using: &random) ?? ""
    case .platform: return Platform.allCases.randomElement(using: &random)?.rawValue ?? ""
    default: return random.text()
    }
  }

  /// parse(print(x)) == x for every leaf, over generated arguments.
  @Test(arguments: CommandRegistry.leaves.map { ObjectIdentifier($0) })
  func everyLeafRoundTrips(_ id: ObjectIdentifier) throws {
    let leaf = try #require(CommandRegistry.leaves.first { ObjectIdentifier($0) == id })
    let spec = leaf.spec
    let root = try #require(CommandRegistry.command(named: spec.root))
    var random = SeededGenerator(seed: UInt64(spec.fullName.unicodeScalars.count) * 7919)
    for _ in 0..<200 {
      let given = Self.arguments(for: spec, &random)
      let line = CommandPrinter.line(spec, given)
      let tokens = try Tokenizer.tokenize(line)
      let (resolved, read) = try CommandRegistry.resolve(root, tokens.dropFirst())
      #expect(ObjectIdentifier(resolved) == id, "\(line)")
      #expect(read.values == given.values, "\(line)")
      #expect(read.options == given.options, "\(line)")
      #expect(read.flags == given.flags, "\(line)")
    }
  }

  /// A change printed by the leaf reads back as the same change and the same text.
  @Test func crisisChangesReadBackAsTheSameChange() throws {
    var random = SeededGenerator(seed: 12)
    let leaves: [any PrintedCommand.Type] = [
      CrisisRiskAddCommand.self, CrisisRiskRemoveCommand.self, CrisisStatementCommand.self,
      CrisisTeamCommand.self, CrisisDrillCommand.self,
    ]
    var checked = 0
    for leaf in leaves {
      for _ in 0..<100 {
        var arguments = Self.arguments(for: leaf.spec, &random)
        if leaf == CrisisRiskAddCommand.self {
          arguments.options["--type"] = CrisisType.allCases.randomElement(using: &random)?.rawValue
          arguments.options["--channels"] = nil
        }
        if leaf == CrisisDrillCommand.self {
          arguments.options["--seed"] = String(UInt64.random(in: 0...999, using: &random))
          arguments.options["--answers"] = (0..<3).map { _ in "rebuild" }.joined(separator: "|")
        }
        guard let command = try? leaf.init(arguments), let change = command.change else {
          continue
        }
        let decoded = try CommandRegistry.decodeChange(command.canonical)
        #expect(decoded.change == change, "\(command.canonical)")
        #expect(decoded.canonical == command.canonical)
        checked += 1
      }
    }
    #expect(checked > 300)
  }

  /// The forms existing logs hold print exactly as they always did.
  @Test func printsTheLoggedFormsOfOldWorkspaces() throws {
    let lines = [
      "/crisis risk add \"food poisoning reported\" --type technical-product-harm --likelihood 2 --impact 5 --channels facebook,instagram",
      "/crisis risk add \"service outage\" --type technical-accident --likelihood 3 --impact 3",
      "/crisis risk remove \"service outage\"",
      "/crisis statement \"food poisoning reported\" x \"We know. Next update by 6pm. — Le Fournil\"",
      "/crisis team \"communications lead\" \"Claire Dubois\" claire@lefournil.fr",
      "/crisis team spokesperson \"Paul Martin\" —",
      "/crisis drill \"false rumour about mould\" --seed 42 --answers \"rumor true no good none|rebuild|publish\"",
    ]
    for line in lines {
      #expect(try CommandRegistry.decodeChange(line).canonical == line)
    }
    let defaults = try CommandRegistry.decodeChange("/crisis risk add \"bad one\" --type rumor")
    #expect(
      defaults.canonical == "/crisis risk add \"bad one\" --type rumor --likelihood 3 --impact 3")
  }
}
