import Foundation
import SMMCore
import SMMShell
import SMMShellTestSupport
import SMMStore
import Testing

/// The seam between a leaf and the store: a ``ShellCommand`` returns what it does and writes
/// nothing; the dispatcher records its change in exactly one store transaction, under the
/// canonical text the leaf gave.
struct LeafCommitTests {
  /// A brand on which every example runs, once the lines of the example's own leaf are left
  /// out (`/spaces choose` cannot choose what is chosen already).
  static let setup = [
    "/new acme", "/stop", "/new \"Le Fournil\"", "/stop",
    "/spaces choose x linkedin facebook instagram",
    "/content pillars add \"bread know-how\"",
    "/content message add \"How we bake sourdough in 24 hours\" --tag educational",
    "/community add \"Lyon food lovers\" --platform instagram --type place", "/engage plan",
    "/crisis risk add \"food poisoning reported\" --type technical-product-harm",
  ]

  /// The leaf an example line runs, built from its arguments.
  static func command(_ line: String) throws -> any ShellCommand {
    let tokens = try Tokenizer.tokenize(line)
    guard let first = tokens.first,
      let root = CommandRegistry.command(named: String(first.text.dropFirst()))
    else { throw ShellError.unknownCommand(line, suggestions: []) }
    let (type, arguments) = try CommandRegistry.resolve(root, tokens.dropFirst())
    return try type.init(arguments)
  }

  /// Every example of every leaf that returns data.
  static var examples: [String] {
    var lines: [String] = []
    for leaf in CommandRegistry.leaves {
      for example in leaf.spec.examples {
        guard let command = try? command(example) else { continue }
        if command as? any ShellCommand != nil { lines.append(example) }
      }
    }
    return lines
  }

  /// A shell on a counting store, with the set-up brand (less the lines of `example`'s leaf)
  /// and the files `/metrics import` and `/watch import` read.
  static func shell(for example: String) throws -> (TestShell, CountingStore) {
    let folder = try TestShell.makeTemporaryFolder()
    let store = CountingStore(try SQLiteWorkspace(path: folder + "/workspace.sqlite"))
    let shell = try TestShell(store: store, folder: folder)
    let own = "/" + (try leafPath(example)) + " "
    // A line the example's absence makes fail (no community, no plan) leaves the example to
    // fail, which the test reports.
    for line in setup where !line.hasPrefix(own) { _ = shell.execute(line) }
    try
      "platform,week,followers,reach,impressions,engagements\ninstagram,2026-W05,1200,3400,5100,160\nfacebook,2026-W05,800,2000,2600,30\n"
      .write(toFile: folder + "/metrics.csv", atomically: true, encoding: .utf8)
    // And a mentions CSV and a Jetstream export for `/watch import`.
    try "timestamp,text,reach\n2026-03-09T15:01:00Z,Fresh bread at Le Fournil,300\n"
      .write(toFile: folder + "/mentions.csv", atomically: true, encoding: .utf8)
    try
      #"{"did":"did:plc:abc","time_us":1773068460000000,"kind":"commit","commit":{"rev":"1","operation":"create","collection":"app.bsky.feed.post","rkey":"3k","record":{"text":"Le Fournil!"}}}"#
      .write(toFile: folder + "/export.jsonl", atomically: true, encoding: .utf8)
    return (shell, store)
  }

  /// The path of the leaf `line` runs: `content pillars add`.
  static func leafPath(_ line: String) throws -> String {
    let tokens = try Tokenizer.tokenize(line)
    guard let first = tokens.first,
      let root = CommandRegistry.command(named: String(first.text.dropFirst()))
    else { return "" }
    return try CommandRegistry.resolve(root, tokens.dropFirst()).command.spec.fullName
  }

  @Test(arguments: examples) func aLeafReturnsItsChangeAndTheDispatcherCommitsItOnce(
    _ example: String
  ) throws {
    let (shell, store) = try Self.shell(for: example)
    let leaf = try #require(try Self.command(example) as? any ShellCommand)
    let session = shell.session
    let before = (writes: store.writes, head: session.current?.record.head ?? 0)
    let outcome = try leaf.perform(session.context)
    #expect(store.writes == before.writes, "\(example) wrote while it ran")
    #expect((session.current?.record.head ?? 0) == before.head)
    // A change of the session, not of a brand: ``SessionEffectTests``.
    if case .session = outcome { return }

    let result = shell.execute(example)
    #expect(result.ok, "\(example): \(result.error ?? "")")
    let head = session.current?.record.head ?? 0
    switch outcome {
    case .show:
      #expect(store.writes == before.writes, "\(example) only shows, yet wrote")
      #expect(head == before.head)
    case .change(let proposed):
      #expect(store.writes == before.writes + 1, "\(example): \(store.writes - before.writes)")
      #expect(head == before.head + 1)
      let (entries, _) = try session.log()
      #expect(entries.last?.command == proposed.canonical)
      #expect(result.command == proposed.canonical)
    case .ask:
      #expect(store.writes == before.writes, "\(example) asks, yet wrote")
      #expect(session.pendingQuestion != nil, "\(example) asked nothing")
    case .session: break
    }
  }

  /// The examples cover the leaves that change a brand, not only those that show.
  @Test func theExamplesChangeBrands() throws {
    var changes = 0
    for example in Self.examples {
      let (shell, _) = try Self.shell(for: example)
      let leaf = try #require(try Self.command(example) as? any ShellCommand)
      if case .change = try leaf.perform(shell.session.context) { changes += 1 }
    }
    #expect(changes >= 20, "\(changes) of \(Self.examples.count) examples change a brand")
  }
}
