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

  package func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    if let language { try session.setLanguage(language) }
    return CommandOutput([
      session.strings.guidance(
        "lang.current",
        [
          "language": .text(session.language.nativeName),
          "langOther": .text(
            CommandRequest("lang", values: [session.language == .en ? "fr" : "en"]).shown),
        ])
    ])
  }
}
