import SMMCore

/// The commands the shell's guidance sentences name (`/use NAME`, `/export html`), printed
/// from ``CommandRequest``s into the catalog's placeholders (`{use}`, `{export}`), so those
/// sentences hold no command syntax and a renamed command cannot leave a stale one.
enum GuidanceCommands {
  /// Every command a guidance sentence may name, by placeholder; the word that stands for a
  /// value is in `strings`' language (`NAME`, `NOM`).
  static func values(_ strings: Strings) -> [String: Phrase.Value] {
    let name = CommandRequest.Argument.placeholder(strings("command.word.name"))
    let requests: [String: CommandRequest] = [
      "use": CommandRequest(["use"], arguments: [name]),
      "new": CommandRequest(["new"], arguments: [name]),
      "brands": CommandRequest("brands"),
      "export": CommandRequest("export", values: ["html"]),
      "next": CommandRequest("next"),
      "why": CommandRequest("why"),
    ]
    return requests.mapValues { .text($0.shown) }
  }
}

extension Strings {
  /// The guidance sentence `key` with its commands filled in (``GuidanceCommands``), and
  /// `values`.
  func guidance(_ key: String, _ values: [String: Phrase.Value] = [:]) -> String {
    format(key, GuidanceCommands.values(self).merging(values) { $1 })
  }
}
