import SMMCore

/// `/lang en|fr`: the language the shell speaks, saved in the workspace.
public struct LangCommand: ShellCommand {
  public static let spec = CommandSpec(
    name: "lang",
    aliases: ["langue", "language"],
    abstract: "Show or set the language smm speaks: en (English) or fr (français)",
    usage: "/lang [en|fr]",
    discussion:
      "English is the default; a French LANG starts smm in French. The choice is saved in the workspace. Commands, their options and the log stay the same in both languages: only what smm says changes.",
    examples: ["/lang fr"],
    arguments: [
      ArgumentSpec("LANGUAGE", .choice(Language.allCases.map(\.rawValue)), optional: true)
    ],
    keywords: ["lang", "language", "langue", "english", "anglais", "french", "francais"])

  let language: Language?

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    language = arguments[0].flatMap { Language(rawValue: $0.lowercased()) }
  }

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    if let language { try session.setLanguage(language) }
    return CommandOutput([
      session.strings("lang.current", ["language": session.language.nativeName])
    ])
  }
}
