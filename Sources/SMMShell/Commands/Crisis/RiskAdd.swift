import SMMCore

/// `/crisis risk add NAME --type T [--likelihood N] [--impact N] [--channels P,P]`: a risk in
/// the register.
package struct CrisisRiskAddCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["crisis", "risk", "add"],
    usage: "/crisis risk add NAME --type T [--likelihood N] [--impact N] [--channels P,P]",
    examples: [
      "/crisis risk add \"food poisoning reported\" --type technical-product-harm --likelihood 2 --impact 5"
    ],
    arguments: [ArgumentSpec("NAME", .text, rest: true)],
    flags: [
      CrisisFlags.type,
      FlagSpec(
        "--likelihood", values: ["1", "2", "3", "4", "5"], helpKey: "help.crisis.flag.likelihood"),
      FlagSpec("--impact", values: ["1", "2", "3", "4", "5"], helpKey: "help.crisis.flag.impact"),
      FlagSpec("--channels", values: [], helpKey: "help.crisis.flag.channels"),
    ],
    countError: CrisisCommand.usage("usage.crisis.riskAdd"))

  /// The risk it adds.
  let risk: CrisisRisk

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    guard let name = arguments[0], !name.isEmpty else {
      throw CrisisCommand.usage("usage.crisis.riskAdd")
    }
    guard let typeName = arguments.options["--type"], let type = CrisisType(rawValue: typeName)
    else {
      throw CrisisCommand.usage(
        "usage.crisis.type",
        ["types": .text(CrisisType.allCases.map(\.rawValue).joined(separator: ", "))])
    }
    var channels: [Platform] = []
    for id in (arguments.options["--channels"] ?? "").split(separator: ",").map({
      String($0.filter { $0 != " " })
    }) where !id.isEmpty {
      channels.append(try DomainArguments.platform(id))
    }
    risk = CrisisRisk(
      name: name, type: type, likelihood: Int(arguments.options["--likelihood"] ?? "3") ?? 3,
      impact: Int(arguments.options["--impact"] ?? "3") ?? 3, channels: channels)
  }

  package var change: BrandChange? { .addRisk(risk) }

  /// Every value written out: the defaults of likelihood and impact too.
  package var canonicalArguments: ParsedArguments {
    var options = [
      "--type": risk.type.rawValue, "--likelihood": String(risk.likelihood),
      "--impact": String(risk.impact),
    ]
    if !risk.channels.isEmpty {
      options["--channels"] = risk.channels.map(\.rawValue).joined(separator: ",")
    }
    return ParsedArguments([risk.name], options: options)
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let (s, width) = (context.strings, context.width)
    let outcome = try proposal(context) {
      CommandOutput(CrisisRisksView.lines($0.state, width: width, s))
    }
    // Added for the crisis just triaged: its playbook is offered.
    guard case .change(var change) = outcome,
      let offer = CrisisTriageOffer.action(afterAdding: risk, state: try context.requireState())
    else { return outcome }
    change.offer = offer
    return .change(change)
  }
}
