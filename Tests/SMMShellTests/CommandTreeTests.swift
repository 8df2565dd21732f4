import Foundation
import SMMCore
import SMMShell
import SMMShellTestSupport
import Testing

/// Groups lead to their leaves: dispatch, refused words and options, help and completion.
struct CommandTreeTests {
  @Test func subcommandsResolveToTheirLeaf() throws {
    let root = try #require(CommandRegistry.command(named: "crisis"))
    func leaf(_ line: String) throws -> ObjectIdentifier {
      ObjectIdentifier(try CommandRegistry.resolve(root, Tokenizer.tokenize(line)[...]).command)
    }
    #expect(try leaf("risk add x --type rumor") == ObjectIdentifier(CrisisRiskAddCommand.self))
    #expect(try leaf("RISK Remove x") == ObjectIdentifier(CrisisRiskRemoveCommand.self))
    #expect(try leaf("") == ObjectIdentifier(CrisisRisksCommand.self))
    #expect(try leaf("triage --json") == ObjectIdentifier(CrisisTriageCommand.self))
  }

  @Test func anOptionALeafDoesNotTakeIsRefused() throws {
    let shell = try TestShell()
    shell.run("/new acme")
    let risks = shell.execute("/crisis risks --velocity 3")
    #expect(!risks.ok)
    #expect(risks.error?.contains("--velocity") == true)
    #expect(risks.error?.contains("/crisis risks takes no options") == true)
    let triage = shell.execute("/crisis triage --velocty 3")
    #expect(triage.error?.contains("did you mean --velocity?") == true)
    #expect(triage.error?.contains("it takes --type, --veracity") == true)
    let french = Strings.french
    #expect(
      french("error.commandTree.noOptions", ["command": "x", "flag": "--y", "hint": ""])
        .contains("--y"))
  }

  @Test func extraWordsAndUnknownSubcommandsAreRefused() throws {
    let shell = try TestShell()
    shell.run("/new acme")
    let extra = shell.execute("/crisis risks everything")
    #expect(extra.error?.contains("/crisis risks takes no arguments") == true)
    let typo = shell.execute("/crisis triag")
    #expect(typo.error?.contains("did you mean triage") == true)
    #expect(shell.execute("/crisis risk").error?.contains("/crisis risk takes add") == true)
  }

  @Test func helpOfAGroupListsEverySubcommand() throws {
    let lines = HelpRenderer.detail(CrisisCommand.spec, .english, width: 80)
    for leaf in CrisisCommand.spec.leaves {
      #expect(lines.contains { $0.contains("/" + leaf.fullName) }, "\(leaf.fullName)")
      #expect(
        lines.joined(separator: " ").contains(leaf.abstract(.english).prefix(20)),
        "\(leaf.fullName)")
    }
    let shell = try TestShell()
    let leaf = shell.run("/help crisis risk add").joined(separator: "\n")
    #expect(leaf.contains("/crisis risk add — Add a risk"))
    #expect(leaf.contains("--likelihood"))
    #expect(!leaf.contains("--velocity"))
  }

  @Test func metricsIsAGroupOfLeaves() throws {
    let root = try #require(CommandRegistry.command(named: "metrics"))
    func leaf(_ line: String) throws -> ObjectIdentifier {
      ObjectIdentifier(try CommandRegistry.resolve(root, Tokenizer.tokenize(line)[...]).command)
    }
    #expect(try leaf("") == ObjectIdentifier(MetricsShowCommand.self))
    #expect(
      try leaf(
        "ADD instagram --week 2026-W05 --followers 1 --reach 1 --impressions 1 --engagements 1")
        == ObjectIdentifier(MetricsAddCommand.self))
    #expect(try leaf("import rows.csv") == ObjectIdentifier(MetricsImportCommand.self))
    #expect(try leaf("load \"\"\"\na,b\n\"\"\"") == ObjectIdentifier(MetricsLoadCommand.self))

    let help = HelpRenderer.detail(MetricsCommand.spec, .english, width: 80)
    #expect(MetricsCommand.spec.leaves.map(\.name) == ["add", "import", "load"])
    for leaf in MetricsCommand.spec.leaves {
      #expect(help.contains { $0.contains("/" + leaf.fullName) }, "\(leaf.fullName)")
    }

    let shell = try TestShell()
    shell.run("/new acme")
    let typo = shell.execute(
      "/metrics add instagram --wek 2026-W05 --followers 1 --reach 1 --impressions 1 --engagements 1"
    )
    #expect(typo.error?.contains("did you mean --week?") == true, "\(typo.error ?? "")")
    let extra = shell.execute("/metrics import rows.csv --week 2026-W05")
    #expect(extra.error?.contains("/metrics import takes no options") == true)
    let unknown = shell.execute("/metrics show")
    #expect(unknown.error?.contains("add and import") == true, "\(unknown.error ?? "")")
    #expect(shell.execute("/metrics").ok)
  }

  /// The dataset line an import logs, typed again, records the same rows under the same line.
  @Test func theDatasetLineTypedRecordsItsRowsAgain() throws {
    let shell = try TestShell()
    shell.run("/new acme")
    try
      "platform,week,followers,reach,impressions,engagements\ninstagram,2026-W05,1200,3400,5100,160\nfacebook,2026-W05,800,2000,2600,30\n"
      .write(toFile: shell.folder + "/rows.csv", atomically: true, encoding: .utf8)
    let imported = shell.execute("/metrics import rows.csv")
    #expect(imported.command.hasPrefix("/metrics load --dataset sha256:"))
    #expect(imported.command.hasSuffix(" --rows 2"))
    let again = shell.execute(imported.command)
    #expect(again.ok, "\(again.error ?? "")")
    #expect(again.command == imported.command)
    #expect(again.output.first?.contains("(2 replacing") == true, "\(again.output)")
    let (entries, _) = try shell.session.log()
    #expect(entries.suffix(2).map(\.command) == [imported.command, imported.command])
    #expect(shell.session.current?.state.metrics.count == 2)
    let missing = shell.execute("/metrics load --dataset sha256:00 --rows 2")
    #expect(missing.error?.contains("missing from the workspace") == true)
  }

  @Test func completionOffersSubcommands() {
    let completer = Completer(brandNames: { [] }, listFolder: { _ in nil }, resolve: { $0 })
    func replacements(_ line: String) -> [String] {
      completer.complete(line).candidates.map(\.replacement)
    }
    #expect(replacements("/crisis risk ") == ["add", "remove"])
    #expect(replacements("/crisis ri") == ["risk", "risks"])
    #expect(replacements("/crisis risk add x --ty") == ["--type"])
    #expect(replacements("/crisis triage --harm ") == Harm.allCases.map(\.rawValue).sorted())
    #expect(replacements("/crisis statement x ins") == ["instagram"])
    #expect(replacements("/profile ch") == ["check"])
    #expect(replacements("/profile inst") == ["instagram"])
    #expect(replacements("/spaces choose instagram link") == ["linkedin"])
    var withCommunities = completer
    withCommunities.communityNames = { ["Lyon food lovers", "runners"] }
    #expect(
      withCommunities.complete("/community set ").candidates.map(\.replacement) == [
        "\"Lyon food lovers\"", "runners",
      ])
    #expect(
      withCommunities.complete("/community set runners gi").candidates.map(\.replacement) == [
        "gives"
      ])
  }

}

/// The shape of the commands' sources: small files, one leaf each.
struct CommandSourcesTests {
  @Test func noCommandFileIsOver250Lines() throws {
    let commands = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Sources/SMMShell/Commands").standardized
    let files = try #require(FileManager.default.enumerator(atPath: commands.path))
    var checked = 0
    for case let file as String in files where file.hasSuffix(".swift") {
      let text = try String(contentsOf: commands.appendingPathComponent(file), encoding: .utf8)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
      #expect(lines <= 250, "\(file) has \(lines) lines")
      checked += 1
    }
    #expect(checked > 40)
  }
}
