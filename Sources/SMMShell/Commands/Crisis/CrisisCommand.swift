import SMMCore

/// `/crisis`: step 4 — the risk register, the SCCT triage, playbooks with a holding statement
/// for every channel, and the crisis team. A group: each action is a leaf in this folder.
package enum CrisisCommand: CommandGroup {
  package static let spec = CommandSpec(
    name: "crisis",
    usage:
      "/crisis [risk add NAME --type T [--likelihood N] [--impact N] [--channels P,P] | risk remove NAME | risks | triage [--type T --veracity V --history yes|no --reputation R --harm H --reach N --velocity N] [--json] | playbook NAME | statement NAME PLATFORM TEXT | team [ROLE NAME [CONTACT]]]",
    examples: [
      "/crisis risks",
      "/crisis risk add \"food poisoning reported\" --type technical-product-harm --likelihood 2 --impact 5",
      "/crisis triage --type rumor --veracity false --history no --reputation good --harm none",
    ],
    keywords: [
      "crisis", "risk", "risks", "triage", "playbook", "statement", "crise", "risques", "bad",
      "buzz", "rumour", "rumor", "false", "sick",
    ],
    subcommands: [
      CrisisRiskGroup.self, CrisisRisksCommand.self, CrisisTriageCommand.self,
      CrisisPlaybookCommand.self, CrisisStatementCommand.self, CrisisTeamCommand.self,
      CrisisDrillCommand.self,
    ],
    defaultSubcommand: CrisisRisksCommand.self)

  /// A usage error of a crisis leaf, pointing at `/help crisis`.
  static func usage(_ key: String, _ values: [String: Phrase.Value] = [:]) -> ShellError {
    .seeHelp(Phrase(key, values), command: "crisis")
  }
}

/// `/crisis risk`: the register's changes, `add` and `remove`.
package enum CrisisRiskGroup: CommandGroup {
  package static let spec = CommandSpec(
    path: ["crisis", "risk"], usage: "/crisis risk add NAME --type T | remove NAME",
    subcommands: [CrisisRiskAddCommand.self, CrisisRiskRemoveCommand.self])

  /// Any other word, or none, gets the one line that says what `/crisis risk` takes.
  package static func unknownSubcommand(_ word: String?) -> ShellError {
    CrisisCommand.usage("usage.crisis.risk")
  }
}

/// The options several crisis leaves share, declared once with their help line.
enum CrisisFlags {
  static let type = FlagSpec(
    "--type", values: CrisisType.allCases.map(\.rawValue), helpKey: "help.crisis.flag.type")
  static let json = FlagSpec("--json", helpKey: "help.crisis.flag.json")
}
