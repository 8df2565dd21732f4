import SMMCore

/// `/crisis team [ROLE NAME [CONTACT]]`: the crisis team, or one role given to someone.
package struct CrisisTeamCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["crisis", "team"], usage: "/crisis team [ROLE NAME [CONTACT]]",
    examples: ["/crisis team", "/crisis team spokesperson \"Paul Martin\" \"+33 6 12 34 56 78\""],
    arguments: [
      ArgumentSpec("ROLE", .text, optional: true), ArgumentSpec("NAME", .text, optional: true),
      ArgumentSpec("CONTACT", .text, optional: true, rest: true),
    ])

  /// The role given, or nil to show the team.
  let member: CrisisRole?

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    switch arguments.values.count {
    case 0: member = nil
    case 1: throw CrisisCommand.usage("usage.crisis.team")
    default:
      let contact = arguments[2] ?? ""
      member = CrisisRole(
        role: arguments.values[0], name: arguments.values[1],
        contact: contact.isEmpty ? "—" : contact)
    }
  }

  package var change: BrandChange? { member.map { .setCrisisRole($0) } }
  package var canonicalArguments: ParsedArguments {
    ParsedArguments(member.map { [$0.role, $0.name, $0.contact] } ?? [])
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let s = context.strings
    return try proposal(context) { CommandOutput(CrisisTeamView.lines($0.state, s)) }
  }
}
