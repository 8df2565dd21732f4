import SMMCore

/// What a message that runs a contest must say (issue 15 §6), as `/content check` and the
/// plan give it: the home market's rule, and Meta's where the brand is on its platforms.
enum ContestNotes {
  /// One line per message that runs a contest, then Meta's rules once; empty when none does.
  static func lines(_ state: BrandState, _ s: Strings) -> [String] {
    let contests = state.content.messages.filter { ContestRule.isContest($0.text) }
    guard !contests.isEmpty else { return [] }
    let rule = ContestRule.of(state.profile.homeCountry)
    var lines = contests.map {
      s(
        "content.check.contest",
        ["id": String($0.id), "rule": rule.summary.render(s), "source": rule.source.short])
    }
    let meta = ContestRule.metaApplies(state.spaces)
    if !meta.isEmpty {
      lines.append(
        s(
          "content.check.contestMeta",
          [
            "platforms": meta.map(\.displayName).joined(separator: ", "),
            "source": ContestRule.meta.short,
          ]))
    }
    return lines
  }

  /// The sources the lines cite, for the plan's notes.
  static func sources(_ state: BrandState) -> [Source] {
    guard state.content.messages.contains(where: { ContestRule.isContest($0.text) }) else {
      return []
    }
    let rule = ContestRule.of(state.profile.homeCountry).source
    return ContestRule.metaApplies(state.spaces).isEmpty ? [rule] : [rule, ContestRule.meta]
  }
}
