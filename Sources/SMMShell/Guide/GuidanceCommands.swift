import SMMCore

/// The commands the shell's guidance sentences name (`/use NAME`, `/export html`), printed
/// from ``CommandRequest``s into the catalog's placeholders (`{use}`, `{export}`), so those
/// sentences hold no command syntax and a renamed command cannot leave a stale one.
enum GuidanceCommands {
  /// Every command a guidance sentence may name, by placeholder; the word that stands for a
  /// value is in `strings`' language (`NAME`, `NOM`).
  static func values(_ strings: Strings) -> [String: Phrase.Value] {
    func word(_ key: String) -> CommandRequest.Argument { .word(key) }
    let requests: [String: CommandRequest] = [
      "use": CommandRequest(["use"], arguments: [word("name")]),
      "new": CommandRequest(["new"], arguments: [word("name")]),
      "brands": CommandRequest("brands"),
      "export": CommandRequest("export", values: ["html"]),
      "next": CommandRequest("next"),
      "status": CommandRequest("status"),
      "why": CommandRequest("why"),
      "undo": CommandRequest("undo"),
      "redo": CommandRequest("redo"),
      "spacesRecommend": CommandRequest("spaces", "recommend"),
      "spacesChoose": CommandRequest("spaces", "choose"),
      "calendarPlan": CommandRequest(["calendar", "plan"], arguments: [word("weeks")]),
      "engagePlan": CommandRequest("engage", "plan"),
      "pillarsAdd": CommandRequest(["content", "pillars", "add"], arguments: [word("theme")]),
      "messageAdd": CommandRequest(["content", "message", "add"], arguments: [word("text")]),
      "interview": CommandRequest("interview"),
      "help": CommandRequest("help"),
      "profile": CommandRequest(["profile"], arguments: [word("platform")]),
      "platforms": CommandRequest(["platforms"], arguments: [word("id")]),
      "helpCrisis": CommandRequest("help", values: ["crisis"]),
      "spacesWhy": CommandRequest(["spaces", "why"], arguments: [word("platform")]),
      "profileCheck": CommandRequest("profile", "check"),
      "contentCheck": CommandRequest("content", "check"),
      "replyTargets": CommandRequest("reply", "targets"),
      "playbook": CommandRequest(["crisis", "playbook"], arguments: [word("name")]),
      "mix": CommandRequest(["content", "mix"], arguments: [word("rule")]),
      "tone": CommandRequest(["content", "tone"], arguments: [word("platform"), word("tone")]),
      "team": CommandRequest(
        ["crisis", "team"], arguments: [word("role"), word("name"), word("contact")]),
      "save": CommandRequest(["save"], arguments: [word("file")]),
      "repair": CommandRequest("repair"),
      "useAlone": CommandRequest("use"),
      "skip": CommandRequest("skip"),
      "stop": CommandRequest("stop"),
      "replyTriage": CommandRequest("reply", "triage"),
      "crisisTriage": CommandRequest("crisis", "triage"),
      "brandSet": CommandRequest(["brand", "set"], arguments: [word("field"), word("value")]),
      "metricsImport": CommandRequest(["metrics", "import"], arguments: [word("csvFile")]),
      "metricsAddWeek": CommandRequest(
        ["metrics", "add"], arguments: [word("platform")],
        options: [.init("week", strings("command.word.week"))]),
    ]
    return requests.mapValues { .text($0.shown(in: strings)) }
      .merging(invocations(strings)) { $1 }
  }

  /// The command lines run outside the shell that guidance sentences name
  /// (`smm export BRAND`), by placeholder.
  static func invocations(_ strings: Strings) -> [String: Phrase.Value] {
    ["exportOutside": .text("smm export " + strings("command.word.brand"))]
  }
}

extension Strings {
  /// The guidance sentence `key` with its commands filled in (``GuidanceCommands``), and
  /// `values`.
  func guidance(_ key: String, _ values: [String: Phrase.Value] = [:]) -> String {
    format(key, GuidanceCommands.values(self).merging(values) { $1 })
  }

  /// The guidance sentence `key` with its commands filled in, and the texts `values`.
  func guidance(_ key: String, _ values: KeyValuePairs<String, String>) -> String {
    guidance(key, Dictionary(values.map { ($0.key, Phrase.Value.text($0.value)) }) { $1 })
  }
}
