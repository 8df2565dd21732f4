import SMMCore

/// `/delete NAME [--yes]`: delete a brand and its log, after confirmation.
package struct DeleteCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "delete", aliases: ["rm"],
    usage: "/delete NAME [--yes]",
    examples: ["/delete acme --yes"],
    arguments: [ArgumentSpec("NAME", .brandName, rest: true)],
    flags: [FlagSpec("--yes")],
    keywords: ["delete", "remove", "erase", "supprimer", "effacer"])

  let name: String
  let confirmed: Bool

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    name = arguments[0] ?? ""
    confirmed = arguments.flags.contains("--yes")
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let record = try context.workspace.reading { store -> BrandRecord in
      guard let record = try store.brand(named: name) else {
        let names = try store.brands().map(\.name)
        throw ShellError.unknownBrand(name, suggestions: Suggestions.closest(to: name, in: names))
      }
      return record
    }
    if confirmed {
      let canonical = "/delete \(CommandText.quote(record.name)) --yes"
      return .session(.deleteBrand(record)) { result in
        var lines = [result.strings("delete.done", ["name": record.name])]
        if result.closedOpenBrand {
          lines.append(result.strings.guidance("delete.noneOpen"))
        }
        return CommandOutput(lines, command: canonical)
      }
    }
    guard context.environment.isInteractive else {
      throw .confirmationNeeded("/delete \(CommandText.quote(record.name))")
    }
    let strings = context.strings
    let question = strings.guidance(
      "delete.confirm", ["name": .text(record.name), "count": .number(record.head)])
    return .ask(
      ConfirmationQuestion(
        text: question,
        droppedNote: strings("delete.notConfirmed", ["name": record.name]),
        confirmed: try Self(ParsedArguments([record.name], flags: ["--yes"])),
        kept: strings("delete.kept", ["name": record.name]),
        keptCommand: "/delete cancelled"),
      CommandOutput([question], command: "/delete \(CommandText.quote(record.name))"))
  }
}
