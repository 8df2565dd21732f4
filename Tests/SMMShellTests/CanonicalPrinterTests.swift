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
      for _ in 0..<count {
        values.append(argument.isBlock ? block(&random) : value(of: argument.kind, &random))
      }
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

  /// Text of several lines for a block argument: blank lines, quotes, a `"""` now and then
  /// (which the printer quotes instead), lines ending in a quote.
  static func block(_ random: inout SeededGenerator) -> String {
    let lines = (0..<Int.random(in: 1...4, using: &random)).map { _ in
      [random.text(), "", "\"", "a\"\"", "\"\"\"", "x,y,z"].randomElement(using: &random) ?? ""
    }
    return lines.joined(separator: "\n")
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

  /// `count` metrics weeks with random figures.
  static func records(_ count: Int, _ random: inout SeededGenerator) throws -> [MetricsRecord] {
    let year = Int.random(in: 2000...2030, using: &random)
    return try (0..<count).map { index in
      try MetricsRecord(
        platform: Platform.allCases.randomElement(using: &random) ?? .x,
        week: try ISOWeek(year: year, week: index + 1),
        followers: Int.random(in: 0...99_999, using: &random),
        reach: Int.random(in: 0...99_999, using: &random),
        impressions: Int.random(in: 0...99_999, using: &random),
        engagements: Int.random(in: 0...9_999, using: &random))
    }
  }

  /// The canonical text `/metrics` wrote by hand before it was a group of leaves: old logs
  /// hold it, so the printer must give it byte for byte.
  static func handWritten(_ records: [MetricsRecord]) -> String {
    if records.count == 1 {
      let r = records[0]
      return
        "/metrics add \(r.platform.rawValue) --week \(r.week) --followers \(r.followers) --reach \(r.reach) --impressions \(r.impressions) --engagements \(r.engagements)"
    }
    let csv =
      (["platform,week,followers,reach,impressions,engagements"]
      + records.map {
        "\($0.platform.rawValue),\($0.week),\($0.followers),\($0.reach),\($0.impressions),\($0.engagements)"
      }).map { $0 + "\n" }.joined()
    return "/metrics load \"\"\"\n" + csv + "\"\"\""
  }

  /// A metrics change printed by its leaf is the text the hand-written form gave, and reads
  /// back as the same change and the same text: one week as `add`, several as a `load` block.
  @Test func metricsChangesPrintAsTheyWereLoggedAndReadBack() throws {
    var random = SeededGenerator(seed: 2026)
    for _ in 0..<200 {
      let records = try Self.records(Int.random(in: 1...5, using: &random), &random)
      let line = Self.handWritten(records)
      let decoded = try CommandRegistry.decodeChange(line)
      #expect(decoded.canonical == line)
      #expect(decoded.change == .addMetrics(records), "\(line)")
    }
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
      "/metrics add instagram --week 2026-W04 --followers 1150 --reach 3000 --impressions 4500 --engagements 120",
      "/metrics load \"\"\"\nplatform,week,followers,reach,impressions,engagements\ninstagram,2026-W05,1200,3400,5100,160\nfacebook,2026-W05,800,2000,2600,30\n\"\"\"",
    ]
    for line in lines {
      #expect(try CommandRegistry.decodeChange(line).canonical == line)
    }
    // A typed load of one row is logged as its add line; an import's dataset line prints as
    // the log holds it (the fold reads its rows from the workspace).
    let one = try CommandRegistry.decodeChange(
      "/metrics load \"\"\"\nplatform;week;followers;reach;impressions;engagements\ninstagram;2026-W04;1150;3000;4500;120\n\"\"\""
    )
    #expect(one.canonical == lines[7])
    let dataset =
      "/metrics load --dataset sha256:1ff350f6648c7e92a2e64dd372eefcdc2e9fe31922aab4a146e395f00c2e6461 --rows 3"
    let root = try #require(CommandRegistry.command(named: "metrics"))
    let (leaf, read) = try CommandRegistry.resolve(root, Tokenizer.tokenize(dataset).dropFirst())
    #expect(CommandPrinter.line(leaf.spec, read) == dataset)
    let defaults = try CommandRegistry.decodeChange("/crisis risk add \"bad one\" --type rumor")
    #expect(
      defaults.canonical == "/crisis risk add \"bad one\" --type rumor --likelihood 3 --impact 3")
  }
}
