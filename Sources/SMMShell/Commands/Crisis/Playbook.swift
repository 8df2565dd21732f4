import SMMCore

/// `/crisis playbook NAME`: the playbook of one risk.
package struct CrisisPlaybookCommand: ShellCommand {
  package static let spec = CommandSpec(
    path: ["crisis", "playbook"], usage: "/crisis playbook NAME",
    examples: ["/crisis playbook \"food poisoning reported\""],
    arguments: [ArgumentSpec("NAME", .text, rest: true)],
    countError: CrisisCommand.usage("usage.crisis.playbook"))

  /// The risk's name.
  let name: String

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    name = arguments[0] ?? ""
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let state = try context.requireBrand().state
    let index = try DomainArguments.domain { try state.riskIndex(name) }
    return .show(
      CommandOutput(
        CrisisPlaybookView.lines(
          CrisisPlaybook.build(state.risks[index], for: state), width: context.width,
          context.strings)))
  }
}
