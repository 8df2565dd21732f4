/// Puts the content mix and the engagement plan together: does the brand talk mostly about
/// itself, which communities get nothing, which give nothing back — and the one change that
/// would help most.
public struct EngagementBalance: Equatable, Sendable {
  /// Findings, one line each (empty when balanced).
  public var findingNotes: [Phrase]
  /// The one change that would help most, or nil when balanced.
  public var changeNote: Phrase?

  /// Findings, in English.
  public var findings: [String] { findingNotes.map(\.english) }
  /// The one change that would help most, in English.
  public var change: String? { changeNote?.english }

  /// The balance of `state`.
  public static func check(_ state: BrandState) -> EngagementBalance {
    var findings: [Phrase] = []
    var changes: [Phrase] = []
    let rule = state.content.mixRule ?? .thirds
    let mix = ContentMix.evaluate(state.content.messages, rule: rule)
    if mix.isBrandCentred {
      findings.append(
        Phrase(
          "balance.selfCentred",
          [
            "share": .number(Int((mix.brandShare * 100).rounded())), "rule": .text(rule.rawValue),
            "allowed": .number(Int((rule.maximumBrandShare * 100).rounded())),
          ]))
      changes.append(mix.bestChangeNote ?? Phrase("balance.change.notBrand"))
    }
    let actions = state.engagement?.actions ?? []
    let created = actions.filter { $0.kind == .create }.map(\.perMonth).reduce(0, +)
    let passedOn = actions.filter { $0.kind != .create }.map(\.perMonth).reduce(0, +)
    if !actions.isEmpty && created > passedOn {
      findings.append(
        Phrase("balance.talking", ["created": .number(created), "passedOn": .number(passedOn)]))
      changes.append(Phrase("balance.change.listen"))
    }
    let getNothing = state.communities.filter { community in
      !actions.contains { $0.community.lowercased() == community.name.lowercased() }
    }.map(\.name)
    if !getNothing.isEmpty {
      findings.append(Phrase("balance.getNothing", ["names": .phrase(.list(getNothing))]))
      changes.append(
        Phrase(
          "balance.change.plan",
          [
            "name": .text(getNothing[0]),
            "engagePlan": .command(CommandRequest("engage", "plan")),
          ]))
    }
    let giveNothing = state.communities.filter { ($0.gets ?? "").isEmpty }.map(\.name)
    if !giveNothing.isEmpty {
      findings.append(Phrase("balance.giveNothing", ["names": .phrase(.list(giveNothing))]))
      changes.append(
        Phrase(
          "balance.change.gets",
          [
            "name": .text(giveNothing[0]),
            "communityGets": .command(
              CommandRequest(
                ["community", "set"], arguments: [.value(giveNothing[0]), .value("gets"), .answer])),
          ]))
    }
    if state.communities.isEmpty {
      findings.append(Phrase("balance.none"))
      changes.append(
        Phrase("balance.change.map", ["community": .command(CommandRequest("community"))]))
    }
    return EngagementBalance(findingNotes: findings, changeNote: changes.first)
  }
}
