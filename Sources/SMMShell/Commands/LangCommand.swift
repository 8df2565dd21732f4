import SMMCore

/// `/lang en|fr`: the language the shell speaks, saved in the workspace.
package struct LangCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "lang",
    aliases: ["langue", "language"],
    usage: "/lang [en|fr]",
    examples: ["/lang fr"],
    arguments: [
      ArgumentSpec("LANGUAGE", .choice(Language.allCases.map(\.rawValue)), optional: true)
    ],
    keywords: ["lang", "language", "langue", "english", "anglais", "french", "francais"])

  let language: Language?

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    language = arguments[0].flatMap { Language(rawValue: $0.lowercased()) }
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    guard let language else { return .show(Self.view(context.strings)) }
    return .session(.setLanguage(language)) { Self.view($0.strings) }
  }

  /// The language spoken, and how to switch to the other one.
  static func view(_ strings: Strings) -> CommandOutput {
    let language = strings.language
    return CommandOutput([
      strings.guidance(
        "lang.current",
        [
          "language": .text(language.nativeName),
          "langOther": .text(CommandRequest("lang", values: [language == .en ? "fr" : "en"]).shown),
        ])
    ])
  }
}
