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

  package func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let record = try session.workspace.reading { store -> BrandRecord in
      guard let record = try store.brand(named: name) else {
        let names = try store.brands().map(\.name)
        throw ShellError.unknownBrand(name, suggestions: Suggestions.closest(to: name, in: names))
      }
      return record
    }
    let canonical = "/delete \(CommandText.quote(record.name)) --yes"
    if confirmed {
      return try Self.delete(record, in: session, canonical: canonical)
    }
    guard session.environment.isInteractive else {
      throw .confirmationNeeded("/delete \(CommandText.quote(record.name))")
    }
    let question = session.strings.guidance(
      "delete.confirm", ["name": .text(record.name), "count": .number(record.head)])
    session.ask(
      ConfirmationQuestion(
        text: question,
        droppedNote: session.strings("delete.notConfirmed", ["name": record.name]),
        confirmed: try Self(ParsedArguments([record.name], flags: ["--yes"])),
        kept: session.strings("delete.kept", ["name": record.name]),
        keptCommand: "/delete cancelled"))
    return CommandOutput([question], command: "/delete \(CommandText.quote(record.name))")
  }

  static func delete(_ record: BrandRecord, in session: ShellSession, canonical: String)
    throws(ShellError) -> CommandOutput
  {
    try session.workspace.writing { store in
      guard try store.brand(id: record.id) != nil else {
        throw ShellError.brandGoneElsewhere(record.name)
      }
      try store.deleteBrand(id: record.id)
      if try store.setting("current_brand") == String(record.id) {
        try store.setSetting("current_brand", nil)
      }
    }
    let wasOpen = session.current?.record.id == record.id
    session.close(ifID: record.id)
    let strings = session.strings
    var lines = [strings("delete.done", ["name": record.name])]
    if wasOpen {
      lines.append(strings.guidance("delete.noneOpen"))
    }
    return CommandOutput(lines, command: canonical)
  }
}
