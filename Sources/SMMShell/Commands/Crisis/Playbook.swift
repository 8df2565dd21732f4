import SMMCore

/// `/crisis playbook NAME`: the playbook of one risk.
public struct CrisisPlaybookCommand: DataCommand {
  public static let spec = CommandSpec(
    path: ["crisis", "playbook"], usage: "/crisis playbook NAME",
    examples: ["/crisis playbook \"food poisoning reported\""],
    arguments: [ArgumentSpec("NAME", .text, rest: true)],
    countError: CrisisCommand.usage("usage.crisis.playbook"))

  /// The risk's name.
  let name: String

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    name = arguments[0] ?? ""
  }

  public func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let state = try context.requireBrand().state
    let index = try DomainArguments.domain { try state.riskIndex(name) }
    return .show(
      CommandOutput(
        CrisisPlaybookView.lines(
          CrisisPlaybook.build(state.risks[index], for: state), width: context.width,
          context.strings)))
  }
}
