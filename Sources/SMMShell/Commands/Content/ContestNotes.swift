import SMMCore

/// What a message that runs a contest must say (issue 15 §6), as `/content check` and the
/// plan give it: the home market's rule, and Meta's where the brand is on its platforms.
struct ContestNotes {
  /// One line per message that runs a contest, then Meta's rules once; empty when none does.
  var lines: [String]
  /// The sources the lines cite, for the plan's notes.
  var sources: [Source]

  /// The notes of `state`'s messages, read once, in `s`'s language.
  init(_ state: BrandState, _ s: Strings) {
    let contests = state.content.messages.filter { ContestRule.isContest($0.text) }
    guard !contests.isEmpty else {
      lines = []
      sources = []
      return
    }
    let rule = ContestRule.of(state.profile.homeCountry)
    lines = contests.map {
      s(
        "content.check.contest",
        ["id": String($0.id), "rule": rule.summary.render(s), "source": rule.source.short])
    }
    sources = [rule.source]
    let meta = ContestRule.metaApplies(state.spaces)
    if !meta.isEmpty {
      lines.append(
        s(
          "content.check.contestMeta",
          [
            "platforms": meta.map(\.displayName).joined(separator: ", "),
            "source": ContestRule.meta.short,
          ]))
      sources.append(ContestRule.meta)
    }
  }
}
