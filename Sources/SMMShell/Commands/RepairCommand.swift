import Foundation
import SMMCore

/// `/repair [--yes]`: remove the unreadable entries of the open brand's log, after saving their
/// text to a file beside the workspace, and renumber the log so it stays gap-free.
package struct RepairCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "repair",
    usage: "/repair [--yes]",
    examples: ["/repair --yes"],
    flags: [FlagSpec("--yes")],
    keywords: ["repair", "damaged", "unreadable", "réparer", "illisible"])

  let confirmed: Bool

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    confirmed = arguments.flags.contains("--yes")
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let opened = try context.requireBrand()
    let damage = try context.workspace.reading { store -> [DamagedEntry] in
      guard let record = try store.brand(id: opened.record.id) else {
        throw ShellError.brandGoneElsewhere(opened.record.name)
      }
      return try BrandFold.fold(store, record, through: record.lastSeq, fromSnapshot: false)
        .damage
    }
    let strings = context.strings
    let name = opened.record.name
    guard !damage.isEmpty else {
      return .show(CommandOutput([strings("repair.nothing", ["brand": name])]))
    }
    if confirmed {
      return .session(.repairBrand(id: opened.record.id), view: Self.done)
    }
    guard context.environment.isInteractive else {
      throw .confirmationNeeded("/repair")
    }
    let question = strings.format(
      "repair.confirm",
      [
        "brand": .text(name), "count": .number(damage.count),
        "entries": .text(damage.map { String($0.seq) }.joined(separator: ", ")),
      ])
    return .ask(
      ConfirmationQuestion(
        text: question,
        droppedNote: strings("repair.notConfirmed", ["brand": name]),
        confirmed: try Self(ParsedArguments(flags: ["--yes"])),
        kept: strings("repair.kept", ["brand": name]), keptCommand: "/repair cancelled"),
      CommandOutput(
        ShellSession.damageNotes(damage, brand: name, strings: strings).dropLast() + [question]))
  }

  /// What `/repair --yes` says once the entries are set aside.
  private static func done(_ result: SessionEffectResult) -> CommandOutput {
    guard let brand = result.brand, let (damage, file) = result.repaired else {
      return CommandOutput()
    }
    return CommandOutput(
      [
        result.strings.format(
          "repair.done",
          [
            "brand": .text(brand.record.name), "count": .number(damage.count),
            "entries": .text(damage.map { String($0.seq) }.joined(separator: ", ")),
            "path": .text(file), "total": .number(brand.record.lastSeq),
          ])
      ], command: "/repair --yes")
  }
}
