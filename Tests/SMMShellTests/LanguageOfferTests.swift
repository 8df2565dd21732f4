import SMMCore
import SMMShell
import SMMShellTestSupport
import Testing

/// A first line typed in the language smm does not speak, when nobody chose one, gets the
/// offer to switch: once, at a terminal, and only "yes" switches.
struct LanguageOfferTests {
  @Test func aFrenchLineOnAFreshWorkspaceOffersFrenchAndYesSwitches() throws {
    let shell = try TestShell(interactive: true)
    let first = shell.execute("bonjour, je m'occupe de la communication de la mairie")
    let said = ([first.error ?? ""] + first.output).joined(separator: "\n")
    #expect(said.contains("Vous écrivez en français"), "\(said)")
    #expect(shell.session.language == .en, "nothing switches before yes")
    let yes = shell.execute("oui")
    #expect(yes.command == "/lang fr", "\(yes)")
    #expect(shell.session.language == .fr)
  }

  @Test func noKeepsTheLanguageAndTheOfferComesOnce() throws {
    let shell = try TestShell(interactive: true)
    _ = shell.execute("je voudrais de l'aide pour les réseaux de ma boulangerie")
    _ = shell.execute("non")
    #expect(shell.session.language == .en)
    let again = shell.execute("on a une boulangerie à Lyon et on veut des clients")
    let said = ([again.error ?? ""] + again.output).joined(separator: "\n")
    #expect(!said.contains("Vous écrivez en français"), "offered once: \(said)")
  }

  @Test func aChosenLanguageOrAScriptGetsNoOffer() throws {
    let script = try TestShell(interactive: false)
    let line = script.execute("bonjour, je m'occupe de la communication de la mairie")
    #expect(!([line.error ?? ""] + line.output).joined().contains("Vous écrivez"))
    let chosen = try TestShell(interactive: true)
    _ = chosen.execute("/lang en")
    let after = chosen.execute("bonjour, je m'occupe de la communication de la mairie")
    #expect(!([after.error ?? ""] + after.output).joined().contains("Vous écrivez"))
    let english = try TestShell(interactive: true)
    let typed = english.execute("hello, I look after the social media of a small bakery")
    #expect(!([typed.error ?? ""] + typed.output).joined().contains("You are writing"))
  }
}
